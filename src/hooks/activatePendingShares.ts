import type { CollectionAfterLoginHook } from 'payload'

import { recordAccessEvent } from '@/lib/audit'

/**
 * Invitations to a case wait for their address to be verified. Logging in proves it is (Payload
 * refuses unverified logins), so at each login the advocate's pending invitations become shares.
 */
export const activatePendingShares: CollectionAfterLoginHook = async ({ req, user }) => {
  if (user.role !== 'advocate' || !user.email) return user
  const email = String(user.email).toLowerCase()
  const { docs } = await req.payload.find({
    collection: 'cases',
    where: { 'shares.invitedEmail': { equals: email } },
    depth: 0,
    limit: 100,
    select: { shares: true },
    // Invitations are matched by address for a user who cannot yet see these cases.
    overrideAccess: true,
    req,
  })
  for (const theCase of docs) {
    const shares = (theCase.shares ?? []).map((share) =>
      share.invitedEmail?.toLowerCase() === email
        ? { ...share, user: user.id, invitedEmail: null }
        : share,
    )
    await req.payload.update({
      collection: 'cases',
      id: theCase.id,
      data: { shares },
      depth: 0,
      overrideAccess: true, // the invitation was checked and logged when the owner sent it
      req,
    })
    await recordAccessEvent({
      req,
      action: 'share',
      caseId: theCase.id,
      details: { recipient: user.id, fromInvitation: true },
    })
  }
  return user
}

import type { CollectionAfterLoginHook } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { inTransaction, lockRows } from '@/lib/db/transaction'

/**
 * Invitations to a case wait for their address to be verified. Logging in proves it is (Payload
 * refuses unverified logins), so at each login the advocate's pending invitations become shares.
 * Each case is locked, then read again, so an invitation withdrawn at the same moment either ends
 * before this (nothing to accept) or after it (the withdrawal finds it accepted), never both.
 */
export const activatePendingShares: CollectionAfterLoginHook = async ({ req, user }) => {
  if (user.role !== 'advocate' || !user.email) return user
  const email = String(user.email).toLowerCase()
  const invitedTo = { 'shares.invitedEmail': { equals: email } }
  const { docs: candidates } = await req.payload.find({
    collection: 'cases',
    where: invitedTo,
    depth: 0,
    limit: 100,
    select: {},
    // Invitations are matched by address for a user who cannot yet see these cases.
    overrideAccess: true,
    req,
  })
  if (candidates.length === 0) return user
  await inTransaction(req, async () => {
    const locked = await lockRows({
      req,
      collection: 'cases',
      ids: candidates.map((theCase) => theCase.id),
    })
    const { docs } = await req.payload.find({
      collection: 'cases',
      where: { and: [invitedTo, { id: { in: locked.map((row) => row.id) } }] },
      depth: 0,
      limit: 100,
      select: { shares: true },
      overrideAccess: true, // as above, now under the lock
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
  })
  return user
}

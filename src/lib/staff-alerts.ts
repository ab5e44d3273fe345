import type { PayloadRequest } from 'payload'

import type { StaffAlertKind } from '@/collections/Users/options'
import { assignableRoles } from '@/fields/staffQueue'

import { queueEmail } from './queue-email'

/**
 * Queues a new-work email to every staff member and admin who chose `kind` (Users → New-work
 * emails), in the request's transaction. Callers pass an email that names no client facts.
 */
export const emailStaffWhoChose = async ({
  req,
  kind,
  email,
}: {
  req: PayloadRequest
  kind: StaffAlertKind
  email: { subject: string; html: string }
}) => {
  // System read: the people to tell are staff accounts, whoever caused the new work (often an
  // advocate or an expert, who cannot read other accounts).
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [{ role: { in: [...assignableRoles] } }, { [`staffAlerts.${kind}`]: { equals: true } }],
    },
    depth: 0,
    pagination: false,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  for (const user of docs) await queueEmail(req, { to: user.email, ...email })
  return docs.length
}

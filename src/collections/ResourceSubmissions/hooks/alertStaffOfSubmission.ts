import type { CollectionAfterChangeHook } from 'payload'

import { staffNewWorkEmail } from '@/lib/email-templates'
import { emailStaffWhoChose } from '@/lib/staff-alerts'
import type { ResourceSubmission } from '@/payload-types'

/** Tells the staff who chose "A new resource submission" (queued in the create's transaction). */
export const alertStaffOfSubmission: CollectionAfterChangeHook<ResourceSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await emailStaffWhoChose({
    req,
    kind: 'newResourceSubmission',
    email: staffNewWorkEmail({ kind: 'resource-submission', id: doc.id }),
  })
  return doc
}

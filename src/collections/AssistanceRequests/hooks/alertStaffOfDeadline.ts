import type { CollectionAfterChangeHook } from 'payload'

import { staffNewWorkEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { formatDay } from '@/lib/portal/dates'
import { emailStaffWhoChose } from '@/lib/staff-alerts'
import type { AssistanceRequest } from '@/payload-types'

import { caseNumberFor } from './caseNumberFor'

/**
 * A new request with a deadline may not wait for someone to open the dashboard: the staff who
 * chose "A new assistance request with a deadline" get an email with the case number, the date
 * and a link to the request in the admin panel (queued in the create's transaction).
 */
export const alertStaffOfDeadline: CollectionAfterChangeHook<AssistanceRequest> = async ({
  doc,
  operation,
  req,
}) => {
  const caseId = idOf(doc.case)
  if (operation !== 'create' || !doc.urgentDeadline || caseId === null) return doc
  await emailStaffWhoChose({
    req,
    kind: 'newRequestWithDeadline',
    email: staffNewWorkEmail({
      kind: 'assistance-request',
      id: doc.id,
      caseNumber: await caseNumberFor(req, caseId),
      deadline: formatDay(doc.urgentDeadline),
    }),
  })
  return doc
}

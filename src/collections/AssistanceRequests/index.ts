import type { Access, CollectionConfig } from 'payload'

import { caseMemberOfReferencedCase } from '@/access/caseMemberOfReferencedCase'
import { isStaff } from '@/access/isStaff'
import { queueStatusField, staffNotesField, submittedByField } from '@/fields/staffQueue'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'
import { isStaffUser } from '@/lib/roles'

import { acknowledgeRequest } from './hooks/acknowledgeRequest'
import { assistanceRequestLimits, assistanceStatuses } from './options'
import { slugs } from '../slugs'

/** Staff get every request; an advocate gets the requests they sent. */
const readRequests: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return false
  return { submittedBy: { equals: req.user.id } }
}

export const AssistanceRequests: CollectionConfig = {
  slug: slugs.assistanceRequests,
  labels: { singular: 'Assistance request', plural: 'Assistance requests' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'case', 'urgentDeadline', 'status', 'createdAt'],
    group: 'Queues',
  },
  defaultSort: 'urgentDeadline',
  access: {
    read: readRequests,
    create: caseMemberOfReferencedCase,
    update: isStaff,
    delete: isStaff,
  },
  hooks: { beforeChange: [setSubmittedBy], afterChange: [acknowledgeRequest] },
  fields: [
    { name: 'case', type: 'relationship', relationTo: slugs.cases, required: true, index: true },
    submittedByField(),
    { name: 'subject', type: 'text', required: true, maxLength: assistanceRequestLimits.subject },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: assistanceRequestLimits.message,
    },
    {
      name: 'urgentDeadline',
      type: 'date',
      index: true,
      admin: { description: 'A filing or hearing date staff should know about.' },
    },
    queueStatusField({ options: assistanceStatuses }),
    staffNotesField({ maxLength: assistanceRequestLimits.staffNotes }),
  ],
}

import type { CollectionConfig } from 'payload'

import { caseMemberOfReferencedCase } from '@/access/caseMemberOfReferencedCase'
import { isStaff } from '@/access/isStaff'
import { queueStatusField, staffNotesField, submittedByField } from '@/fields/staffQueue'
import { ownRecordsOrStaff } from '@/access/ownRecordsOrStaff'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'

import { acknowledgeRequest } from './hooks/acknowledgeRequest'
import { assistanceRequestLimits, assistanceStatuses } from './options'
import { slugs } from '../slugs'

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
    read: ownRecordsOrStaff,
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

import type { CollectionConfig } from 'payload'

import { caseMemberOfReferencedCase } from '@/access/caseMemberOfReferencedCase'
import { isStaff, isStaffField } from '@/access/isStaff'
import { ownRecordsOrStaff } from '@/access/ownRecordsOrStaff'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'

import { acknowledgeRequest } from './hooks/acknowledgeRequest'
import { assistanceRequestLimits } from './options'
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
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      admin: { readOnly: true },
    },
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
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      access: { create: isStaffField, update: isStaffField },
      options: [
        { value: 'new', label: 'New' },
        { value: 'in-progress', label: 'In progress' },
        { value: 'answered', label: 'Answered' },
        { value: 'declined', label: 'Declined (capacity)' },
      ],
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      maxLength: assistanceRequestLimits.staffNotes,
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
    },
  ],
}

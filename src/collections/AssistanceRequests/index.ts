import type { CollectionConfig } from 'payload'

import { caseMemberOfReferencedCase } from '@/access/caseMemberOfReferencedCase'
import { isStaff } from '@/access/isStaff'
import { relatedCaseMemberOrStaff } from '@/access/relatedCaseMemberOrStaff'
import {
  assigneeField,
  queueStatusField,
  staffNotesField,
  staffRepliedAtField,
  staffReplyField,
  submittedByField,
} from '@/fields/staffQueue'
import { dateStaffReply } from '@/hooks/dateStaffReply'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'

import { acknowledgeRequest } from './hooks/acknowledgeRequest'
import { alertStaffOfDeadline } from './hooks/alertStaffOfDeadline'
import { emailStaffReply } from './hooks/emailStaffReply'
import { answeredStatus, assistanceRequestLimits, assistanceStatuses } from './options'
import { slugs } from '../slugs'

export const AssistanceRequests: CollectionConfig = {
  slug: slugs.assistanceRequests,
  labels: { singular: 'Assistance request', plural: 'Assistance requests' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'case', 'urgentDeadline', 'status', 'assignee', 'createdAt'],
    group: 'Queues',
  },
  defaultSort: 'urgentDeadline',
  access: {
    // The case's team (owner and the people it is shared with) and staff: a request and staff's
    // reply are case data (SPEC §10), so whoever leaves the case stops reading them too.
    read: relatedCaseMemberOrStaff,
    create: caseMemberOfReferencedCase,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeChange: [setSubmittedBy, dateStaffReply({ status: answeredStatus })],
    afterChange: [acknowledgeRequest, alertStaffOfDeadline, emailStaffReply],
  },
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
    assigneeField(),
    staffReplyField({
      maxLength: assistanceRequestLimits.staffReply,
      description:
        'Shown to the case team on the case’s Request Assistance tab. Saving a reply marks the request answered and emails the requester and the case owner a link (never the reply).',
    }),
    staffRepliedAtField(),
    staffNotesField({ maxLength: assistanceRequestLimits.staffNotes }),
  ],
}

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import {
  assigneeField,
  queueStatusField,
  staffRepliedAtField,
  staffReplyField,
  submittedByField,
} from '@/fields/staffQueue'
import { dateStaffReply } from '@/hooks/dateStaffReply'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'

import { emailStaffReply } from './hooks/emailStaffReply'

import { slugs } from '../slugs'
import { feedbackCategories, feedbackLimits, feedbackStatuses } from './options'

export const Feedback: CollectionConfig = {
  slug: slugs.feedback,
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: {
    useAsTitle: 'category',
    defaultColumns: ['category', 'message', 'pageUrl', 'status', 'assignee', 'createdAt'],
    listSearchableFields: ['message', 'pageUrl', 'replyEmail'],
    group: 'Queues',
  },
  access: {
    read: isStaff,
    // The feedback link is on every page, guests included.
    create: anyone,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeChange: [setSubmittedBy, dateStaffReply()],
    afterChange: [emailStaffReply],
  },
  fields: [
    submittedByField(),
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'library',
      options: feedbackCategories.map((o) => ({ ...o })),
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: feedbackLimits.message,
      admin: { components: { Cell: '/src/components/admin/PreviewCell#PreviewCell' } },
    },
    { name: 'pageUrl', type: 'text', maxLength: feedbackLimits.pageUrl },
    {
      name: 'replyEmail',
      type: 'email',
      admin: { description: 'Optional, if the person wants an answer.' },
    },
    queueStatusField({ options: feedbackStatuses }),
    assigneeField(),
    staffReplyField({
      maxLength: feedbackLimits.staffReply,
      description:
        'Saving a reply emails it, as written here, to the reply address given, or else to the account that sent the feedback. Feedback from a guest with no reply address gets no email.',
    }),
    staffRepliedAtField(),
  ],
}

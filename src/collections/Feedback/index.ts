import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff, isStaffField } from '@/access/isStaff'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'

import { slugs } from '../slugs'
import { feedbackLimits } from './options'

export const Feedback: CollectionConfig = {
  slug: slugs.feedback,
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: {
    useAsTitle: 'category',
    defaultColumns: ['category', 'pageUrl', 'status', 'createdAt'],
    group: 'Queues',
  },
  access: {
    read: isStaff,
    // The feedback link is on every page, guests included.
    create: anyone,
    update: isStaff,
    delete: isStaff,
  },
  hooks: { beforeChange: [setSubmittedBy] },
  fields: [
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'library',
      options: [
        { value: 'library', label: 'The TA Library or its filters' },
        { value: 'missing-resource', label: 'A resource I could not find' },
        { value: 'site-problem', label: 'A problem with the site' },
        { value: 'other', label: 'Something else' },
      ],
    },
    { name: 'message', type: 'textarea', required: true, maxLength: feedbackLimits.message },
    { name: 'pageUrl', type: 'text', maxLength: feedbackLimits.pageUrl },
    {
      name: 'replyEmail',
      type: 'email',
      admin: { description: 'Optional, if the person wants an answer.' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      access: { create: isStaffField, update: isStaffField },
      options: [
        { value: 'new', label: 'New' },
        { value: 'triaged', label: 'Triaged' },
        { value: 'done', label: 'Done' },
      ],
    },
  ],
}

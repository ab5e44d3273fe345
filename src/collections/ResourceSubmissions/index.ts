import type { CollectionConfig } from 'payload'

import { isSignedIn } from '@/access/isSignedIn'
import { isStaff } from '@/access/isStaff'
import { ownRecordsOrStaff } from '@/access/ownRecordsOrStaff'
import { attestationField } from '@/fields/attestation'
import {
  assigneeField,
  queueStatusField,
  staffNotesField,
  staffRepliedAtField,
  staffReplyField,
  submittedByField,
} from '@/fields/staffQueue'
import { dateStaffReply } from '@/hooks/dateStaffReply'
import { ownUploadOnly } from '@/hooks/ownUploadOnly'
import { setSubmittedBy } from '@/hooks/setSubmittedBy'

import { alertStaffOfSubmission } from './hooks/alertStaffOfSubmission'
import { emailStaffReply } from './hooks/emailStaffReply'

import { slugs } from '../slugs'
import { resourceSubmissionLimits, resourceSubmissionStatuses } from './options'

export const ResourceSubmissions: CollectionConfig = {
  slug: slugs.resourceSubmissions,
  labels: { singular: 'Resource submission', plural: 'Resource submissions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'submittedBy', 'status', 'assignee', 'createdAt'],
    group: 'Queues',
  },
  access: {
    read: ownRecordsOrStaff,
    create: isSignedIn,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeChange: [
      setSubmittedBy,
      ownUploadOnly({ field: 'file', collection: slugs.resourceFiles }),
      dateStaffReply(),
    ],
    afterChange: [alertStaffOfSubmission, emailStaffReply],
  },
  fields: [
    submittedByField(),
    { name: 'title', type: 'text', required: true, maxLength: resourceSubmissionLimits.title },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: resourceSubmissionLimits.description,
    },
    { name: 'file', type: 'upload', relationTo: slugs.resourceFiles },
    attestationField({
      name: 'clientPermission',
      label: 'I have my client’s permission to share this material, and it is redacted',
      requiredMessage: 'Confirm you have your client’s permission and the material is redacted.',
    }),
    queueStatusField({ options: resourceSubmissionStatuses }),
    assigneeField(),
    staffReplyField({
      maxLength: resourceSubmissionLimits.staffReply,
      description:
        'The person who sent the resource reads this with their submission. Saving a reply emails it to them, as written here.',
    }),
    staffRepliedAtField(),
    staffNotesField({ maxLength: resourceSubmissionLimits.staffNotes }),
  ],
}

import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

import { slugs } from './slugs'

export const documentTypes = [
  { value: 'country-conditions', label: 'Country conditions' },
  { value: 'expert-declaration', label: 'Expert declaration' },
  { value: 'practice-advisory', label: 'Practice advisory' },
  { value: 'sample-brief', label: 'Sample brief' },
  { value: 'unpublished-decision', label: 'Unpublished decision' },
  { value: 'filing', label: 'Filing' },
  { value: 'training', label: 'Webinar or training' },
] as const

export const Resources: CollectionConfig = {
  slug: slugs.resources,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentType', 'audience', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: 'Library',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  // Until the tailored-library engine serves resources per case, only staff read them directly.
  access: {
    read: isStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    {
      name: 'documentType',
      type: 'select',
      required: true,
      index: true,
      options: documentTypes.map((option) => ({ ...option })),
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'advocates',
      index: true,
      options: [
        { value: 'advocates', label: 'Advocates (TA Library)' },
        { value: 'experts', label: 'Experts (Expert Witness Resource Library)' },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 2000 },
    { name: 'publishedAt', type: 'date', required: true, index: true },
    { name: 'contentUpdatedAt', type: 'date', index: true },
    { name: 'mayBeFiledAsEvidence', type: 'checkbox', defaultValue: false },
    { name: 'body', type: 'richText' },
  ],
}

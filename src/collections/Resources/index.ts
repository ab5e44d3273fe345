import type { CollectionConfig } from 'payload'

import { isStaff, isStaffField } from '@/access/isStaff'
import { tagsField } from '@/fields/tags'
import { reindexAfterChange, removeFromIndexAfterDelete } from '@/library/indexer'

import { slugs } from '../slugs'
import { queueTextExtraction } from './hooks/queueTextExtraction'
import { resourceAudiences, resourceLimits } from './options'

/**
 * The library. Advocates and experts never read this collection directly: the tailored-library
 * engine serves each case the resources that match it, and files through the logged download route.
 */
export const Resources: CollectionConfig = {
  slug: slugs.resources,
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'documentType',
      'audience',
      'publishedAt',
      'contentUpdatedAt',
      '_status',
    ],
    listSearchableFields: ['title', 'summary', 'sourceCaseNumber'],
    group: 'Library',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: '-publishedAt',
  hooks: {
    afterChange: [reindexAfterChange, queueTextExtraction],
    afterDelete: [removeFromIndexAfterDelete],
  },
  access: {
    read: isStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: resourceLimits.title },
    { name: 'summary', type: 'textarea', maxLength: resourceLimits.summary },
    {
      type: 'row',
      fields: [
        tagsField({
          name: 'documentType',
          relationTo: slugs.documentTypes,
          hasMany: false,
          isRequired: true,
          label: 'Type of document',
        }),
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'advocates',
          index: true,
          options: resourceAudiences.map((o) => ({ ...o })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publishedAt',
          type: 'date',
          required: true,
          index: true,
          label: 'Publication date',
        },
        { name: 'contentUpdatedAt', type: 'date', index: true, label: 'Content last updated' },
      ],
    },
    {
      name: 'mayBeFiledAsEvidence',
      type: 'checkbox',
      defaultValue: false,
      label: 'May be filed as evidence in a registered case',
    },
    {
      type: 'collapsible',
      label: 'Matching tags (an empty group matches every case)',
      fields: [
        tagsField({
          name: 'countries',
          relationTo: slugs.countries,
          description: 'Only used for country conditions and expert declarations.',
        }),
        tagsField({ name: 'persecutionTypes', relationTo: slugs.persecutionTypes }),
        tagsField({ name: 'reliefTypes', relationTo: slugs.reliefTypes }),
        tagsField({ name: 'proceduralStages', relationTo: slugs.proceduralStages }),
        tagsField({ name: 'topics', relationTo: slugs.topics, label: 'Other topics' }),
      ],
    },
    {
      type: 'collapsible',
      label: 'Unpublished decision: source and permissions',
      admin: {
        description:
          'A decision appears in libraries only when redacted and cleared by the original attorney.',
      },
      fields: [
        {
          name: 'sourceCaseNumber',
          type: 'text',
          index: true,
          maxLength: resourceLimits.sourceCaseNumber,
          access: { read: isStaffField, update: isStaffField, create: isStaffField },
          admin: {
            description:
              'The case number the decision came from. Advocates can search by it but never see it.',
          },
        },
        {
          name: 'sourceOutcome',
          type: 'relationship',
          relationTo: slugs.outcomes,
          label: 'Reported outcome it came from',
          access: { read: isStaffField, update: isStaffField, create: isStaffField },
          admin: {
            readOnly: true,
            description: 'Set when staff make this resource from a reported decision.',
          },
        },
        { name: 'isRedacted', type: 'checkbox', defaultValue: false, label: 'Fully redacted' },
        {
          name: 'hasAttorneyPermission',
          type: 'checkbox',
          defaultValue: false,
          label: 'The original attorney gave permission to share',
        },
      ],
    },
    { name: 'file', type: 'upload', relationTo: slugs.resourceFiles },
    {
      name: 'externalUrl',
      type: 'text',
      maxLength: resourceLimits.externalUrl,
      admin: { description: 'For webinars hosted elsewhere.' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'extractedText',
      type: 'textarea',
      maxLength: resourceLimits.extractedText,
      // Filled by the text-extraction job from the attached PDF; searched, never shown.
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      admin: { hidden: true },
    },
  ],
}

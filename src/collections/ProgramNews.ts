import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'

import { slugFromTitle } from '../hooks/slugFromTitle'
import { slugs } from './slugs'

export const ProgramNews: CollectionConfig = {
  slug: slugs.programNews,
  labels: { singular: 'Program news item', plural: 'Program news' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: 'Content',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 200,
      admin: {
        position: 'sidebar',
        description:
          'The item’s address (/news/…): filled from the title when left empty; edit it to change the address.',
      },
      hooks: { beforeValidate: [slugFromTitle] },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
          ? true
          : 'Use lowercase letters, numbers and single dashes only.',
    },
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 600 },
    { name: 'body', type: 'richText' },
  ],
}

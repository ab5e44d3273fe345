import type { CollectionConfig, Field } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { reindexDocumentTypeResources } from '@/library/indexer'

import { slugs } from '../slugs'
import { courtKinds, topicAudiences, vocabularyLimits } from './options'

const slugField: Field = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength: vocabularyLimits.slug,
  admin: { position: 'sidebar', description: 'Stable identifier used in links and filters.' },
  validate: (value: unknown) =>
    typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
      ? true
      : 'Use lowercase letters, numbers and single dashes only.',
}

type VocabularyArgs = {
  slug: string
  singular: string
  plural: string
  fields?: Field[]
  columns?: string[]
  hooks?: CollectionConfig['hooks']
}

/**
 * A staff-edited vocabulary. Names are public facts used by the intake form and the library
 * filters, so anyone may read them; only staff change them.
 */
const vocabulary = ({
  slug,
  singular,
  plural,
  fields = [],
  columns = [],
  hooks,
}: VocabularyArgs): CollectionConfig => ({
  slug,
  hooks,
  labels: { singular, plural },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', ...columns, 'slug'],
    listSearchableFields: ['name', 'slug'],
    group: 'Vocabularies',
    pagination: { defaultLimit: 50 },
  },
  defaultSort: 'name',
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: vocabularyLimits.name, index: true },
    slugField,
    ...fields,
  ],
})

export const Countries = vocabulary({
  slug: slugs.countries,
  singular: 'Country',
  plural: 'Countries',
  columns: ['code', 'region'],
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      maxLength: vocabularyLimits.countryCode,
      admin: { description: 'ISO 3166-1 alpha-2.' },
    },
    {
      name: 'region',
      type: 'text',
      required: true,
      index: true,
      maxLength: vocabularyLimits.region,
      admin: { description: 'UN M49 sub-region.' },
    },
  ],
})

export const PersecutionTypes = vocabulary({
  slug: slugs.persecutionTypes,
  singular: 'Persecution type',
  plural: 'Persecution types',
  fields: [{ name: 'description', type: 'textarea', maxLength: vocabularyLimits.description }],
})

export const DocumentTypes = vocabulary({
  slug: slugs.documentTypes,
  singular: 'Document type',
  plural: 'Document types',
  hooks: { afterChange: [reindexDocumentTypeResources] },
  columns: ['isCountryScoped', 'outdatedAfterMonths'],
  fields: [
    {
      name: 'isCountryScoped',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Matched to a case by country of origin (country conditions, expert declarations). Other types match by claim from any country.',
      },
    },
    {
      name: 'outdatedAfterMonths',
      type: 'number',
      min: 1,
      max: 240,
      admin: {
        description:
          'Show a "may be outdated" badge on items of this type older than this. Empty: never.',
      },
    },
    { name: 'description', type: 'textarea', maxLength: vocabularyLimits.description },
  ],
})

export const ProceduralStages = vocabulary({
  slug: slugs.proceduralStages,
  singular: 'Procedural stage',
  plural: 'Procedural stages',
  columns: ['order'],
  fields: [{ name: 'order', type: 'number', defaultValue: 0 }],
})

export const Topics = vocabulary({
  slug: slugs.topics,
  singular: 'Topic',
  plural: 'Other topics',
  columns: ['audience'],
  fields: [
    {
      name: 'audience',
      type: 'select',
      defaultValue: 'both',
      options: topicAudiences.map((o) => ({ ...o })),
    },
  ],
})

export const ReliefTypes = vocabulary({
  slug: slugs.reliefTypes,
  singular: 'Relief type',
  plural: 'Relief types',
})

export const Courts = vocabulary({
  slug: slugs.courts,
  singular: 'Court or asylum office',
  plural: 'Courts and asylum offices',
  columns: ['kind', 'city', 'state'],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: courtKinds.map(({ value, label }) => ({ value, label })),
    },
    { name: 'city', type: 'text', maxLength: vocabularyLimits.city },
    { name: 'state', type: 'text', maxLength: vocabularyLimits.state },
  ],
})

export const Adjudicators = vocabulary({
  slug: slugs.adjudicators,
  singular: 'Adjudicator',
  plural: 'Adjudicators',
  columns: ['court'],
  fields: [{ name: 'court', type: 'relationship', relationTo: slugs.courts, index: true }],
})

export const vocabularyCollections = [
  Countries,
  PersecutionTypes,
  DocumentTypes,
  ProceduralStages,
  Topics,
  ReliefTypes,
  Courts,
  Adjudicators,
]

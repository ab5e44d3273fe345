import type { CollectionConfig, Field } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff, isStaffField } from '@/access/isStaff'
import { nobodyField } from '@/access/nobody'
import { reindexDocumentTypeResources } from '@/library/indexer'

import { slugs } from '../slugs'
import { mergeEntryEndpoint } from './endpoints/merge'
import { setNameKey } from './hooks/setNameKey'
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
  admin?: CollectionConfig['admin']
  endpoints?: CollectionConfig['endpoints']
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
  admin,
  endpoints,
}: VocabularyArgs): CollectionConfig => ({
  slug,
  hooks,
  endpoints,
  labels: { singular, plural },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', ...columns, 'slug'],
    listSearchableFields: ['name', 'slug'],
    group: 'Vocabularies',
    pagination: { defaultLimit: 50 },
    ...admin,
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

/**
 * Fields of a vocabulary people may add to from the portal's forms ("Not listed: type the name"):
 * such an entry is stored unverified until staff confirm it, rename it or merge it into another
 * (services/addUnlisted.ts, services/mergeEntry.ts). `nameKey` is the name as the duplicate check
 * compares it, kept by a hook, never typed.
 */
const unlistedEntryFields = (collection: 'courts' | 'adjudicators'): Field[] => [
  {
    name: 'verified',
    type: 'checkbox',
    label: 'Confirmed by staff',
    // Entries staff create are confirmed; an advocate's typed entry is stored unconfirmed.
    defaultValue: true,
    index: true,
    access: { create: isStaffField, update: isStaffField },
    admin: {
      position: 'sidebar',
      description:
        'Unconfirmed entries were typed by an advocate. Check the name, fix it if needed and tick this box, or merge the entry into the right one below.',
    },
  },
  {
    name: 'nameKey',
    type: 'text',
    index: true,
    maxLength: vocabularyLimits.name,
    // Never taken from a request: the collection's hook writes it from the name.
    access: { create: nobodyField, update: nobodyField },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  },
  {
    name: 'mergePanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '/src/components/admin/MergeEntryPanel#MergeEntryPanel',
          clientProps: { collection },
        },
      },
    },
  },
]

export const Courts = vocabulary({
  slug: slugs.courts,
  singular: 'Court or asylum office',
  plural: 'Courts and asylum offices',
  columns: ['kind', 'city', 'state', 'verified'],
  hooks: { beforeChange: [setNameKey] },
  endpoints: [mergeEntryEndpoint('courts')],
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
    ...unlistedEntryFields('courts'),
  ],
})

export const Adjudicators = vocabulary({
  slug: slugs.adjudicators,
  singular: 'Adjudicator',
  plural: 'Adjudicators',
  columns: ['court', 'verified'],
  hooks: { beforeChange: [setNameKey] },
  endpoints: [mergeEntryEndpoint('adjudicators')],
  admin: {
    description:
      'Immigration judges and asylum officers, each at a court. Entries advocates typed are unconfirmed: filter on “Confirmed by staff” to find them.',
  },
  fields: [
    {
      name: 'court',
      type: 'relationship',
      relationTo: slugs.courts,
      index: true,
      admin: { description: 'The immigration court or asylum office this adjudicator sits at.' },
    },
    ...unlistedEntryFields('adjudicators'),
  ],
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

import type { Expert } from '@/payload-types'

import type { SummaryRow } from './edit-conflict'
import type { FieldValues } from './form-state'
import { valueOf, valuesOf } from './form-state'
import type { Option, OptionGroup } from './options'
import { labelOf } from './options'

const idsOf = (values: (number | { id: number })[] | null | undefined) =>
  (values ?? []).map((v) => String(typeof v === 'object' ? v.id : v))

/** The expert profile's answers as the form shows them (a new profile starts from the account). */
export const expertProfileValues = (
  profile: Expert | null,
  fallbackName: string,
  email: string,
): FieldValues =>
  profile
    ? {
        displayName: profile.displayName,
        expertTypes: profile.expertTypes ?? [],
        countries: idsOf(profile.countries),
        regions: profile.regions ?? [],
        persecutionTypes: idsOf(profile.persecutionTypes),
        topics: idsOf(profile.topics),
        languages: (profile.languages ?? []).join(', '),
        credentials: profile.credentials ?? '',
        fees: profile.fees ?? '',
        feeNotes: profile.feeNotes ?? '',
        location: profile.location ?? '',
        isRemoteAvailable: profile.isRemoteAvailable ? 'on' : '',
        testimonyKinds: profile.testimonyKinds ?? [],
        contactEmail: profile.contact?.email ?? '',
        contactPhone: profile.contact?.phone ?? '',
        contactWebsite: profile.contact?.website ?? '',
      }
    : { displayName: fallbackName, contactEmail: email, isRemoteAvailable: 'on' }

export type ExpertProfileLabels = {
  countries: OptionGroup[]
  regions: Option[]
  persecutionTypes: Option[]
  topics: Option[]
  expertTypes: readonly Option[]
  fees: readonly Option[]
  testimonyKinds: readonly Option[]
}

const rows: [name: string, label: string, list?: keyof ExpertProfileLabels][] = [
  ['displayName', 'Name as advocates will see it'],
  ['expertTypes', 'Type of expert', 'expertTypes'],
  ['credentials', 'Credentials and experience'],
  ['countries', 'Countries of expertise', 'countries'],
  ['regions', 'Regions of expertise', 'regions'],
  ['persecutionTypes', 'Types of persecution you can speak to', 'persecutionTypes'],
  ['topics', 'Topics', 'topics'],
  ['languages', 'Languages you work in'],
  ['testimonyKinds', 'Kinds of testimony', 'testimonyKinds'],
  ['fees', 'Fees', 'fees'],
  ['feeNotes', 'Notes on fees'],
  ['location', 'Location'],
  ['isRemoteAvailable', 'Works remotely'],
  ['contactEmail', 'Contact email'],
  ['contactPhone', 'Contact phone'],
  ['contactWebsite', 'Website'],
]

export const expertProfileFieldNames = rows.map(([name]) => name)

/** Every profile answer as the expert reads it, for an edit conflict. */
export const summarizeExpertProfile = (
  values: FieldValues,
  labels: ExpertProfileLabels,
): SummaryRow[] =>
  rows.map(([name, label, list]) => {
    const value =
      name === 'isRemoteAvailable'
        ? valueOf(values, name) === 'on'
          ? 'Yes'
          : 'No'
        : list
          ? valuesOf(values, name)
              .map((item) => labelOf(labels[list] as Option[] | OptionGroup[], item))
              .sort()
              .join(', ')
          : valueOf(values, name)
    return { label, value, fields: [name] }
  })

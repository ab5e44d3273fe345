import type { Payload } from 'payload'

import { isAdvocateOrStaff } from '@/access/isAdvocateOrStaff'
import { testimonyKinds } from '@/collections/Experts/options'
import type { Country, Expert, User } from '@/payload-types'

import { expertTypeLabel, feeLabel } from './params'

/** Everything an attorney sees about a listed expert; no private field is ever selected. */
export type ExpertProfile = {
  id: number
  name: string
  types: string[]
  countries: { name: string; region: string }[]
  regions: string[]
  persecutionTypes: string[]
  topics: string[]
  languages: string[]
  credentials: string | null
  fees: string | null
  feeNotes: string | null
  location: string | null
  isRemoteAvailable: boolean
  testimonyKinds: string[]
  contact: { email: string | null; phone: string | null; website: string | null }
}

const profileSelect = {
  displayName: true,
  expertTypes: true,
  countries: true,
  regions: true,
  persecutionTypes: true,
  topics: true,
  languages: true,
  credentials: true,
  fees: true,
  feeNotes: true,
  location: true,
  isRemoteAvailable: true,
  testimonyKinds: true,
  contact: true,
  _status: true,
} as const

type Named = { name: string }

const named = <T extends Named>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/**
 * One LISTED profile as the viewer may read it, or null: not a number, not found, not published
 * (staff can read drafts, the directory never shows them), or a viewer the directory is not for.
 * Reads the published version (`draft: false`): an expert's pending edits stay off the directory.
 */
export const getListedExpert = async ({
  payload,
  user,
  id,
}: {
  payload: Payload
  user: User | null | undefined
  id: string
}): Promise<ExpertProfile | null> => {
  if (!user || !isAdvocateOrStaff({ req: { user } }) || !/^\d{1,10}$/.test(id)) return null
  const doc = await payload.findByID({
    collection: 'experts',
    id: Number(id),
    select: profileSelect,
    // Names (and regions) of the linked vocabularies only, nothing deeper.
    depth: 1,
    populate: {
      countries: { name: true, region: true },
      topics: { name: true },
      'persecution-types': { name: true },
    },
    draft: false,
    disableErrors: true,
    user,
    overrideAccess: false,
  })
  if (!doc || doc._status !== 'published') return null
  const expert = doc as Partial<Expert> & { id: number }
  return {
    id: expert.id,
    name: expert.displayName ?? '',
    types: (expert.expertTypes ?? []).map(expertTypeLabel),
    countries: named<Country>(expert.countries).map(({ name, region }) => ({ name, region })),
    regions: expert.regions ?? [],
    persecutionTypes: named(expert.persecutionTypes).map(({ name }) => name),
    topics: named(expert.topics).map(({ name }) => name),
    languages: expert.languages ?? [],
    credentials: expert.credentials ?? null,
    fees: expert.fees ? feeLabel(expert.fees) : null,
    feeNotes: expert.feeNotes ?? null,
    location: expert.location ?? null,
    isRemoteAvailable: Boolean(expert.isRemoteAvailable),
    testimonyKinds: (expert.testimonyKinds ?? []).map(
      (value) => testimonyKinds.find((option) => option.value === value)?.label ?? value,
    ),
    contact: {
      email: expert.contact?.email ?? null,
      phone: expert.contact?.phone ?? null,
      website: expert.contact?.website ?? null,
    },
  }
}

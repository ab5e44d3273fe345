import 'server-only'

import type { Payload } from 'payload'

import { protectedGrounds } from '@/collections/Cases/options'
import { courtKinds } from '@/collections/Vocabularies/options'
import type { User } from '@/payload-types'

import type { IntakeOptions, Option, OptionGroup, OutcomeOptions } from './options'

type Viewer = User | null

type VocabularySlug =
  | 'countries'
  | 'persecution-types'
  | 'topics'
  | 'relief-types'
  | 'procedural-stages'
  | 'courts'
  | 'adjudicators'

/**
 * Every term of a vocabulary, page by page: non-staff reads are capped at 100 per page
 * (src/lib/harden-config.ts) and there are about 250 countries. Vocabularies are public, but they are
 * still read as the viewer, like everything a page shows.
 */
const allTerms = async <T>({
  payload,
  user,
  collection,
  select,
  sort = 'name',
}: {
  payload: Payload
  user: Viewer
  collection: VocabularySlug
  select: Record<string, true>
  sort?: string
}): Promise<T[]> => {
  const terms: T[] = []
  for (let page = 1; page <= 20; page += 1) {
    const result = await payload.find({
      collection,
      user,
      overrideAccess: false,
      depth: 0,
      limit: 100,
      page,
      sort,
      select,
    })
    terms.push(...(result.docs as T[]))
    if (!result.hasNextPage) break
  }
  return terms
}

const groupBy = <T>(items: T[], keyOf: (item: T) => string, toOption: (item: T) => Option) => {
  const groups = new Map<string, Option[]>()
  for (const item of items) {
    const key = keyOf(item)
    groups.set(key, [...(groups.get(key) ?? []), toOption(item)])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, options]): OptionGroup => ({ label, options }))
}

const courtGroupOf = (kind: string) =>
  courtKinds.find((k) => k.value === kind)?.groupLabel ?? 'Other'

/** The choices of the case intake (and of the outcome form), from the staff-edited vocabularies. */
export const loadIntakeOptions = async ({
  payload,
  user,
}: {
  payload: Payload
  user: Viewer
}): Promise<IntakeOptions> => {
  const [countries, persecutionTypes, reliefTypes, stages, courts, adjudicators] =
    await Promise.all([
      allTerms<{ id: number; name: string; region: string }>({
        payload,
        user,
        collection: 'countries',
        select: { name: true, region: true },
      }),
      allTerms<{ id: number; name: string; description?: string | null }>({
        payload,
        user,
        collection: 'persecution-types',
        select: { name: true, description: true },
      }),
      allTerms<{ id: number; name: string }>({
        payload,
        user,
        collection: 'relief-types',
        select: { name: true },
        sort: 'id',
      }),
      allTerms<{ id: number; name: string }>({
        payload,
        user,
        collection: 'procedural-stages',
        select: { name: true, order: true },
        sort: 'order',
      }),
      allTerms<{
        id: number
        name: string
        kind: string
        state?: string | null
        verified?: boolean | null
      }>({
        payload,
        user,
        collection: 'courts',
        select: { name: true, kind: true, state: true, verified: true },
      }),
      allTerms<{ id: number; name: string; court?: number | null; verified?: boolean | null }>({
        payload,
        user,
        collection: 'adjudicators',
        select: { name: true, court: true, verified: true },
      }),
    ])
  const courtNames = new Map(courts.map((c) => [c.id, c.name]))
  return {
    countries: groupBy(
      countries,
      (c) => c.region || 'Other',
      (c) => ({ value: String(c.id), label: c.name }),
    ),
    persecutionTypes: persecutionTypes.map((p) => ({
      value: String(p.id),
      label: p.name,
      hint: p.description ?? undefined,
    })),
    protectedGrounds: protectedGrounds.map((g) => ({ value: g.value, label: g.label })),
    reliefTypes: reliefTypes.map((r) => ({ value: String(r.id), label: r.name })),
    proceduralStages: stages.map((s) => ({ value: String(s.id), label: s.name })),
    courts: groupBy(
      courts,
      (c) => courtGroupOf(c.kind),
      (c) => ({
        value: String(c.id),
        label: `${c.state ? `${c.name} (${c.state})` : c.name}${unconfirmed(c.verified)}`,
      }),
    ),
    adjudicators: adjudicatorGroups(adjudicators, courtNames),
  }
}

/** Typed by an advocate and not yet checked by staff: offered, and marked as such. */
const unconfirmed = (verified?: boolean | null) => (verified === false ? ' (unconfirmed)' : '')

/** Adjudicators grouped by their court (each group knows its court's id), courts by name. */
const adjudicatorGroups = (
  adjudicators: { id: number; name: string; court?: number | null; verified?: boolean | null }[],
  courtNames: Map<number, string>,
): OptionGroup[] => {
  const groups = new Map<string, OptionGroup>()
  for (const a of adjudicators) {
    const key = a.court ? String(a.court) : ''
    const label = a.court ? (courtNames.get(a.court) ?? 'Other courts') : 'Court not recorded'
    const group = groups.get(key) ?? { label, options: [], ...(key ? { courtId: key } : {}) }
    group.options.push({ value: String(a.id), label: `${a.name}${unconfirmed(a.verified)}` })
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label))
}

/** The choices of the Add an Outcome form: stages, courts, adjudicators, relief and listed experts. */
export const loadOutcomeOptions = async ({
  payload,
  user,
}: {
  payload: Payload
  user: User
}): Promise<OutcomeOptions> => {
  const [intake, experts] = await Promise.all([
    loadIntakeOptions({ payload, user }),
    payload.find({
      collection: 'experts',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 100,
      sort: 'displayName',
      // Advocates read approved profiles only (the Experts collection's access rule).
      select: { displayName: true },
    }),
  ])
  return {
    proceduralStages: intake.proceduralStages,
    courts: intake.courts,
    adjudicators: intake.adjudicators,
    reliefTypes: intake.reliefTypes,
    experts: experts.docs.map((e) => ({ value: String(e.id), label: e.displayName })),
  }
}

export type ExpertProfileOptions = {
  countries: OptionGroup[]
  regions: Option[]
  persecutionTypes: Option[]
  topics: Option[]
}

/** The choices of the expert profile form: countries by region, regions, persecution types, topics. */
export const loadExpertProfileOptions = async ({
  payload,
  user,
}: {
  payload: Payload
  user: Viewer
}): Promise<ExpertProfileOptions> => {
  const [countries, persecutionTypes, topics] = await Promise.all([
    allTerms<{ id: number; name: string; region: string }>({
      payload,
      user,
      collection: 'countries',
      select: { name: true, region: true },
    }),
    allTerms<{ id: number; name: string }>({
      payload,
      user,
      collection: 'persecution-types',
      select: { name: true },
    }),
    allTerms<{ id: number; name: string }>({
      payload,
      user,
      collection: 'topics',
      select: { name: true },
    }),
  ])
  const regions = [...new Set(countries.map((c) => c.region).filter(Boolean))].sort()
  return {
    countries: groupBy(
      countries,
      (c) => c.region || 'Other',
      (c) => ({ value: String(c.id), label: c.name }),
    ),
    regions: regions.map((r) => ({ value: r, label: r })),
    persecutionTypes: persecutionTypes.map((p) => ({ value: String(p.id), label: p.name })),
    topics: topics.map((t) => ({ value: String(t.id), label: t.name })),
  }
}

import { expertTypes } from '@/collections/Experts/options'

import type { CountryTerm, ListedData, ListedProfile, Term } from './listed'
import { directoryParams, feeFilters, feeLabel, type DirectoryFilters } from './params'

/** The sidebar groups, in the order the page shows them. */
export const groupKeys = [
  'countries',
  'regions',
  'types',
  'persecutionTypes',
  'topics',
  'languages',
  'fees',
  'remote',
] as const
export type GroupKey = (typeof groupKeys)[number]

type GroupDefinition = {
  param: string
  legend: string
  hint?: string
  /** Any checked option matches (a profile has one fee); elsewhere every checked one must. */
  isAnyOf?: boolean
}

export const groupDefinitions: Record<GroupKey, GroupDefinition> = {
  countries: {
    param: directoryParams.countries,
    legend: 'Country',
    hint: 'Also finds experts who cover the country’s whole region.',
  },
  regions: {
    param: directoryParams.regions,
    legend: 'Region',
    hint: 'Also finds experts who cover a country in the region.',
  },
  types: { param: directoryParams.types, legend: 'Type of expert' },
  persecutionTypes: { param: directoryParams.persecutionTypes, legend: 'Type of persecution' },
  topics: { param: directoryParams.topics, legend: 'Topics' },
  languages: { param: directoryParams.languages, legend: 'Language' },
  fees: {
    param: directoryParams.fees,
    legend: 'Fees',
    hint: 'Any checked option matches.',
    isAnyOf: true,
  },
  remote: { param: directoryParams.remote, legend: 'Availability' },
}

export type FacetOption = {
  /** The value the form submits. */
  value: string
  label: string
  /** How many results checking this option would leave, given the other selections. */
  count: number
  isChecked: boolean
  /** Countries: no listed profile names it; experts reach it through its region only. */
  isRegionOnly?: boolean
}

export type Facet = GroupDefinition & { key: GroupKey; options: FacetOption[] }

/** Each group's selected values as strings: ids, lower-cased names, option values, '1'. */
export type Selected = Record<GroupKey, string[]>

type Prepared = { profile: ListedProfile; values: Record<GroupKey, Set<string>> }

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** The spelling most profiles use for a free-text value (ties: alphabetical). */
const commonSpelling = (spellings: Map<string, number>) =>
  [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]

const byLabel = (a: { label: string }, b: { label: string }) =>
  a.label.localeCompare(b.label, 'en', { sensitivity: 'base' })

/** Lookups built once per page view from the statement's vocabularies. */
export type Universe = {
  countries: Map<number, CountryTerm>
  countriesByRegion: Map<string, number[]>
  /** Countries some listed profile names itself. */
  namedCountries: Set<number>
  topics: Map<number, Term>
  persecutionTypes: Map<number, Term>
  /** Lower-cased region → label: the M49 name, else the spelling profiles use. */
  regions: Map<string, string>
  /** Regions offered as choices: those listed profiles reach. */
  offeredRegions: Set<string>
  languages: Map<string, string>
}

export const buildUniverse = (data: ListedData): Universe => {
  const countries = new Map(data.countries.map((country) => [country.id, country]))
  const countriesByRegion = new Map<string, number[]>()
  for (const country of data.countries) {
    const region = key(country.region)
    countriesByRegion.set(region, [...(countriesByRegion.get(region) ?? []), country.id])
  }
  const regionSpellings = new Map<string, Map<string, number>>()
  const languageSpellings = new Map<string, Map<string, number>>()
  const count = (target: Map<string, Map<string, number>>, text: string) => {
    const spellings = target.get(key(text)) ?? new Map<string, number>()
    const spelling = text.replace(/\s+/g, ' ').trim()
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1)
    target.set(key(text), spellings)
  }
  const namedCountries = new Set<number>()
  const offeredRegions = new Set<string>()
  for (const profile of data.profiles) {
    for (const region of profile.regions) {
      count(regionSpellings, region)
      offeredRegions.add(key(region))
    }
    for (const language of profile.languages) count(languageSpellings, language)
    for (const id of profile.countryIds) {
      namedCountries.add(id)
      const country = countries.get(id)
      if (country) offeredRegions.add(key(country.region))
    }
  }
  const regions = new Map<string, string>()
  for (const [region, spellings] of regionSpellings) regions.set(region, commonSpelling(spellings))
  // The M49 names win over what experts typed, and make every real region a valid selection.
  for (const region of data.m49Regions) regions.set(key(region), region)
  const languages = new Map<string, string>()
  for (const [language, spellings] of languageSpellings) {
    languages.set(language, commonSpelling(spellings))
  }
  return {
    countries,
    countriesByRegion,
    namedCountries,
    topics: new Map(data.topics.map((term) => [term.id, term])),
    persecutionTypes: new Map(data.persecutionTypes.map((term) => [term.id, term])),
    regions,
    offeredRegions,
    languages,
  }
}

/** A profile's values per group. Country and region reach each other, as the hints say. */
const prepare = (profile: ListedProfile, universe: Universe): Prepared => {
  const regions = new Set(profile.regions.map(key))
  const countries = new Set(profile.countryIds.map(String))
  for (const id of profile.countryIds) {
    const country = universe.countries.get(id)
    if (country) regions.add(key(country.region))
  }
  for (const region of profile.regions) {
    for (const id of universe.countriesByRegion.get(key(region)) ?? []) countries.add(String(id))
  }
  return {
    profile,
    values: {
      countries,
      regions,
      types: new Set(profile.types),
      persecutionTypes: new Set(profile.persecutionIds.map(String)),
      topics: new Set(profile.topicIds.map(String)),
      languages: new Set(profile.languages.map(key)),
      fees: new Set(profile.fees ? [profile.fees] : []),
      remote: new Set(profile.isRemote ? ['1'] : []),
    },
  }
}

/**
 * Drops what the directory does not know: ids of no country, topic or type of persecution,
 * regions that are neither an M49 region nor one a profile lists, languages no profile lists.
 */
export const validateFilters = (
  filters: DirectoryFilters,
  universe: Universe,
): DirectoryFilters => ({
  ...filters,
  countries: filters.countries.filter((id) => universe.countries.has(id)),
  regions: filters.regions.filter((region) => universe.regions.has(region)),
  persecutionTypes: filters.persecutionTypes.filter((id) => universe.persecutionTypes.has(id)),
  topics: filters.topics.filter((id) => universe.topics.has(id)),
  languages: filters.languages.filter((language) => universe.languages.has(language)),
})

export const toSelected = (filters: DirectoryFilters): Selected => ({
  countries: filters.countries.map(String),
  regions: filters.regions,
  types: filters.types,
  persecutionTypes: filters.persecutionTypes.map(String),
  topics: filters.topics.map(String),
  languages: filters.languages,
  fees: filters.fees,
  remote: filters.isRemoteOnly ? ['1'] : [],
})

const matchesGroup = (prepared: Prepared, group: GroupKey, selected: string[]) => {
  if (selected.length === 0) return true
  const values = prepared.values[group]
  return groupDefinitions[group].isAnyOf
    ? selected.some((value) => values.has(value))
    : selected.every((value) => values.has(value))
}

const matches = (
  prepared: Prepared,
  selected: Selected,
  { except, isSearchIgnored = false }: { except?: GroupKey; isSearchIgnored?: boolean } = {},
) =>
  (isSearchIgnored || prepared.profile.isMatch) &&
  groupKeys.every((group) => group === except || matchesGroup(prepared, group, selected[group]))

type Choice = {
  value: string
  label: string
  /** The lower-cased value selections hold, when it differs from `value` (regions, languages). */
  key?: string
  isRegionOnly?: boolean
}

/** Each group's choices: the values listed profiles use (every type and fee), plus checked ones. */
const choices = (group: GroupKey, universe: Universe, selected: Selected): Choice[] => {
  const withChecked = (values: string[]) => [...new Set([...values, ...selected[group]])]
  switch (group) {
    case 'countries': {
      const reached = new Set<number>(universe.namedCountries)
      for (const region of universe.offeredRegions) {
        for (const id of universe.countriesByRegion.get(region) ?? []) reached.add(id)
      }
      return withChecked([...reached].map(String)).map((value) => ({
        value,
        label: universe.countries.get(Number(value))?.name ?? value,
        isRegionOnly: !universe.namedCountries.has(Number(value)),
      }))
    }
    case 'regions':
      return withChecked([...universe.offeredRegions]).map((value) => ({
        value: universe.regions.get(value) ?? value,
        key: value,
        label: universe.regions.get(value) ?? value,
      }))
    case 'types':
      return expertTypes.map((option) => ({ value: option.value, label: option.label }))
    case 'persecutionTypes':
    case 'topics': {
      const terms = universe[group]
      return withChecked([...terms.keys()].map(String)).map((value) => ({
        value,
        label: terms.get(Number(value))?.name ?? value,
      }))
    }
    case 'languages':
      return withChecked([...universe.languages.keys()]).map((value) => ({
        value: universe.languages.get(value) ?? value,
        key: value,
        label: universe.languages.get(value) ?? value,
      }))
    case 'fees':
      return feeFilters.map((value) => ({ value, label: feeLabel(value) }))
    case 'remote':
      return [{ value: '1', label: 'Available remotely' }]
  }
}

const isOrdered = (group: GroupKey) => group === 'types' || group === 'fees' || group === 'remote'

export type DirectoryMatch = {
  /** The results, best first: by rank when searching, otherwise by name. */
  results: ListedProfile[]
  facets: Facet[]
  /** How many results there would be without one selection (key: group:value, or 'q'). */
  totalWithout: (group: GroupKey | 'q', value?: string) => number
}

/**
 * Filters, orders and counts in memory: AND across groups; inside a group every checked option is
 * required, except Fees (a profile has one fee) where any checked option matches. Each option's
 * count is how many results checking it would leave, given the other selections.
 */
export const matchDirectory = ({
  data,
  universe,
  filters,
  isSearch,
}: {
  data: ListedData
  universe: Universe
  filters: DirectoryFilters
  isSearch: boolean
}): DirectoryMatch => {
  const prepared = data.profiles.map((profile) => prepare(profile, universe))
  const selected = toSelected(filters)
  const results = prepared
    .filter((entry) => matches(entry, selected))
    .map((entry) => entry.profile)
    .sort(
      (a, b) =>
        (isSearch ? b.rank - a.rank : 0) ||
        a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
        a.id - b.id,
    )

  const facets = groupKeys.map((group): Facet => {
    const definition = groupDefinitions[group]
    const rest = prepared.filter((entry) => matches(entry, selected, { except: group }))
    // AND groups count among the current results (checking one more keeps those that have it);
    // the any-of group counts among what the other groups leave.
    const pool = definition.isAnyOf
      ? rest
      : rest.filter((entry) => matchesGroup(entry, group, selected[group]))
    const counts = new Map<string, number>()
    for (const entry of pool) {
      for (const value of entry.values[group]) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const options = choices(group, universe, selected).map((choice): FacetOption => {
      const valueKey = choice.key ?? choice.value
      return {
        value: choice.value,
        label: choice.label,
        count: counts.get(valueKey) ?? 0,
        isChecked: selected[group].includes(valueKey),
        isRegionOnly: choice.isRegionOnly,
      }
    })
    return {
      key: group,
      ...definition,
      options: isOrdered(group) ? options : options.sort(byLabel),
    }
  })

  const totalWithout = (group: GroupKey | 'q', value?: string) => {
    if (group === 'q') {
      return prepared.filter((entry) => matches(entry, selected, { isSearchIgnored: true })).length
    }
    const fewer = { ...selected, [group]: selected[group].filter((other) => other !== value) }
    return prepared.filter((entry) => matches(entry, fewer)).length
  }

  return { results, facets, totalWithout }
}

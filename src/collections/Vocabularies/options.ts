/** How long: the collection enforces each limit. */
export const vocabularyLimits = {
  name: 200,
  slug: 100,
  countryCode: 2,
  region: 100,
  description: 500,
  city: 100,
  state: 2,
} as const

/**
 * What kind of place a court is. `groupLabel` heads the group of such courts in the portal's
 * court pickers (intake and outcome forms).
 */
export const courtKinds = [
  { value: 'immigration-court', label: 'Immigration court', groupLabel: 'Immigration courts' },
  { value: 'asylum-office', label: 'Asylum office', groupLabel: 'Asylum offices' },
] as const

/** Which library a topic is offered in. */
export const topicAudiences = [
  { value: 'advocates', label: 'Advocates' },
  { value: 'experts', label: 'Experts' },
  { value: 'both', label: 'Both' },
] as const

export type CourtKindValue = (typeof courtKinds)[number]['value']

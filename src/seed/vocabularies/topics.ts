/**
 * The "Other Topics" filter group. `audience` says which library a topic belongs in: the advocates'
 * tailored case library, the Expert Witness Resource Library, or both (SPEC §7).
 */
export type TopicAudience = 'advocates' | 'experts' | 'both'

export type TopicTerm = {
  slug: string
  name: string
  audience: TopicAudience
}

export const topics = [
  { slug: 'working-with-experts', name: 'Working with Experts', audience: 'advocates' },
  { slug: 'credibility', name: 'Credibility', audience: 'advocates' },
  { slug: 'corroboration', name: 'Corroboration', audience: 'advocates' },
  { slug: 'client-declarations', name: 'Client declarations', audience: 'advocates' },
  {
    slug: 'particular-social-group-formulation',
    name: 'Particular social group formulation',
    audience: 'advocates',
  },
  { slug: 'nexus', name: 'Nexus', audience: 'advocates' },
  {
    slug: 'state-protection',
    name: 'Government unable or unwilling to protect',
    audience: 'advocates',
  },
  { slug: 'internal-relocation', name: 'Internal relocation', audience: 'advocates' },
  { slug: 'one-year-filing-deadline', name: 'One-year filing deadline', audience: 'advocates' },
  { slug: 'bars-to-asylum', name: 'Bars to asylum', audience: 'advocates' },
  { slug: 'humanitarian-asylum', name: 'Humanitarian asylum', audience: 'advocates' },
  { slug: 'unaccompanied-children', name: 'Unaccompanied children', audience: 'advocates' },
  { slug: 'detention', name: 'Detention', audience: 'advocates' },
  {
    slug: 'translation-and-authentication',
    name: 'Translating and authenticating documents',
    audience: 'advocates',
  },
  { slug: 'mental-health-evidence', name: 'Mental health evidence', audience: 'both' },
  {
    slug: 'medical-and-forensic-evaluations',
    name: 'Medical and forensic evaluations',
    audience: 'both',
  },
  {
    slug: 'country-conditions-research',
    name: 'Country conditions research methods',
    audience: 'both',
  },
  { slug: 'trauma-informed-practice', name: 'Trauma-informed practice', audience: 'both' },
  { slug: 'interpretation', name: 'Interpretation and language access', audience: 'both' },
  {
    slug: 'serving-as-an-expert-witness',
    name: 'Serving as an expert witness',
    audience: 'experts',
  },
  { slug: 'writing-expert-declarations', name: 'Writing expert declarations', audience: 'experts' },
  {
    slug: 'testifying-in-immigration-court',
    name: 'Testifying in immigration court',
    audience: 'experts',
  },
  {
    slug: 'collaborating-with-legal-teams',
    name: 'Collaborating with legal teams',
    audience: 'experts',
  },
  { slug: 'fees-and-pro-bono-work', name: 'Fees and pro bono work', audience: 'experts' },
] as const satisfies readonly TopicTerm[]

export type TopicSlug = (typeof topics)[number]['slug']

/** Where a protection claim stands, in the order a case usually moves through them. */
export type ProceduralStageTerm = {
  slug: string
  name: string
  order: number
}

export const proceduralStages = [
  {
    slug: 'credible-or-reasonable-fear',
    name: 'Credible fear or reasonable fear interview',
    order: 1,
  },
  { slug: 'asylum-office', name: 'Asylum office (affirmative)', order: 2 },
  { slug: 'immigration-court', name: 'Immigration court (defensive)', order: 3 },
  { slug: 'board-of-immigration-appeals', name: 'Board of Immigration Appeals (BIA)', order: 4 },
  { slug: 'federal-court', name: 'Federal court (petition for review)', order: 5 },
  { slug: 'motion-to-reopen-or-reconsider', name: 'Motion to reopen or reconsider', order: 6 },
] as const satisfies readonly ProceduralStageTerm[]

export type ProceduralStageSlug = (typeof proceduralStages)[number]['slug']

import type { Payload } from 'payload'

import {
  countries,
  courts,
  demoAdjudicators,
  documentTypes,
  persecutionTypes,
  proceduralStages,
  reliefTypes,
  topics,
} from './vocabularies'

/** How old an item of each type may be before the library marks it "may be outdated" (staff edit it). */
const outdatedAfterMonths: Record<string, number | undefined> = {
  'country-conditions': 24,
  'expert-declaration': 36,
  'practice-advisory': 36,
  'sample-brief': 60,
  filing: 60,
  training: 36,
}

type VocabularySlug =
  | 'countries'
  | 'courts'
  | 'document-types'
  | 'persecution-types'
  | 'procedural-stages'
  | 'relief-types'
  | 'topics'

const lists: { collection: VocabularySlug; items: readonly Record<string, unknown>[] }[] = [
  { collection: 'countries', items: countries },
  { collection: 'persecution-types', items: persecutionTypes },
  {
    collection: 'document-types',
    items: documentTypes.map((d) => ({ ...d, outdatedAfterMonths: outdatedAfterMonths[d.slug] })),
  },
  { collection: 'procedural-stages', items: proceduralStages },
  { collection: 'topics', items: topics },
  { collection: 'relief-types', items: reliefTypes },
  { collection: 'courts', items: courts },
]

/**
 * Fills each empty vocabulary with the reference lists in ./vocabularies. Runs on every start, in
 * production too: the intake form and the library filters need them. Lists staff already edited
 * are left alone. System work, hence overrideAccess: true.
 *
 * `withDemoAdjudicators` (development and the demo only) also fills an empty adjudicators list
 * with the clearly fictional demo judges of ./vocabularies/adjudicators.ts: no citable roster
 * could be reached when this was built, and invented names must never reach production.
 */
export const seedVocabularies = async (
  payload: Payload,
  { withDemoAdjudicators = false }: { withDemoAdjudicators?: boolean } = {},
) => {
  for (const { collection, items } of lists) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) continue
    for (const item of items) {
      await payload.create({ collection, data: item as never, overrideAccess: true, depth: 0 })
    }
    payload.logger.info(`Seeded ${items.length} ${collection}.`)
  }
  if (withDemoAdjudicators) await seedDemoAdjudicators(payload)
}

/** The fictional demo judges, each at its court, when the adjudicators list is empty. */
export const seedDemoAdjudicators = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'adjudicators', overrideAccess: true })
  if (totalDocs > 0) return
  const court = await idsBySlug(payload, 'courts')
  for (const { slug, name, courtSlug } of demoAdjudicators) {
    await payload.create({
      collection: 'adjudicators',
      data: { slug, name, court: court(courtSlug), verified: true },
      overrideAccess: true,
      depth: 0,
    })
  }
  payload.logger.info(`Seeded ${demoAdjudicators.length} demo adjudicators (fictional names).`)
}

/** id of each vocabulary term by slug, for seeds and imports. */
export const idsBySlug = async (payload: Payload, collection: VocabularySlug) => {
  const { docs } = await payload.find({
    collection,
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  const map = new Map(docs.map((doc) => [(doc as { slug: string }).slug, doc.id]))
  return (slug: string): number => {
    const id = map.get(slug)
    if (id === undefined) throw new Error(`No ${collection} term with slug "${slug}"`)
    return id
  }
}

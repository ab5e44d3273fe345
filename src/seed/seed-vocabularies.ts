import type { Payload } from 'payload'

import {
  countries,
  courts,
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
 */
export const seedVocabularies = async (payload: Payload) => {
  for (const { collection, items } of lists) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) continue
    for (const item of items) {
      await payload.create({ collection, data: item as never, overrideAccess: true, depth: 0 })
    }
    payload.logger.info(`Seeded ${items.length} ${collection}.`)
  }
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

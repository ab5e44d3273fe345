import type { FieldHook } from 'payload'

import { slugs } from '@/collections/slugs'
import { idOf } from '@/lib/ids'
import type { Outcome } from '@/payload-types'

import { outcomeResults } from '../options'

const resultLabel = new Map<string, string>(outcomeResults.map((o) => [o.value, o.label]))

/**
 * The staff list's "Result per relief" column ("Asylum: Granted; CAT: Denied"), computed on read
 * from the stored results. Relief names come from one query per request, shared by every row.
 */
export const summarizeResults: FieldHook<Outcome> = async ({ siblingData, req }) => {
  const results = (siblingData?.results ?? []) as NonNullable<Outcome['results']>
  if (results.length === 0) return ''
  const cache = req.context as { reliefNames?: Promise<Map<number, string>> }
  cache.reliefNames ??= req.payload
    .find({
      collection: slugs.reliefTypes,
      depth: 0,
      limit: 100,
      pagination: false,
      select: { name: true },
      // Vocabulary names are public; the row's own access was checked when it was read.
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => new Map(docs.map((doc) => [doc.id, doc.name])))
  const names = await cache.reliefNames
  return results
    .map(({ relief, result }) => {
      const id = idOf(relief)
      return `${(id !== null && names.get(id)) || 'Relief'}: ${resultLabel.get(result) ?? result}`
    })
    .join('; ')
}

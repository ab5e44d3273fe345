import type { Endpoint } from 'payload'

import { readJson, respond } from '@/lib/services/http'

import { mergeEntry, type MergeableVocabulary } from '../services/mergeEntry'

/**
 * POST /api/{courts|adjudicators}/:id/merge { into } → { into, moved }: staff only
 * (services/mergeEntry.ts). The admin panel's "Merge into…" calls it.
 */
export const mergeEntryEndpoint = (collection: MergeableVocabulary): Endpoint => ({
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    const body = req.user ? await readJson(req) : {}
    return respond(
      await mergeEntry({ req, collection, sourceId: req.routeParams?.id, intoId: body.into }),
    )
  },
})

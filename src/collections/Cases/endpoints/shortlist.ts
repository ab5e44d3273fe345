import type { Endpoint } from 'payload'

import { readJson, respond } from '@/lib/services/http'

import { changeShortlist } from '../services/changeShortlist'

/**
 * POST /api/cases/:id/shortlist { expert, action: 'add' | 'remove' } → { status, expertIds }
 * (src/collections/Cases/services/changeShortlist.ts).
 */
export const caseShortlistEndpoint: Endpoint = {
  path: '/:id/shortlist',
  method: 'post',
  handler: async (req) => {
    const body = req.user ? await readJson(req) : {}
    return respond(
      await changeShortlist({
        req,
        caseId: req.routeParams?.id,
        expert: body.expert,
        action: body.action,
      }),
    )
  },
}

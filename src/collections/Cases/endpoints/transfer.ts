import type { Endpoint } from 'payload'

import { readJson, respond } from '@/lib/services/http'

import { transferCase } from '../services/transferCase'

/**
 * POST /api/cases/:id/transfer { email, reason } → { status: 'transferred', ownerId }: staff only
 * (src/collections/Cases/services/transferCase.ts).
 */
export const transferCaseEndpoint: Endpoint = {
  path: '/:id/transfer',
  method: 'post',
  handler: async (req) => {
    const body = req.user ? await readJson(req) : {}
    return respond(
      await transferCase({
        req,
        caseId: req.routeParams?.id,
        email: body.email,
        reason: body.reason,
      }),
    )
  },
}

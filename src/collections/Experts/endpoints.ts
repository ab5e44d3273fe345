import type { Endpoint } from 'payload'

import { readJson, respond } from '@/lib/services/http'

import { reviewExpertProfile } from './services/reviewProfile'
import { submitExpertProfile } from './services/submitProfile'

/**
 * POST /api/experts/:id/submit: the expert sends their profile (its latest draft) for vetting.
 * An incomplete profile is refused with what is missing under `fields`.
 */
export const submitExpertEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    const result = await submitExpertProfile({ req, id: req.routeParams?.id })
    if (!result.ok && result.code === 'incomplete') {
      return Response.json(
        { error: result.code, message: result.message, fields: result.fieldErrors },
        { status: result.status, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    return respond(result)
  },
}

/** POST /api/experts/:id/review { decision, message }: staff decide on a submitted profile. */
export const reviewExpertEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    const body = await readJson(req)
    return respond(
      await reviewExpertProfile({
        req,
        id: req.routeParams?.id,
        decision: body.decision,
        message: body.message,
      }),
    )
  },
}

import type { PayloadRequest } from 'payload'

import type { Case } from '@/payload-types'

import { findCaseAs } from '../services/findCaseAs'

export { problem } from '@/lib/services/http'

/** The request's JSON body as an object; anything else (no body, bad JSON, an array) is `{}`. */
export const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/** The route's case (`:id`) as the caller may see it; see findCaseAs. */
export const findViewableCase = (req: PayloadRequest): Promise<Case | null> =>
  findCaseAs({ req, id: req.routeParams?.id })

import type { Endpoint } from 'payload'

import { problem } from '@/lib/services/http'
import { findCaseAs } from '../services/findCaseAs'
import { caseForLibrarySelect, caseLibrary, type CaseForLibrary } from '@/library/service'

/**
 * GET /api/cases/:id/library?country=&persecution=&type=&stage=&topic=&from=&to=&q=&sort=&page=
 * → { items, facets, total, page, pageSize, caseNumberSearch }. Owner, shared users and staff.
 */
export const caseLibraryEndpoint: Endpoint = {
  path: '/:id/library',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to open the library.')
    // Only the fields the matching rules read: the full case is most of a request's work otherwise.
    const theCase = (await findCaseAs({
      req,
      id: req.routeParams?.id,
      select: caseForLibrarySelect,
    })) as CaseForLibrary | null
    if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const result = await caseLibrary(req, theCase, params)
    return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}

import type { Endpoint } from 'payload'

import { caseForLibrarySelect, caseLibrary, type CaseForLibrary } from '@/library/service'

import { problem } from './shared'

/**
 * The case as the viewer may see it (owner, shared user or staff; anything else is the same 404),
 * with only the fields the matching rules read: the full case with its relations is most of a
 * library request's work otherwise.
 */
const findViewableCaseForLibrary = async (
  req: Parameters<Endpoint['handler']>[0],
): Promise<CaseForLibrary | null> => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return null
  try {
    return await req.payload.findByID({
      collection: 'cases',
      id,
      depth: 0,
      select: caseForLibrarySelect,
      user: req.user,
      overrideAccess: false,
      req,
    })
  } catch {
    return null
  }
}

/**
 * GET /api/cases/:id/library?country=&persecution=&type=&stage=&topic=&from=&to=&q=&sort=&page=
 * → { items, facets, total, page, pageSize, caseNumberSearch }. Owner, shared users and staff.
 */
export const caseLibraryEndpoint: Endpoint = {
  path: '/:id/library',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to open the library.')
    const theCase = await findViewableCaseForLibrary(req)
    if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const result = await caseLibrary(req, theCase, params)
    return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}

import type { Endpoint } from 'payload'

import { problem } from '@/lib/services/http'
import { isInLibrary, loadLibraryResource, toLibraryCase } from '@/library/service'
import { downloadLibraryFile } from '@/lib/private-files'
import type { ResourceFile } from '@/payload-types'

import { findCaseAs } from '../services/findCaseAs'

/**
 * GET /api/cases/:id/resources/:resourceId/download: the library's file download. The viewer must
 * be able to use the case (owner, shared user, staff), the resource must be in that case's library,
 * and every download is logged. Anything else is the same 404, which says nothing about why.
 */
export const downloadResourceEndpoint: Endpoint = {
  path: '/:id/resources/:resourceId/download',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to download library files.')
    const theCase = await findCaseAs({ req, id: req.routeParams?.id })
    if (!theCase) return problem(404, 'not-found', 'File not found.')
    const loaded = await loadLibraryResource(req, String(req.routeParams?.resourceId ?? ''))
    const file = loaded?.resource.file as ResourceFile | null | undefined
    if (!loaded || !file?.filename || !isInLibrary(loaded.forRules, toLibraryCase(theCase))) {
      return problem(404, 'not-found', 'File not found.')
    }
    return downloadLibraryFile(req, file, { caseId: theCase.id, resourceId: loaded.resource.id })
  },
}

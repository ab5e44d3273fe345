import type { Endpoint } from 'payload'

import { isExpertOrStaff } from '@/access/isExpertOrStaff'
import { expertLibrary, isInExpertLibrary } from '@/library/service'
import { downloadLibraryFile } from '@/lib/private-files'
import type { ResourceFile } from '@/payload-types'

const problem = (status: number, code: string, message: string) =>
  Response.json({ error: code, message }, { status, headers: { 'Cache-Control': 'no-store' } })

/** GET /api/expert-library?…same filters as a case library… → { items, facets, total, page }. */
export const expertLibraryEndpoint: Endpoint = {
  path: '/expert-library',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return problem(401, 'not-signed-in', 'Log in to open the Expert Witness Resource Library.')
    if (!isExpertOrStaff({ req })) {
      return problem(
        403,
        'experts-only',
        'This library is for expert witnesses. Advocates: use the "Working with Experts" topic in a case library.',
      )
    }
    const result = await expertLibrary(req, new URL(req.url ?? 'http://localhost').searchParams)
    return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}

/** GET /api/expert-library/resources/:resourceId/download: published expert-audience files, logged. */
export const expertLibraryDownloadEndpoint: Endpoint = {
  path: '/expert-library/resources/:resourceId/download',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to download library files.')
    if (!isExpertOrStaff({ req })) return problem(404, 'not-found', 'File not found.')
    let resource
    try {
      resource = await req.payload.findByID({
        collection: 'resources',
        id: String(req.routeParams?.resourceId ?? ''),
        depth: 1,
        draft: false,
        // The role check above decides; the resource must also be published and expert-facing.
        overrideAccess: true,
        req,
      })
    } catch {
      return problem(404, 'not-found', 'File not found.')
    }
    const file = resource.file as ResourceFile | null | undefined
    if (
      !isInExpertLibrary({
        isPublished: resource._status === 'published',
        audience: resource.audience,
      }) ||
      !file
    ) {
      return problem(404, 'not-found', 'File not found.')
    }
    return downloadLibraryFile(req, file, {
      resourceId: resource.id,
      details: { library: 'experts' },
    })
  },
}

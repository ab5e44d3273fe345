import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Endpoint } from 'payload'

import { isInLibrary } from '@/library/rules'
import { loadLibraryResource, toLibraryCase } from '@/library/load'
import { recordAccessEvent } from '@/lib/audit'
import type { ResourceFile } from '@/payload-types'

import { findViewableCase, problem } from './shared'

/** Headers for every private file we serve: download only, never rendered or cached. */
export const privateFileHeaders = (filename: string, mimeType: string) => ({
  'Content-Type': mimeType || 'application/octet-stream',
  'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]+/g, '_')}"`,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
  'Content-Security-Policy': "sandbox; default-src 'none'",
})

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
    const theCase = await findViewableCase(req)
    if (!theCase) return problem(404, 'not-found', 'File not found.')
    const loaded = await loadLibraryResource(req, String(req.routeParams?.resourceId ?? ''))
    const file = loaded?.resource.file as ResourceFile | null | undefined
    if (!loaded || !file?.filename || !isInLibrary(loaded.forRules, toLibraryCase(theCase))) {
      return problem(404, 'not-found', 'File not found.')
    }
    const staticDir = req.payload.collections['resource-files'].config.upload.staticDir as string
    const filePath = path.join(staticDir, path.basename(file.filename))
    let size: number
    try {
      size = (await stat(filePath)).size
    } catch {
      req.payload.logger.error({
        msg: 'Library file missing on disk',
        resource: loaded.resource.id,
      })
      return problem(404, 'not-found', 'File not found.')
    }
    await recordAccessEvent({
      req,
      action: 'download',
      caseId: theCase.id,
      resourceId: loaded.resource.id,
    })
    const downloadName = (file as { originalName?: string | null }).originalName || file.filename
    return new Response(Readable.toWeb(createReadStream(filePath)) as ReadableStream, {
      status: 200,
      headers: {
        ...privateFileHeaders(downloadName, file.mimeType ?? ''),
        'Content-Length': String(size),
      },
    })
  },
}

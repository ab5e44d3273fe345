import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import type { ResourceFile } from '@/payload-types'

import type { AuditArgs } from './audit'
import { recordAccessEvent } from './audit'
import { problem } from './services/http'
import { privateFileResponseHeaders } from './uploads/headers'

/** The private-file headers of Payload's file route, plus this download's name, type and size. */
const downloadHeaders = ({
  filename,
  mimeType,
  size,
}: {
  filename: string
  mimeType: string
  size: number
}) => {
  const headers = privateFileResponseHeaders({ headers: new Headers() } as never) as Headers
  headers.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]+/g, '_')}"`)
  headers.set('Content-Type', mimeType || 'application/octet-stream')
  headers.set('Content-Length', String(size))
  return headers
}

/**
 * Streams a resource file as a private attachment, after the caller has checked access. Reads go
 * through the collection's storage folder only (the stored name is random and has no path).
 * Returns null when the file is missing on disk.
 */
export const streamResourceFile = async (
  req: PayloadRequest,
  file: ResourceFile,
): Promise<Response | null> => {
  if (!file.filename) return null
  const staticDir = req.payload.collections['resource-files'].config.upload.staticDir as string
  const filePath = path.join(staticDir, path.basename(file.filename))
  let size: number
  try {
    size = (await stat(filePath)).size
  } catch {
    req.payload.logger.error({ msg: 'Resource file missing on disk', file: file.id })
    return null
  }
  const downloadName = file.originalName || file.filename
  return new Response(Readable.toWeb(createReadStream(filePath)) as ReadableStream, {
    status: 200,
    headers: downloadHeaders({ filename: downloadName, mimeType: file.mimeType ?? '', size }),
  })
}

/**
 * A library download, after the caller has checked access: the file streamed and the download
 * logged, or a 404 when the file is gone from disk (nothing logged).
 */
export const downloadLibraryFile = async (
  req: PayloadRequest,
  file: ResourceFile,
  event: Omit<AuditArgs, 'req' | 'action'>,
): Promise<Response> => {
  const downloaded = await streamResourceFile(req, file)
  if (!downloaded) return problem(404, 'not-found', 'File not found.')
  await recordAccessEvent({ req, action: 'download', ...event })
  return downloaded
}

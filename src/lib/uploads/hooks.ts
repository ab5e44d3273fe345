import { randomUUID } from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { inspectUpload } from './inspect'
import { sanitizeOriginalName } from './originalName'
import type { UploadPolicy } from './policies'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Runs before Payload generates file data or writes anything: checks the file against the
 * collection's policy (413 when too large, 400 for a refused type, extension or pixel count), then
 * swaps the uploader's file name for a random one so it never reaches the disk or a URL. The
 * uploaded name is kept in `originalName`.
 */
export const enforceUploadPolicy =
  (policy: UploadPolicy): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const data: Record<string, unknown> = isRecord(args.data) ? { ...args.data } : {}
    const file = req.file

    if (!file) {
      // `pasteURL: false` only closes the paste-url endpoint: a create that sends JSON with
      // `filename` and `url` still has Payload fetch the URL server-side. Files are uploaded here.
      const sent = isRecord(req.data) ? req.data : data
      if (operation === 'create' && typeof sent.url === 'string') {
        throw new ValidationError({
          errors: [
            { path: 'file', message: 'Upload the file itself; files are not fetched from a URL.' },
          ],
        })
      }
      // The original name comes from an uploaded file only; callers cannot set or change it.
      if (!overrideAccess) delete data.originalName
      return { ...args, data }
    }

    const accepted = await inspectUpload({ file, policy })
    const storedName = `${randomUUID()}.${accepted.extensions[0]}`
    req.file = { ...file, name: storedName, mimetype: accepted.mime }
    return { ...args, data: { ...data, originalName: sanitizeOriginalName(file.name) } }
  }

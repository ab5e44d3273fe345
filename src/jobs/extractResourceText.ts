import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { TaskConfig } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'

import { resourceLimits } from '@/collections/Resources/options'
import type { ResourceFile } from '@/payload-types'

/**
 * drizzle-kit (loaded for schema push in development and tests) adds an enumerable
 * `Array.prototype.random`, which pdf.js refuses to run beside. Make it non-enumerable.
 */
const repairArrayPrototype = () => {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (descriptor?.enumerable) {
    Object.defineProperty(Array.prototype, 'random', { ...descriptor, enumerable: false })
  }
}

/**
 * Extracts the words of a resource's PDF so the library's full-text search finds them. Runs as a
 * queued job after staff attach or replace a file, never inside their save.
 */
export const extractResourceTextTask: TaskConfig<{
  input: { resourceId: number }
  output: { characters: number }
}> = {
  slug: 'extractResourceText',
  label: 'Extract searchable text from a resource PDF',
  retries: 2,
  inputSchema: [{ name: 'resourceId', type: 'number', required: true }],
  outputSchema: [{ name: 'characters', type: 'number' }],
  handler: async ({ input, req }) => {
    const resource = await req.payload.findByID({
      collection: 'resources',
      id: input.resourceId,
      depth: 1,
      select: { file: true },
      overrideAccess: true, // system job
      req,
    })
    const file = resource.file as ResourceFile | null | undefined
    let text = ''
    if (file?.filename && file.mimeType === 'application/pdf') {
      const staticDir = req.payload.collections['resource-files'].config.upload.staticDir as string
      const data = await readFile(path.join(staticDir, path.basename(file.filename)))
      repairArrayPrototype()
      const pdf = await getDocumentProxy(new Uint8Array(data))
      text = ((await extractText(pdf, { mergePages: true })).text as string)
        .replace(/\s+/g, ' ')
        .trim()
    }
    await req.payload.update({
      collection: 'resources',
      id: input.resourceId,
      // Search indexes the start of a very long document; the file itself is kept whole.
      data: { extractedText: text.slice(0, resourceLimits.extractedText) },
      context: { isTextExtraction: true },
      overrideAccess: true, // system job writing a staff-only field
      req,
    })
    return { output: { characters: text.length } }
  },
}

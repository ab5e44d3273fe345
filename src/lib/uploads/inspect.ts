import { open, stat } from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, ValidationError } from 'payload'
import sharp from 'sharp'

import { allowedTypesSentence, type AllowedFileType, type UploadPolicy } from './policies'

/** The parts of Payload's `req.file` the checks read. */
export type IncomingFile = {
  data?: Buffer
  mimetype?: string
  name: string
  size?: number
  tempFilePath?: string
  truncated?: boolean
}

/**
 * Declared types that are never accepted, whatever the bytes: a browser or proxy that honours the
 * declared type would run them as a page or script.
 */
const refusedDeclaredTypes = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'text/javascript',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
])

const MB = 1024 * 1024
const formatMegabytes = (bytes: number, digits = 0) => `${(bytes / MB).toFixed(digits)} MB`

/** Where `req.file` keeps its bytes: in memory, or (with `useTempFiles`) in a temp file. */
const isOnDisk = (file: IncomingFile): file is IncomingFile & { tempFilePath: string } =>
  Boolean(file.tempFilePath) && !file.data?.length

/** The real size, from the bytes; the size a caller declares is not trusted. */
export const actualSize = async (file: IncomingFile): Promise<number> =>
  isOnDisk(file) ? (await stat(file.tempFilePath)).size : (file.data?.length ?? 0)

const leadingBytes = async (file: IncomingFile, length: number): Promise<Buffer> => {
  if (!isOnDisk(file)) return (file.data ?? Buffer.alloc(0)).subarray(0, length)
  const handle = await open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** HTML, XML, SVG and scripts start with markup or a shebang once any BOM and whitespace go. */
export const looksLikeMarkupOrScript = (head: Buffer): boolean => {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  return text.startsWith('<') || text.startsWith('#!')
}

export const extensionOf = (filename: string): string => {
  const base = filename.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

// Declarations, not arrow constants, so TypeScript narrows after a call that never returns.
function refuse(message: string): never {
  throw new ValidationError({ errors: [{ path: 'file', message }] })
}

function tooLarge(size: number, limit: number, what: string): never {
  throw new APIError(
    `This file (${formatMegabytes(size, 1)}) is over the ${formatMegabytes(limit)} limit for ${what}.`,
    413,
  )
}

/**
 * The checks every upload passes before Payload stores anything: size, then the type the bytes
 * really are against the collection's allow-list and the file's extension, then (images) the pixel
 * count. Returns the accepted type; throws a 413 APIError or a 400 ValidationError otherwise.
 */
export const inspectUpload = async ({
  file,
  policy,
}: {
  file: IncomingFile
  policy: UploadPolicy
}): Promise<AllowedFileType> => {
  const allowed = allowedTypesSentence(policy)
  const size = await actualSize(file)
  const largestAllowed = Math.max(...policy.types.map((type) => type.maxBytes))
  if (file.truncated || size > largestAllowed) tooLarge(size, largestAllowed, 'uploads here')
  if (size === 0) refuse(`The file is empty. ${allowed}`)

  const declared = (file.mimetype ?? '').split(';')[0].trim().toLowerCase()
  const head = await leadingBytes(file, 512)
  if (refusedDeclaredTypes.has(declared) || looksLikeMarkupOrScript(head)) {
    refuse(`HTML, XML, SVG and script files are never accepted. ${allowed}`)
  }

  const detected = isOnDisk(file)
    ? await fileTypeFromFile(file.tempFilePath)
    : await fileTypeFromBuffer(file.data ?? Buffer.alloc(0))
  if (!detected) refuse(`The file's contents are not a type this library accepts. ${allowed}`)
  const accepted = policy.types.find((candidate) => candidate.mime === detected.mime)
  if (!accepted)
    refuse(`The file's contents are ${detected.mime}, which is not accepted here. ${allowed}`)

  const extension = extensionOf(file.name)
  if (!accepted.extensions.includes(extension)) {
    refuse(
      `The file's contents are a ${accepted.label} but its name ends in "${extension ? `.${extension}` : '(no extension)'}". ` +
        `Name it with .${accepted.extensions.join(' or .')}. ${allowed}`,
    )
  }
  if (size > accepted.maxBytes) tooLarge(size, accepted.maxBytes, `a ${accepted.label}`)

  if (policy.maxPixels !== undefined && accepted.mime.startsWith('image/')) {
    await assertPixelLimit({ file, maxPixels: policy.maxPixels })
  }
  return accepted
}

/** Reads only the image header, so an oversized image is refused before anything decodes it. */
const assertPixelLimit = async ({ file, maxPixels }: { file: IncomingFile; maxPixels: number }) => {
  let width: number | undefined
  let height: number | undefined
  let frames = 1
  try {
    const metadata = await sharp(isOnDisk(file) ? file.tempFilePath : file.data).metadata()
    width = metadata.width
    height = metadata.pageHeight ?? metadata.height
    frames = metadata.pages ?? 1
  } catch {
    refuse('The image could not be read. It may be damaged; export it again and retry.')
  }
  if (!width || !height) refuse('The image has no readable dimensions.')
  const pixels = width * height * frames
  if (pixels > maxPixels) {
    const megapixels = (count: number) => Math.round(count / 1_000_000)
    refuse(
      `This image is ${width} × ${height} pixels${frames > 1 ? ` × ${frames} frames` : ''} ` +
        `(${megapixels(pixels)} megapixels); the limit is ${megapixels(maxPixels)} megapixels. ` +
        'Make it smaller and upload it again.',
    )
  }
}

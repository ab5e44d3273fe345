import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { crc32 } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inspectUpload } from '@/lib/uploads/inspect'
import { maxUploadBytes, uploadParserOptions } from '@/lib/uploads/limits'
import { sanitizeOriginalName } from '@/lib/uploads/originalName'
import { type UploadPolicy, uploadPolicies } from '@/lib/uploads/policies'

/** A zip archive with stored (uncompressed) entries: enough for file-type to look inside. */
const zip = (entries: Record<string, string>) => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name)
    const data = Buffer.from(content)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const officeDocument = (mainContentType: string) =>
  zip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Override PartName="/word/document.xml" ContentType="${mainContentType}"/></Types>`,
    'word/document.xml': '<w:document/>',
  })

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n',
)

/** An ISO base media file header with the generic `isom` brand, as most MP4 encoders write. */
const mp4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2'),
  Buffer.alloc(64),
])

const inMemory = (data: Buffer, name: string, mimetype = 'application/octet-stream') => ({
  data,
  name,
  mimetype,
  size: data.length,
})

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 0, detail: 'accepted' }),
    (error: { status: number; data?: { errors?: { message: string }[] }; message: string }) => ({
      status: error.status,
      detail: error.data?.errors?.[0]?.message ?? error.message,
    }),
  )

describe('inspectUpload', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ta-uploads-unit-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** A file as Payload hands it over with `useTempFiles`: empty buffer, bytes on disk. */
  const spooled = async (data: Buffer, name: string) => {
    const tempFilePath = path.join(dir, `tmp-${Math.random().toString(36).slice(2)}`)
    await writeFile(tempFilePath, data)
    return { data: Buffer.alloc(0), name, mimetype: 'application/pdf', size: 0, tempFilePath }
  }

  it('should recognise a Word document by its contents', async () => {
    const accepted = await inspectUpload({
      file: inMemory(
        officeDocument(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        ),
        'Brief.docx',
      ),
      policy: uploadPolicies.resourceFiles,
    })
    expect(accepted.mime).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
  })

  it('should refuse a macro-enabled Word document renamed .docx', async () => {
    const result = await failure(
      inspectUpload({
        file: inMemory(
          officeDocument('application/vnd.ms-word.document.macroEnabled.main+xml'),
          'Brief.docx',
        ),
        policy: uploadPolicies.resourceFiles,
      }),
    )
    expect(result).toEqual({
      status: 400,
      detail:
        "The file's contents are application/vnd.ms-word.document.macroenabled.12, which is not accepted here. " +
        'Allowed: PDF, Word document (.docx), MP4 video.',
    })
  })

  it('should recognise an MP4 video by its contents', async () => {
    const accepted = await inspectUpload({
      file: inMemory(mp4, 'webinar.mp4'),
      policy: uploadPolicies.resourceFiles,
    })
    expect(accepted.mime).toBe('video/mp4')
  })

  it('should refuse a PDF declared as HTML', async () => {
    const result = await failure(
      inspectUpload({
        file: inMemory(pdf, 'decision.pdf', 'text/html'),
        policy: uploadPolicies.decisionDocuments,
      }),
    )
    expect(result.status).toBe(400)
    expect(result.detail).toContain('HTML, XML, SVG and script files are never accepted')
  })

  it('should refuse a script with a shebang renamed .pdf', async () => {
    const result = await failure(
      inspectUpload({
        file: inMemory(Buffer.from('#!/bin/sh\nrm -rf /\n'), 'run.pdf', 'application/pdf'),
        policy: uploadPolicies.decisionDocuments,
      }),
    )
    expect(result.status).toBe(400)
  })

  it('should accept a PDF that Payload spooled to a temp file', async () => {
    const accepted = await inspectUpload({
      file: await spooled(pdf, 'decision.pdf'),
      policy: uploadPolicies.decisionDocuments,
    })
    expect(accepted.mime).toBe('application/pdf')
  })

  it('should refuse markup that Payload spooled to a temp file', async () => {
    const result = await failure(
      inspectUpload({
        file: await spooled(Buffer.from('\uFEFF  <html><body>hi</body></html>'), 'decision.pdf'),
        policy: uploadPolicies.decisionDocuments,
      }),
    )
    expect(result.status).toBe(400)
  })

  it('should measure the real size of a spooled file, not the declared one', async () => {
    const tiny: UploadPolicy = {
      types: [{ mime: 'application/pdf', extensions: ['pdf'], label: 'PDF', maxBytes: 32 }],
    }
    const result = await failure(
      inspectUpload({ file: await spooled(pdf, 'decision.pdf'), policy: tiny }),
    )
    expect(result.status).toBe(413)
  })

  it('should answer 413 for a file the parser marked as truncated', async () => {
    const result = await failure(
      inspectUpload({
        file: { ...inMemory(pdf, 'decision.pdf'), truncated: true },
        policy: uploadPolicies.decisionDocuments,
      }),
    )
    expect(result.status).toBe(413)
  })
})

describe('sanitizeOriginalName', () => {
  it('should drop folders and invisible or direction-changing characters', () => {
    expect(sanitizeOriginalName('C:\\Users\\me\\Decision\u202Efdp.exe\u0000 .pdf')).toBe(
      'Decisionfdp.exe .pdf',
    )
  })

  it('should cap the name at 255 characters', () => {
    expect(sanitizeOriginalName(`${'a'.repeat(300)}.pdf`)).toHaveLength(255)
  })
})

describe('upload limits', () => {
  it('should let the multipart parser accept the largest file any collection accepts, and no more', () => {
    const largest = Math.max(
      ...Object.values(uploadPolicies).flatMap((policy) =>
        policy.types.map((type) => type.maxBytes),
      ),
    )
    expect(uploadParserOptions.limits?.fileSize).toBe(largest)
    expect(maxUploadBytes).toBe(largest)
    expect(uploadParserOptions.abortOnLimit).toBe(true)
  })
})

import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadLimits } from '@/lib/uploads/limits'

import { getTestPayload, loginToken, rest } from '../helpers/payload'

const password = 'a long enough passphrase'
const uuidName = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z0-9]+$/

type UploadSlug = 'media' | 'resource-files' | 'decision-documents'

const post = REST_POST(config)

/** Every upload this file stores, so cleanup removes them (and their files) and nothing else. */
const created: { slug: UploadSlug; id: number }[] = []

/**
 * POST /api/<slug> as multipart form data, the way the admin panel uploads: the file plus the
 * document's other fields as JSON in `_payload`.
 */
const restMultipart = async ({
  slug,
  token,
  file,
  data = {},
}: {
  slug: UploadSlug
  token?: string
  file: { bytes: Buffer; name: string; type: string }
  data?: Record<string, unknown>
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const request = new Request(new URL(`/api/${slug}`, 'http://localhost:3000'), {
    method: 'POST',
    headers: token ? { Authorization: `JWT ${token}` } : {},
    body: form,
  })
  const response = await post(request, { params: Promise.resolve({ slug: [slug] }) })
  const text = await response.text()
  const json = text ? JSON.parse(text) : null
  if (response.status === 201) created.push({ slug, id: json.doc.id })
  return { status: response.status, text, json }
}

/** A small, structurally valid PDF (header, xref, trailer, EOF marker). */
const pdfBytes = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${label}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n` +
      'xref\n0 2\n0000000000 65535 f \n0000000020 00000 n \n' +
      'trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n60\n%%EOF\n',
    'latin1',
  )

const pngBytes = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

describe('uploads: types, names, sizes and who may download', () => {
  let payload: Payload
  let staffToken: string
  let ownerToken: string
  let sharedToken: string
  let otherAdvocateToken: string
  let expertToken: string
  let caseId: number
  const userIds: number[] = []
  let caseCountry: number

  const staticDir = (slug: UploadSlug) =>
    payload.collections[slug].config.upload.staticDir as string

  const filesOnDisk = async (slug: UploadSlug) =>
    (await readdir(staticDir(slug)).catch(() => [])).sort()

  const countStored = async (slug: UploadSlug) =>
    (await payload.count({ collection: slug, overrideAccess: true })).totalDocs

  /** Rows and files in the collection, to compare before and after a refused upload. */
  const snapshot = async (slug: UploadSlug) => ({
    rows: await countStored(slug),
    files: await filesOnDisk(slug),
  })

  const makeUser = async (email: string, role: 'staff' | 'advocate' | 'expert', orgId: number) => {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email, password, name: email, role, _verified: true, organization: orgId },
    })
    userIds.push(user.id)
    return loginToken(email, password)
  }

  const staffUploadsResourceFile = async (label: string) => {
    const res = await restMultipart({
      slug: 'resource-files',
      token: staffToken,
      file: { bytes: pdfBytes(label), name: `${label}.pdf`, type: 'application/pdf' },
    })
    expect(res.status).toBe(201)
    return res.json.doc as { id: number; filename: string }
  }

  const ownerUploadsDecision = async (label: string) => {
    const res = await restMultipart({
      slug: 'decision-documents',
      token: ownerToken,
      file: { bytes: pdfBytes(label), name: `${label}.pdf`, type: 'application/pdf' },
      data: { case: caseId },
    })
    expect(res.status).toBe(201)
    return res.json.doc as { id: number; filename: string }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    const org = await payload.create({
      collection: 'organizations',
      overrideAccess: true,
      data: { name: 'Upload Test Legal Aid', kind: 'nonprofit' },
    })
    staffToken = await makeUser('up-staff@test.example', 'staff', org.id)
    ownerToken = await makeUser('up-owner@test.example', 'advocate', org.id)
    sharedToken = await makeUser('up-shared@test.example', 'advocate', org.id)
    otherAdvocateToken = await makeUser('up-other@test.example', 'advocate', org.id)
    expertToken = await makeUser('up-expert@test.example', 'expert', org.id)
    const [ownerId, sharedId] = userIds.slice(1, 3)
    const { docs: countries } = await payload.find({
      collection: 'countries',
      overrideAccess: true,
      limit: 1,
      depth: 0,
    })
    caseCountry = countries[0].id
    const theCase = await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        owner: ownerId,
        country: caseCountry,
        shares: [{ user: sharedId, sharedAt: new Date().toISOString(), attestation: true }],
      },
    })
    caseId = theCase.id
  })

  afterAll(async () => {
    // Deleting through Payload removes the stored files too.
    for (const slug of ['decision-documents', 'resource-files', 'media'] as const) {
      await payload.delete({
        collection: slug,
        where: { id: { exists: true } },
        overrideAccess: true,
      })
    }
    await payload.delete({ collection: 'cases', id: caseId, overrideAccess: true })
    await payload.delete({
      collection: 'users',
      where: { id: { in: userIds } },
      overrideAccess: true,
    })
  })

  it('should store a staff-uploaded PDF under a random name and keep the original name', async () => {
    const bytes = pdfBytes('asylum office decision')
    const res = await restMultipart({
      slug: 'resource-files',
      token: staffToken,
      file: { bytes, name: '../Decision for Maria L\u202Egpj.pdf', type: 'application/pdf' },
    })
    expect(res.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'resource-files',
      id: res.json.doc.id,
      overrideAccess: true,
    })
    expect(stored.filename).toMatch(uuidName)
    expect(stored.filename?.endsWith('.pdf')).toBe(true)
    expect(stored.url).not.toContain('Maria')
    expect(stored.mimeType).toBe('application/pdf')
    expect(stored.originalName).toBe('Decision for Maria Lgpj.pdf')
    expect(
      await readFile(path.join(staticDir('resource-files'), stored.filename as string)),
    ).toEqual(bytes)
    expect((await filesOnDisk('resource-files')).some((name) => name.includes('Maria'))).toBe(false)
  })

  it('should store images and their resized copies under random names', async () => {
    const res = await restMultipart({
      slug: 'media',
      token: staffToken,
      file: { bytes: await pngBytes(1200, 900), name: 'Team photo.png', type: 'image/png' },
      data: { alt: 'The team' },
    })
    expect(res.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'media',
      id: res.json.doc.id,
      overrideAccess: true,
    })
    const base = (stored.filename as string).replace(/\.png$/, '')
    expect(stored.filename).toMatch(uuidName)
    expect(stored.sizes?.thumbnail?.filename).toBe(`${base}-400x300.png`)
    expect(await filesOnDisk('media')).toEqual(
      expect.arrayContaining([stored.filename, stored.sizes?.thumbnail?.filename]),
    )
    expect((await filesOnDisk('media')).some((name) => name.includes('Team'))).toBe(false)
  })

  it('should rename files created through the Local API too', async () => {
    const doc = await payload.create({
      collection: 'resource-files',
      overrideAccess: true,
      data: {},
      file: {
        data: pdfBytes('seeded'),
        name: 'Seeded Report.pdf',
        mimetype: 'application/pdf',
        size: 0,
      },
    })
    created.push({ slug: 'resource-files', id: doc.id })
    expect(doc.filename).toMatch(uuidName)
    expect(doc.originalName).toBe('Seeded Report.pdf')
  })

  it('should refuse an HTML file renamed .pdf and store nothing', async () => {
    const before = await snapshot('resource-files')
    const res = await restMultipart({
      slug: 'resource-files',
      token: staffToken,
      file: {
        bytes: Buffer.from('<!doctype html><script>fetch("/api/users")</script>'),
        name: 'decision.pdf',
        type: 'application/pdf',
      },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Allowed: PDF, Word document (.docx), MP4 video.')
    expect(await snapshot('resource-files')).toEqual(before)
  })

  it('should refuse an SVG renamed .png in media and store nothing', async () => {
    const before = await snapshot('media')
    const res = await restMultipart({
      slug: 'media',
      token: staffToken,
      file: {
        bytes: Buffer.from(
          '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        ),
        name: 'logo.png',
        type: 'image/png',
      },
      data: { alt: 'Logo' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('HTML, XML, SVG and script files are never accepted')
    expect(await snapshot('media')).toEqual(before)
  })

  it('should refuse a Windows program renamed .pdf', async () => {
    const before = await snapshot('resource-files')
    const res = await restMultipart({
      slug: 'resource-files',
      token: staffToken,
      file: {
        bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]),
        name: 'form.pdf',
        type: 'application/pdf',
      },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('which is not accepted here')
    expect(await snapshot('resource-files')).toEqual(before)
  })

  it('should refuse a real PDF whose name claims another type', async () => {
    const before = await snapshot('resource-files')
    const res = await restMultipart({
      slug: 'resource-files',
      token: staffToken,
      file: { bytes: pdfBytes('misnamed'), name: 'brief.docx', type: 'application/pdf' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Name it with .pdf')
    expect(await snapshot('resource-files')).toEqual(before)
  })

  it('should answer 413 for an image over the size limit and store nothing', async () => {
    const before = await snapshot('media')
    const padded = Buffer.concat([await pngBytes(10, 10), Buffer.alloc(uploadLimits.imageBytes)])
    const res = await restMultipart({
      slug: 'media',
      token: staffToken,
      file: { bytes: padded, name: 'huge.png', type: 'image/png' },
      data: { alt: 'Too big' },
    })
    expect(res.status).toBe(413)
    expect(res.text).toContain('is over the 10 MB limit for uploads here')
    expect(await snapshot('media')).toEqual(before)
  })

  it('should refuse an image over the pixel limit and store nothing', async () => {
    const before = await snapshot('media')
    const res = await restMultipart({
      slug: 'media',
      token: staffToken,
      file: { bytes: await pngBytes(10_000, 10_000), name: 'bomb.png', type: 'image/png' },
      data: { alt: 'Bomb' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('10000 × 10000 pixels (100 megapixels); the limit is 40 megapixels')
    expect(await snapshot('media')).toEqual(before)
  })

  it('should refuse to fetch a file from a URL and store nothing', async () => {
    const before = await snapshot('resource-files')
    const res = await rest('POST', '/resource-files', {
      token: staffToken,
      body: { filename: 'remote.pdf', url: 'http://127.0.0.1:9/remote.pdf' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('files are not fetched from a URL')
    expect(await snapshot('resource-files')).toEqual(before)
  })

  it('should not let a caller overwrite the original name without uploading a file', async () => {
    const doc = await staffUploadsResourceFile('kept name')
    const res = await rest('PATCH', `/resource-files/${doc.id}`, {
      token: staffToken,
      body: { originalName: 'forged.pdf', description: 'Updated' },
    })
    expect(res.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'resource-files',
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.description).toBe('Updated')
    expect(stored.originalName).toBe('kept name.pdf')
  })

  it('should refuse resource file downloads to advocates, experts and guests', async () => {
    const doc = await staffUploadsResourceFile('staff only')
    const fileUrl = `/resource-files/file/${doc.filename}`
    const statuses = [
      (await rest('GET', fileUrl, { token: ownerToken })).status,
      (await rest('GET', fileUrl, { token: expertToken })).status,
      (await rest('GET', fileUrl)).status,
    ]
    expect(statuses).toEqual([403, 403, 403])
  })

  it('should serve resource files to staff as a private, sandboxed download', async () => {
    const doc = await staffUploadsResourceFile('staff download')
    const res = await rest('GET', `/resource-files/file/${doc.filename}`, { token: staffToken })
    expect(res.status).toBe(200)
    expect(res.text).toContain('% staff download')
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
  })

  it('should serve a decision document to the case owner and a shared user', async () => {
    const doc = await ownerUploadsDecision('owner decision')
    const fileUrl = `/decision-documents/file/${doc.filename}`
    const forOwner = await rest('GET', fileUrl, { token: ownerToken })
    const forShared = await rest('GET', fileUrl, { token: sharedToken })
    expect([forOwner.status, forShared.status]).toEqual([200, 200])
    expect(forShared.text).toContain('% owner decision')
    expect(forShared.headers.get('content-disposition')).toBe('attachment')
    expect(forShared.headers.get('cache-control')).toBe('private, no-store')
  })

  it('should refuse a decision document to another advocate, an expert and a guest', async () => {
    const doc = await ownerUploadsDecision('not yours')
    const fileUrl = `/decision-documents/file/${doc.filename}`
    const statuses = [
      (await rest('GET', fileUrl, { token: otherAdvocateToken })).status,
      (await rest('GET', fileUrl, { token: expertToken })).status,
      (await rest('GET', fileUrl)).status,
    ]
    expect(statuses).toEqual([403, 403, 403])
  })

  it('should serve public images with nosniff', async () => {
    const res = await restMultipart({
      slug: 'media',
      token: staffToken,
      file: { bytes: await pngBytes(20, 20), name: 'dot.png', type: 'image/png' },
      data: { alt: 'Dot' },
    })
    const served = await rest('GET', `/media/file/${res.json.doc.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('should take a submitter’s file privately, recording the uploader from the session', async () => {
    const res = await restMultipart({
      slug: 'resource-files',
      token: otherAdvocateToken,
      file: { bytes: pdfBytes('submitted brief'), name: 'brief.pdf', type: 'application/pdf' },
      // A forged uploader is ignored.
      data: { description: 'Submitted brief', uploadedBy: userIds[0] },
    })
    expect(res.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'resource-files',
      id: res.json.doc.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.uploadedBy).toBe(userIds[3])
    // The uploader cannot read, list, replace or download it.
    const read = await rest('GET', `/resource-files/${stored.id}`, { token: otherAdvocateToken })
    const list = await rest('GET', '/resource-files', { token: otherAdvocateToken })
    const update = await rest('PATCH', `/resource-files/${stored.id}`, {
      token: otherAdvocateToken,
      body: { description: 'changed' },
    })
    const file = await rest('GET', `/resource-files/file/${stored.filename}`, {
      token: otherAdvocateToken,
    })
    expect([read.status, list.status, update.status, file.status]).toEqual([403, 403, 403, 403])
    expect(
      (
        await payload.findByID({
          collection: 'resource-files',
          id: stored.id,
          overrideAccess: true,
        })
      ).description,
    ).toBe('Submitted brief')
  })

  it('should let a submission point only at a file its author uploaded', async () => {
    const upload = (token: string, label: string) =>
      restMultipart({
        slug: 'resource-files',
        token,
        file: { bytes: pdfBytes(label), name: `${label}.pdf`, type: 'application/pdf' },
      })
    const mine = (await upload(expertToken, 'expert sample')).json.doc.id as number
    const someoneElses = (await upload(ownerToken, 'owner sample')).json.doc.id as number
    const libraryFile = (await staffUploadsResourceFile('library file')).id
    const submit = (file: number) =>
      rest('POST', '/resource-submissions', {
        token: expertToken,
        body: { title: `Sample ${file}`, description: 'A sample', clientPermission: true, file },
      })
    const [own, other, library] = [
      await submit(mine),
      await submit(someoneElses),
      await submit(libraryFile),
    ]
    expect([own.status, other.status, library.status]).toEqual([201, 400, 400])
    expect(other.text).toContain('Attach a file you uploaded yourself.')
    const { docs } = await payload.find({
      collection: 'resource-submissions',
      where: { title: { like: 'Sample ' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.file)).toEqual([mine])
    // Staff may attach any file when they record a submission.
    const staff = await rest('POST', '/resource-submissions', {
      token: staffToken,
      body: { title: 'Staff entry', description: 'x', clientPermission: true, file: libraryFile },
    })
    expect(staff.status).toBe(201)
    await payload.delete({
      collection: 'resource-submissions',
      where: { file: { exists: true } },
      overrideAccess: true,
    })
  })
})

import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

import { lockRows } from '@/lib/db/transaction'

/** Where a Local API caller states the version it read, per document (`expectVersion`). */
const contextKey = 'expectedVersions'

const versionKey = (collection: string, id: number | string) => `${collection}:${id}`

/**
 * Context for a Local API update that must apply only to the version the person was shown:
 * `payload.update({ …, context: expectVersion('cases', id, updatedAt) })`. A stale version is
 * refused with a `VersionConflict` (409) and nothing is written.
 */
export const expectVersion = (
  collection: CollectionSlug,
  id: number | string,
  version: string,
) => ({
  [contextKey]: { [versionKey(collection, id)]: version },
})

export class VersionConflict extends APIError<{ currentVersion: string }> {
  constructor(currentVersion: string) {
    super(
      'Someone else saved this record after you opened it. Reload it to see their changes, then make yours again.',
      409,
      { currentVersion },
      true,
    )
    this.name = 'VersionConflict'
  }
}

/**
 * Told by its shape, not `instanceof`: a production build may bundle Payload's error classes more
 * than once (the server action's chunk and the hook's), and the class test then fails.
 */
export const isVersionConflict = (error: unknown): error is VersionConflict => {
  const candidate = error as { status?: unknown; data?: { currentVersion?: unknown } } | null
  return (
    candidate?.status === 409 &&
    typeof candidate.data?.currentVersion === 'string' &&
    candidate.data.currentVersion.length > 0
  )
}

/** `If-Match: "2026-12-02T10:00:00.000Z"` (quoted as an ETag or bare), or null. */
const ifMatchVersion = (req: PayloadRequest): string | null => {
  const raw = req.headers?.get('if-match')?.trim()
  if (!raw || raw === '*') return null
  return raw.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
}

/**
 * The version the caller says it read: from the Local API context, or the REST request's If-Match
 * header when this update is the request's own document (not a nested write made by a hook). Each
 * is used once, so a hook that writes the same document again is not refused by its own change.
 */
const takeExpectedVersion = (req: PayloadRequest, collection: string, id: number | string) => {
  const key = versionKey(collection, id)
  const expected = req.context?.[contextKey] as Record<string, string> | undefined
  if (expected?.[key]) {
    const version = expected[key]
    delete expected[key]
    return version
  }
  const params = req.routeParams as { collection?: string; id?: string } | undefined
  const isOwnDocument = params?.collection === collection && String(params?.id) === String(id)
  if (!isOwnDocument || req.context?.ifMatchUsed) return null
  const version = ifMatchVersion(req)
  if (version) req.context = { ...req.context, ifMatchUsed: true }
  return version
}

/**
 * The version a person was shown: the row's, or for a collection with drafts the latest draft's
 * (what `findByID({ draft: true })` reads; saving a draft leaves the row itself as it was).
 */
const currentVersion = async ({
  req,
  collection,
  id,
  rowVersion,
}: {
  req: PayloadRequest
  collection: Parameters<CollectionBeforeOperationHook>[0]['collection']
  id: number | string
  rowVersion: string
}) => {
  const versions = collection.versions as { drafts?: unknown } | undefined
  if (!versions?.drafts) return rowVersion
  const latest = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    // Only its version stamp, to compare with the one the caller read; the update checks access.
    overrideAccess: true,
    req,
  })
  return new Date(String((latest as { updatedAt?: string }).updatedAt)).toISOString()
}

/**
 * Every update of a document first locks its row in the update's own transaction, before Payload
 * reads the document it will write back. Payload writes whole documents (every field, every array
 * row), so two overlapping updates would otherwise each write what they read: an edit of `facts`
 * could silently undo a `language` edit, or bring back a co-counsel removed a moment earlier. With
 * the lock the second update waits, then reads and extends what the first committed.
 *
 * An update that carries the version it was made on (If-Match, or `expectVersion`) is refused with
 * 409 when that version is no longer current (SPEC §10: never silently merged).
 */
export const serializeWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.transactionID) return args
  const slug = collection.slug as CollectionSlug
  const { id, where } = args as { id?: number | string; where?: Where }
  if (id !== undefined && id !== null) {
    const [row] = await lockRows({ req, collection: slug, ids: [id] })
    const expected = takeExpectedVersion(req, slug, id)
    if (expected && Number.isNaN(Date.parse(expected))) {
      throw new APIError('If-Match must hold the updatedAt value you read.', 400, undefined, true)
    }
    if (row && expected) {
      const current = await currentVersion({ req, collection, id, rowVersion: row.updatedAt })
      if (new Date(expected).toISOString() !== current) throw new VersionConflict(current)
    }
    return args
  }
  if (where) {
    // A bulk update locks every document it may touch, in id order, before Payload reads them.
    const { docs } = await req.payload.find({
      collection: slug,
      where,
      depth: 0,
      pagination: false,
      select: {},
      // Only to know which rows to lock; the update itself still applies the caller's access.
      overrideAccess: true,
      req,
    })
    await lockRows({ req, collection: slug, ids: docs.map((doc) => doc.id) })
  }
  return args
}

import type { PayloadRequest, Where } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { inTransaction, lockRows } from '@/lib/db/transaction'
import { idOf } from '@/lib/ids'
import { isStaffUser } from '@/lib/roles'
import { done, refuse, refusalOf, RefusalError, type ServiceResult } from '@/lib/services/result'

import { referencesTo } from './references'

export type MergeableVocabulary = 'courts' | 'adjudicators'

export type Merged = {
  into: number
  /** How many documents of each collection now point at the target instead. */
  moved: Record<string, number>
}

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is number => id !== null)

/**
 * Staff merge one court or adjudicator into another (an advocate's typed duplicate into the
 * listed entry, usually): every case, outcome and any other document pointing at `sourceId` then
 * points at `intoId`, and the source is deleted, all in one transaction, logged as a `merge`
 * access event. The moves are made as the staff member (`overrideAccess: false`).
 */
export const mergeEntry = async ({
  req,
  collection,
  sourceId: rawSource,
  intoId: rawInto,
}: {
  req: PayloadRequest
  collection: MergeableVocabulary
  sourceId: unknown
  intoId: unknown
}): Promise<ServiceResult<Merged>> => {
  const user = req.user
  if (!user) return refuse(401, 'not-signed-in', 'Log in to merge entries.')
  if (!isStaffUser(user)) return refuse(403, 'staff-only', 'Only program staff can merge entries.')
  const sourceId = idOf(rawSource)
  const intoId = idOf(rawInto)
  if (sourceId === null) return refuse(404, 'entry-not-found', 'This entry no longer exists.')
  if (intoId === null) return refuse(400, 'target-required', 'Choose the entry to merge this into.')
  if (intoId === sourceId) {
    return refuse(400, 'same-entry', 'Choose another entry: an entry cannot be merged into itself.')
  }
  try {
    return await inTransaction(req, async () => {
      const locked = await lockRows({ req, collection, ids: [sourceId, intoId] })
      const lockedIds = new Set(locked.map((row) => row.id))
      if (!lockedIds.has(sourceId)) {
        throw new RefusalError(refuse(404, 'entry-not-found', 'This entry no longer exists.'))
      }
      if (!lockedIds.has(intoId)) {
        throw new RefusalError(
          refuse(404, 'target-not-found', 'The entry to merge into no longer exists.'),
        )
      }
      if (collection === 'adjudicators') {
        const courtOf = async (id: number) =>
          idOf(
            (
              await req.payload.findByID({
                collection: 'adjudicators',
                id,
                depth: 0,
                select: { court: true },
                user,
                overrideAccess: false,
                req,
              })
            ).court,
          )
        const [sourceCourt, intoCourt] = await Promise.all([courtOf(sourceId), courtOf(intoId)])
        // Cases and outcomes name a judge of their own court; a judge at another court is a
        // different person, or the typed entry's court is wrong (fix it first, then merge).
        if (sourceCourt !== null && intoCourt !== null && sourceCourt !== intoCourt) {
          throw new RefusalError(
            refuse(
              400,
              'different-court',
              'Merge only into an adjudicator of the same court. If this entry’s court is wrong, correct it and save first.',
            ),
          )
        }
      }
      const moved: Record<string, number> = {}
      // Adjudicators move to a merged court first: a case or outcome may only name a judge of its
      // court, so its judge must already sit at the target when its court changes.
      const references = referencesTo(req.payload, collection).sort(
        (a, b) => Number(b.collection === 'adjudicators') - Number(a.collection === 'adjudicators'),
      )
      for (const reference of references) {
        if (reference.isNested) {
          // Not in the config today; refuse rather than leave a reference behind.
          throw new Error(`Merge cannot move ${reference.collection}.${reference.path} yet`)
        }
        const where: Where = { [reference.path]: { in: [sourceId] } }
        if (!reference.hasMany) {
          const result = await req.payload.update({
            collection: reference.collection,
            where,
            data: { [reference.path]: intoId } as never,
            depth: 0,
            select: {},
            user,
            overrideAccess: false,
            req,
          })
          if (result.errors.length > 0) throw new Error(result.errors[0]!.message)
          moved[reference.collection] = (moved[reference.collection] ?? 0) + result.docs.length
          continue
        }
        const { docs } = await req.payload.find({
          collection: reference.collection,
          where,
          pagination: false,
          depth: 0,
          select: { [reference.path]: true },
          user,
          overrideAccess: false,
          req,
        })
        for (const doc of docs) {
          const current = idsOf((doc as unknown as Record<string, unknown>)[reference.path])
          const next = [...new Set(current.map((id) => (id === sourceId ? intoId : id)))]
          await req.payload.update({
            collection: reference.collection,
            id: doc.id,
            data: { [reference.path]: next } as never,
            depth: 0,
            select: {},
            user,
            overrideAccess: false,
            req,
          })
        }
        moved[reference.collection] = (moved[reference.collection] ?? 0) + docs.length
      }
      const source = await req.payload.delete({
        collection,
        id: sourceId,
        depth: 0,
        user,
        overrideAccess: false,
        req,
      })
      await recordAccessEvent({
        req,
        action: 'merge',
        details: { collection, from: sourceId, fromName: source.name, into: intoId, moved },
      })
      return done({ into: intoId, moved })
    })
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal) return refusal
    throw error
  }
}

import type { PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { toLibraryCase, type CaseForLibrary } from './load'
import { parseLibraryParams } from './params'
import { runLibraryQuery, type LibraryResult } from './query'

/**
 * Views this close together are one visit: applying a filter or turning a page logs a view, and
 * must not clear the "new since your last visit" marks the visit opened with.
 */
export const VISIT_GAP_MS = 30 * 60 * 1000

/** When this user last opened this case's library on an earlier visit, for "new since your last visit". */
const lastVisit = async (req: PayloadRequest, caseId: number): Promise<string | null> => {
  if (!req.user) return null
  const { docs } = await req.payload.find({
    collection: 'access-events',
    where: {
      and: [
        { action: { equals: 'view-library' } },
        { actor: { equals: req.user.id } },
        { case: { equals: caseId } },
        { createdAt: { less_than: new Date(Date.now() - VISIT_GAP_MS).toISOString() } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    // Only the newest row matters: no count query for a total nobody reads.
    pagination: false,
    depth: 0,
    select: { createdAt: true },
    // Reading the viewer's own usage trail; access-events are staff-only for everyone else.
    overrideAccess: true,
    req,
  })
  return docs[0]?.createdAt ?? null
}

/**
 * A case's library for a viewer who may use it (the caller has checked), logged as a view.
 */
export const caseLibrary = async (
  req: PayloadRequest,
  theCase: CaseForLibrary,
  params: URLSearchParams,
): Promise<LibraryResult> => {
  const parsed = parseLibraryParams(params)
  const lastVisitAt = await lastVisit(req, theCase.id)
  const result = await runLibraryQuery(req.payload, {
    scope: { kind: 'case', theCase: toLibraryCase(theCase) },
    ...parsed,
    lastVisitAt,
  })
  await recordAccessEvent({
    req,
    action: 'view-library',
    caseId: theCase.id,
    details: { page: result.page, total: result.total, hasSearch: Boolean(parsed.q) },
  })
  return result
}

/** The Expert Witness Resource Library (expert audience, no case). */
export const expertLibrary = async (
  req: PayloadRequest,
  params: URLSearchParams,
): Promise<LibraryResult> => {
  const parsed = parseLibraryParams(params)
  const result = await runLibraryQuery(req.payload, { scope: { kind: 'experts' }, ...parsed })
  await recordAccessEvent({
    req,
    action: 'view-expert-library',
    details: { page: result.page, total: result.total },
  })
  return result
}

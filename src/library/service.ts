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

/**
 * A case's library for a viewer who may use it (the caller has checked), logged as a view.
 */
export const caseLibrary = async (
  req: PayloadRequest,
  theCase: CaseForLibrary,
  params: URLSearchParams,
): Promise<LibraryResult> => {
  const parsed = parseLibraryParams(params)
  const result = await runLibraryQuery(req.payload, {
    scope: { kind: 'case', theCase: toLibraryCase(theCase) },
    ...parsed,
    // "New since your last visit": this viewer's newest view of this case before this visit (views
    // closer together than VISIT_GAP_MS are one visit), read in the library statement itself.
    lastVisitOf: req.user
      ? {
          actorId: req.user.id,
          caseId: theCase.id,
          before: new Date(Date.now() - VISIT_GAP_MS).toISOString(),
        }
      : null,
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

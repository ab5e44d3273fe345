import type { PayloadRequest } from 'payload'

import { accessEventInsertIf, recordAccessEvent, requestDb } from '@/lib/audit'

import { emptyResultHints, type EmptyResultHint } from './hints'
import { toLibraryCase, type CaseForLibrary } from './load'
import { parseLibraryParams } from './params'
import { runLibraryQuery } from './query'
import type { LibraryParams, LibraryResult, LibraryScope, ViewAnswer, ViewLog } from './types'

/**
 * The library's one door: routes, endpoints, pages and components import `src/library` through
 * this module only (eslint.config.mjs refuses anything else), so the engine's files (SQL, cache,
 * execution, indexer) can change shape without touching a caller.
 */

export type {
  FacetOption,
  FilterKey,
  LibraryFilters,
  LibraryItem,
  LibraryParams,
  LibraryResult,
  LibraryScope,
  LibrarySort,
} from './types'
export type { CaseForLibrary } from './load'
export type { EmptyResultHint, Removal } from './hints'
export { listRemovals } from './hints'
export { caseForLibrarySelect, loadLibraryResource, toLibraryCase } from './load'
export {
  filterKeys,
  filterParams,
  maxSearchLength,
  parseLibraryParams,
  toLibraryParams,
} from './params'
export { isCaseNumber, resolveLibraryQuery } from './resolve'
export { isInExpertLibrary, isInLibrary, UNPUBLISHED_DECISION } from './rules'

/**
 * Views this close together are one visit: applying a filter or turning a page logs a view, and
 * must not clear the "new since your last visit" marks the visit opened with.
 */
export const VISIT_GAP_MS = 30 * 60 * 1000

/**
 * Every library answer is logged as an access event, written in the same round trip when the
 * answer is a repeat (see runLibraryQuery).
 */
const viewLogFor = (
  req: PayloadRequest,
  event: (answer: ViewAnswer) => Omit<Parameters<typeof recordAccessEvent>[0], 'req'>,
): ViewLog => ({
  insertIf: (answer, condition) => accessEventInsertIf({ req, ...event(answer) }, condition),
  insert: (answer) => recordAccessEvent({ req, ...event(answer) }),
})

/** A case's library: the case's matching inputs. */
export const caseScope = (theCase: CaseForLibrary): LibraryScope => ({
  kind: 'case',
  theCase: toLibraryCase(theCase),
})

/**
 * A case's library for a viewer who may use it (the caller has checked), logged as a view.
 */
export const caseLibrary = async (
  req: PayloadRequest,
  theCase: CaseForLibrary,
  params: URLSearchParams,
): Promise<LibraryResult> => {
  const parsed = parseLibraryParams(params)
  return runLibraryQuery(
    req.payload,
    {
      scope: caseScope(theCase),
      ...parsed,
      // "New since your last visit": this viewer's newest view of this case before this visit
      // (views closer together than VISIT_GAP_MS are one visit), read in the library statement.
      lastVisitOf: req.user
        ? {
            actorId: req.user.id,
            caseId: theCase.id,
            before: new Date(Date.now() - VISIT_GAP_MS).toISOString(),
          }
        : null,
    },
    {
      db: await requestDb(req),
      viewLog: viewLogFor(req, (answer) => ({
        action: 'view-library',
        caseId: theCase.id,
        details: { page: answer.page, total: answer.total, hasSearch: Boolean(parsed.q) },
      })),
    },
  )
}

/** The Expert Witness Resource Library (expert audience, no case). */
export const expertLibrary = async (
  req: PayloadRequest,
  params: URLSearchParams,
): Promise<LibraryResult> => {
  const parsed = parseLibraryParams(params)
  return runLibraryQuery(
    req.payload,
    { scope: { kind: 'experts' }, ...parsed },
    {
      db: await requestDb(req),
      viewLog: viewLogFor(req, (answer) => ({
        action: 'view-expert-library',
        details: { page: answer.page, total: answer.total },
      })),
    },
  )
}

/** What a library page shows: the answer, the question it read, and hints when it is empty. */
export type LibraryPage = {
  parsed: LibraryParams
  result: LibraryResult
  /** For an empty result, what removing each selection alone would give (one statement). */
  hints: EmptyResultHint[]
}

const withHints = async (
  req: PayloadRequest,
  scope: LibraryScope,
  params: URLSearchParams,
  result: LibraryResult,
): Promise<LibraryPage> => {
  const parsed = parseLibraryParams(params)
  // The view itself was already checked and logged: the hints are not views.
  const hints = await emptyResultHints({
    payload: req.payload,
    db: await requestDb(req),
    scope,
    parsed,
    result,
  })
  return { parsed, result, hints }
}

/** A case's library page (see `caseLibrary`), with its empty-result hints. */
export const caseLibraryPage = async (
  req: PayloadRequest,
  theCase: CaseForLibrary,
  params: URLSearchParams,
): Promise<LibraryPage> =>
  withHints(req, caseScope(theCase), params, await caseLibrary(req, theCase, params))

/** The expert library's page (see `expertLibrary`), with its empty-result hints. */
export const expertLibraryPage = async (
  req: PayloadRequest,
  params: URLSearchParams,
): Promise<LibraryPage> =>
  withHints(req, { kind: 'experts' }, params, await expertLibrary(req, params))

import type { PayloadRequest } from 'payload'

import { accessEventInsertIf, recordAccessEvent, requestDb } from '@/lib/audit'
import { toLibraryCase, type CaseForLibrary } from './load'
import { parseLibraryParams } from './params'
import { runLibraryQuery, type LibraryResult, type ViewAnswer, type ViewLog } from './query'

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
  return runLibraryQuery(
    req.payload,
    {
      scope: { kind: 'case', theCase: toLibraryCase(theCase) },
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

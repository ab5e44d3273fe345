import type { Endpoint, PayloadRequest } from 'payload'

import { caseLimits } from '../options'
import { withLockedCase } from '../services/withLockedCase'
import { findViewableCase, idOf, problem, readJson } from './shared'

/**
 * POST /api/cases/:id/shortlist { expert, action: 'add' | 'remove' }: anyone working on the case
 * (owner, shared users, staff) keeps a shortlist of listed experts for it (SPEC §7, beyond). Only
 * published (listed) profiles the caller can read may be added; the list holds at most
 * `caseLimits.expertShortlist`.
 */
export const caseShortlistEndpoint: Endpoint = {
  path: '/:id/shortlist',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to keep a shortlist.')
    const body = await readJson(req)
    return withLockedCase(req, () => changeShortlist(req, body))
  },
}

/** Under the case's lock, so two changes at once both count. */
const changeShortlist = async (req: PayloadRequest, body: Record<string, unknown>) => {
  const theCase = await findViewableCase(req)
  if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
  const expertId = Number(body.expert)
  const action = body.action === 'remove' ? 'remove' : body.action === 'add' ? 'add' : null
  if (!Number.isInteger(expertId) || expertId <= 0 || !action) {
    return problem(400, 'invalid-request', 'Send an expert id and action "add" or "remove".')
  }
  const current = (theCase.expertShortlist ?? [])
    .map((entry) => idOf(entry as number | { id: number }))
    .filter((id): id is number => id !== null)
  let next: number[]
  if (action === 'add') {
    if (current.includes(expertId))
      return Response.json({ status: 'unchanged', expertIds: current })
    if (current.length >= caseLimits.expertShortlist) {
      return problem(
        409,
        'shortlist-full',
        `A shortlist holds at most ${caseLimits.expertShortlist} experts.`,
      )
    }
    // Listed profiles only, as the caller reads them: drafts and unlisted profiles are refused.
    const { totalDocs } = await req.payload.count({
      collection: 'experts',
      where: { and: [{ id: { equals: expertId } }, { _status: { equals: 'published' } }] },
      user: req.user!,
      overrideAccess: false,
      req,
    })
    if (totalDocs === 0) return problem(404, 'expert-not-found', 'Expert not found.')
    next = [...current, expertId]
  } else {
    if (!current.includes(expertId))
      return Response.json({ status: 'unchanged', expertIds: current })
    next = current.filter((id) => id !== expertId)
  }
  await req.payload.update({
    collection: 'cases',
    id: theCase.id,
    data: { expertShortlist: next },
    depth: 0,
    // The endpoint checked the caller works on this case; shared users cannot update the
    // case itself, and the field is closed to direct writes so every change passes here.
    overrideAccess: true,
    req,
  })
  return Response.json({ status: action === 'add' ? 'added' : 'removed', expertIds: next })
}

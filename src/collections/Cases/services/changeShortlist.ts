import type { PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { caseLimits } from '../options'
import { saveMembership } from './accounts'
import { changeLockedCase } from './withLockedCase'

export type ShortlistChange = {
  status: 'added' | 'removed' | 'unchanged'
  expertIds: number[]
}

/**
 * Anyone working on the case (owner, shared users, staff) adds a listed expert to its shortlist or
 * removes one (SPEC §7, beyond). Only published (listed) profiles the caller can read may be added;
 * the list holds at most `caseLimits.expertShortlist`. Under the case's lock, so two changes at
 * once both count.
 */
export const changeShortlist = ({
  req,
  caseId,
  expert,
  action: rawAction,
}: {
  req: PayloadRequest
  caseId: unknown
  expert: unknown
  action: unknown
}): Promise<ServiceResult<ShortlistChange>> =>
  changeLockedCase<ShortlistChange>({
    req,
    caseId,
    signedOutMessage: 'Log in to keep a shortlist.',
    change: async (theCase, user) => {
      const expertId = Number(expert)
      const action = rawAction === 'remove' ? 'remove' : rawAction === 'add' ? 'add' : null
      if (!Number.isInteger(expertId) || expertId <= 0 || !action) {
        return refuse(400, 'invalid-request', 'Send an expert id and action "add" or "remove".')
      }
      const current = (theCase.expertShortlist ?? [])
        .map((entry) => idOf(entry))
        .filter((id): id is number => id !== null)
      const unchanged = done({ status: 'unchanged' as const, expertIds: current })
      let next: number[]
      if (action === 'add') {
        if (current.includes(expertId)) return unchanged
        if (current.length >= caseLimits.expertShortlist) {
          return refuse(
            409,
            'shortlist-full',
            `A shortlist holds at most ${caseLimits.expertShortlist} experts.`,
          )
        }
        // Listed profiles only, as the caller reads them: drafts and unlisted profiles are refused.
        const { totalDocs } = await req.payload.count({
          collection: 'experts',
          where: { and: [{ id: { equals: expertId } }, { _status: { equals: 'published' } }] },
          user,
          overrideAccess: false,
          req,
        })
        if (totalDocs === 0) return refuse(404, 'expert-not-found', 'Expert not found.')
        next = [...current, expertId]
      } else {
        if (!current.includes(expertId)) return unchanged
        next = current.filter((id) => id !== expertId)
      }
      await saveMembership(req, theCase.id, { expertShortlist: next })
      return done({
        status: action === 'add' ? ('added' as const) : ('removed' as const),
        expertIds: next,
      })
    },
  })

import 'server-only'

import type { Payload } from 'payload'

import { idOf } from '@/lib/ids'
import { hasRole } from '@/lib/roles'
import type { User } from '@/payload-types'

export type ExpertFeedbackItem = { feedback: string; reportedAt: string }

/**
 * What advocates said about this expert in their outcome reports, minus everything marked "keep
 * confidential": the feedback text and the month it was reported, nothing else. Experts never
 * reach case data (SPEC §10), so the outcomes are read as trusted code with a select of the
 * feedback rows only, and no case, result or date of decision leaves this function.
 */
export const feedbackForExpert = async ({
  payload,
  user,
}: {
  payload: Payload
  user: User
}): Promise<ExpertFeedbackItem[]> => {
  if (!hasRole(user, 'expert')) return []
  const { docs: profiles } = await payload.find({
    collection: 'experts',
    where: { user: { equals: user.id } },
    limit: 1,
    depth: 0,
    select: { displayName: true },
    user,
    overrideAccess: false,
  })
  const profileId = profiles[0]?.id
  if (!profileId) return []
  const { docs } = await payload.find({
    collection: 'outcomes',
    where: {
      and: [
        { 'expertFeedback.expert': { equals: profileId } },
        { 'expertFeedback.keepConfidential': { not_equals: true } },
      ],
    },
    select: { expertFeedback: true, createdAt: true },
    depth: 0,
    limit: 500,
    sort: '-createdAt',
    overrideAccess: true, // see above: only this expert's non-confidential feedback rows leave
  })
  const items: ExpertFeedbackItem[] = []
  for (const outcome of docs) {
    for (const row of outcome.expertFeedback ?? []) {
      // The where clause matches outcomes; each row is checked again on its own.
      if (idOf(row.expert) !== profileId || row.keepConfidential || !row.feedback?.trim()) continue
      items.push({ feedback: row.feedback.trim(), reportedAt: outcome.createdAt.slice(0, 7) })
    }
  }
  return items
}

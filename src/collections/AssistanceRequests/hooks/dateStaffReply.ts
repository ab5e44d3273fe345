import type { CollectionBeforeChangeHook } from 'payload'

import type { AssistanceRequest } from '@/payload-types'

import { answeredStatus } from '../options'

/**
 * A saved reply answers the request: a new or changed `staffReply` dates itself (`staffRepliedAt`,
 * from the clock, never from the request) and sets the status to answered. Field access has
 * already dropped a reply from anyone but staff, so only a staff save reaches here with one.
 */
export const dateStaffReply: CollectionBeforeChangeHook<AssistanceRequest> = ({
  data,
  originalDoc,
}) => {
  const reply = data.staffReply?.trim() ?? ''
  const previous = originalDoc?.staffReply?.trim() ?? ''
  if (data.staffReply === undefined || !reply || reply === previous) return data
  data.staffRepliedAt = new Date().toISOString()
  data.status = answeredStatus
  return data
}

/** How long: the collection enforces each limit, the assistance form shows and names it. */
export const assistanceRequestLimits = {
  subject: 200,
  message: 5000,
  staffNotes: 5000,
  staffReply: 5000,
} as const

/**
 * Where staff are with a request. `label` is the admin panel's word; the advocate's case page says
 * `advocateLabel` (a new request is "Received" from their side).
 */
export const assistanceStatuses = [
  { value: 'new', label: 'New', advocateLabel: 'Received' },
  { value: 'in-progress', label: 'In progress', advocateLabel: 'In progress' },
  { value: 'answered', label: 'Answered', advocateLabel: 'Answered' },
  { value: 'declined', label: 'Declined (capacity)', advocateLabel: 'Declined (capacity)' },
] as const

/** The statuses that keep a request in the staff queue (the dashboard counts and lists these). */
export const openAssistanceStatuses = ['new', 'in-progress'] as const

/** The status a saved reply gives a request. */
export const answeredStatus = 'answered' as const

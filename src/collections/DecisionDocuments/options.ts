/**
 * Where staff are with an uploaded decision: every new one is reviewed for redaction before a
 * redacted copy may become an "unpublished decision" resource (SPEC §4).
 */
export const decisionReviewStatuses = [
  { value: 'new', label: 'New: to review' },
  { value: 'redaction-in-progress', label: 'Redaction in progress' },
  { value: 'redacted', label: 'Redacted' },
  { value: 'not-shareable', label: 'Not shareable' },
] as const

/** The review statuses that keep a decision in the staff queue. */
export const openDecisionReviewStatuses = ['new', 'redaction-in-progress'] as const

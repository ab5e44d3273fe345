/**
 * A reported decision has happened: its date is today or before (UTC). The collection refuses a
 * later one and the outcome form says so in the same words. Pure, so the form's code shares it.
 */
export const futureDecisionMessage = 'The decision date cannot be in the future.'

/** True when a decision's date (a day or an ISO timestamp) is after today. */
export const isFutureDecision = (value: string, today = new Date().toISOString().slice(0, 10)) =>
  value.slice(0, 10) > today

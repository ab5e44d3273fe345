import { caseLimits } from '../Cases/options'

/** How long: the collection enforces each limit. */
export const resourceLimits = {
  title: 300,
  summary: 2000,
  /** A case's number, as the Cases collection allows it (a decision's source case). */
  sourceCaseNumber: caseLimits.caseNumber,
  externalUrl: 500,
  /** Longest text kept per resource: enough for any real document, bounded for hostile ones. */
  extractedText: 500_000,
} as const

/** Which library a resource belongs to. */
export const resourceAudiences = [
  { value: 'advocates', label: 'Advocates (TA Library)' },
  { value: 'experts', label: 'Experts (Expert Witness Resource Library)' },
] as const

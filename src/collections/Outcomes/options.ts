/** How long and how many: the collection enforces each limit, the outcome form shows and names it. */
export const outcomeLimits = {
  results: 5,
  argumentsText: 5000,
  persuasiveEvidenceText: 5000,
  rationale: 5000,
  additionalInformation: 5000,
  expertFeedback: 10,
  expertName: 200,
  feedback: 3000,
} as const

/**
 * The result of a decision for one form of relief: the collection, the outcome form and the list
 * of outcomes all show these words ("Pending or remanded" is the portal's, the admin's too now).
 */
export const outcomeResults = [
  { value: 'granted', label: 'Granted' },
  { value: 'denied', label: 'Denied' },
  { value: 'other-relief', label: 'Other relief' },
  { value: 'pending', label: 'Pending or remanded' },
] as const

export type OutcomeResult = (typeof outcomeResults)[number]['value']

/** Arguments made, as structured tags (SPEC §6). */
export const argumentTags = [
  { value: 'psg-formulation', label: 'Particular social group formulation' },
  { value: 'political-opinion', label: 'Political opinion (actual or imputed)' },
  { value: 'nexus', label: 'Nexus' },
  { value: 'state-protection', label: 'Unable or unwilling to protect' },
  { value: 'internal-relocation', label: 'Internal relocation' },
  { value: 'past-persecution', label: 'Past persecution' },
  { value: 'well-founded-fear', label: 'Well-founded fear' },
  { value: 'credibility', label: 'Credibility' },
  { value: 'one-year-bar', label: 'One-year filing deadline exception' },
  { value: 'cat-acquiescence', label: 'CAT: government acquiescence' },
  { value: 'humanitarian-asylum', label: 'Humanitarian asylum' },
  { value: 'other', label: 'Other' },
] as const

/** Evidence found persuasive, as structured tags (SPEC §6). */
export const evidenceTags = [
  { value: 'expert-testimony', label: 'Expert testimony or declaration' },
  { value: 'country-conditions', label: 'Country conditions evidence' },
  { value: 'medical-evaluation', label: 'Medical or forensic evaluation' },
  { value: 'psychological-evaluation', label: 'Psychological evaluation' },
  { value: 'applicant-testimony', label: "Applicant's testimony" },
  { value: 'witness-declarations', label: 'Witness declarations' },
  { value: 'documents-from-country', label: 'Documents from the country of origin' },
  { value: 'other', label: 'Other' },
] as const

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

/** How long and how many: the collection enforces each limit, the intake form shows and names it. */
export const caseLimits = {
  caseNumber: 40,
  deadlines: 20,
  deadlineLabel: 120,
  language: 80,
  facts: 5000,
  /** People a case is shared with or invited to, pending invitations included. */
  shares: 100,
  expertShortlist: 20,
} as const

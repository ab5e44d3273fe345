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
  /** Why staff moved a case: logged with the transfer and sent to both attorneys. */
  transferReason: 500,
} as const

/** The choices of a case, shared by the collection, the intake form and the case page. */
export const protectedGrounds = [
  { value: 'race', label: 'Race' },
  { value: 'religion', label: 'Religion' },
  { value: 'nationality', label: 'Nationality' },
  { value: 'particular-social-group', label: 'Membership in a particular social group' },
  { value: 'political-opinion', label: 'Political opinion' },
] as const

// "Not known" is the portal's word (its intake asks to choose it); the admin panel says the same.
export const detentionOptions = [
  { value: 'detained', label: 'Detained' },
  { value: 'not-detained', label: 'Not detained' },
  { value: 'unknown', label: 'Not known' },
] as const

export type Detention = (typeof detentionOptions)[number]['value']

export const caseStatuses = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
] as const

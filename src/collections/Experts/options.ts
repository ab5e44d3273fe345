/** The choices of an expert profile, shared by the collection, the portal form and the directory. */
/**
 * How many of each a profile may list, and how long each text may be: the collection enforces them,
 * the portal form shows and names them.
 */
export const profileLimits = {
  regions: 50,
  regionLength: 100,
  languages: 20,
  languageLength: 60,
  /** More is a region's worth: the form asks for the region instead. */
  countries: 60,
  displayName: 200,
  credentials: 5000,
  feeNotes: 300,
  location: 200,
  phone: 40,
  website: 300,
  staffNotes: 5000,
  /** The vetting panel's message to the expert. */
  reviewMessage: 3000,
  /** Vetting decisions kept on a profile (each one also writes a version). */
  reviewLog: 500,
} as const

export const expertTypes = [
  { value: 'country-conditions', label: 'Country conditions' },
  { value: 'mental-health', label: 'Mental health' },
  { value: 'forensic-medical', label: 'Forensic medical' },
  { value: 'clinic-or-organization', label: 'Clinic or organization' },
] as const

export const feeOptions = [
  { value: 'pro-bono', label: 'Pro bono' },
  { value: 'reduced-fee', label: 'Reduced fee available' },
  { value: 'standard-fee', label: 'Standard fee' },
] as const

export const testimonyKinds = [
  { value: 'written-declaration', label: 'Written declaration' },
  { value: 'oral-testimony', label: 'Oral testimony' },
] as const

export const reviewStatuses = [
  { value: 'draft', label: 'Draft (not submitted)' },
  { value: 'submitted', label: 'Submitted for review' },
  { value: 'changes-requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved (listed)' },
  { value: 'rejected', label: 'Rejected' },
] as const

export type ReviewStatus = (typeof reviewStatuses)[number]['value']

/** The decisions staff take on a submitted profile. */
export const reviewDecisions = ['approved', 'changes-requested', 'rejected'] as const
export type ReviewDecision = (typeof reviewDecisions)[number]

/** The review status that puts a profile in the vetting queue. */
export const openReviewStatuses = ['submitted'] as const

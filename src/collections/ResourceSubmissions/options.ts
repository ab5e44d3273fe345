/** How long: the collection enforces each limit, the submit-resource form shows and names it. */
export const resourceSubmissionLimits = {
  title: 300,
  description: 5000,
  staffNotes: 5000,
  staffReply: 5000,
} as const

/** Where staff are with a submitted resource. */
export const resourceSubmissionStatuses = [
  { value: 'new', label: 'New' },
  { value: 'accepted', label: 'Accepted into the library' },
  { value: 'declined', label: 'Declined' },
] as const

/** The statuses that keep a submission in the staff queue. */
export const openResourceSubmissionStatuses = ['new'] as const

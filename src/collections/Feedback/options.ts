/** How long: the collection enforces each limit, the feedback form shows and names it. */
export const feedbackLimits = { message: 5000, pageUrl: 500, staffReply: 5000 } as const

/** What feedback is about: the collection and the feedback form share the list. */
export const feedbackCategories = [
  { value: 'library', label: 'The TA Library or its filters' },
  { value: 'missing-resource', label: 'A resource I could not find' },
  { value: 'site-problem', label: 'A problem with the site' },
  { value: 'other', label: 'Something else' },
] as const

/** Where staff are with a report. */
export const feedbackStatuses = [
  { value: 'new', label: 'New' },
  { value: 'triaged', label: 'Triaged' },
  { value: 'done', label: 'Done' },
] as const

/** The statuses that keep a report in the staff queue. */
export const openFeedbackStatuses = ['new', 'triaged'] as const

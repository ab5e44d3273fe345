/** How long: the collection enforces each limit; the registration and settings forms name it. */
export const userLimits = { name: 200 } as const

/** What an advocate does: the collection, the registration and settings forms share the list. */
export const advocateTypes = [
  { value: 'attorney', label: 'Attorney' },
  { value: 'accredited-representative', label: 'Accredited representative' },
  { value: 'paralegal', label: 'Paralegal' },
  { value: 'law-student', label: 'Law student' },
  { value: 'other', label: 'Other' },
] as const

/**
 * The new-work emails a staff member may choose (Users → New-work emails), with their defaults.
 * A request with a deadline may be urgent (a hearing next week), so that one starts on; the
 * others can wait for the dashboard, so they start off and each staff member turns on what they
 * handle.
 */
export const staffAlertKinds = [
  {
    name: 'newRequestWithDeadline',
    label: 'A new assistance request with a deadline',
    defaultValue: true,
  },
  { name: 'newResourceSubmission', label: 'A new resource submission', defaultValue: false },
  {
    name: 'expertProfileSubmitted',
    label: 'An expert profile submitted for vetting',
    defaultValue: false,
  },
] as const

export type StaffAlertKind = (typeof staffAlertKinds)[number]['name']

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

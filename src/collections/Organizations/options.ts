/** How long: the collection enforces each limit; the registration and settings forms name it. */
export const organizationLimits = { name: 200, state: 60 } as const

export const organizationKinds = [
  { value: 'nonprofit', label: 'Nonprofit legal services' },
  { value: 'law-firm', label: 'Law firm' },
  { value: 'clinic', label: 'Law school clinic' },
  { value: 'solo', label: 'Solo practice' },
  { value: 'other', label: 'Other' },
] as const

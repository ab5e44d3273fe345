/** How long: the collection enforces each limit; the registration and settings forms name it. */
export const organizationLimits = { name: 200, state: 60 } as const

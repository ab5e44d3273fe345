/** How long: the collection enforces each limit; the registration and settings forms name it. */
export const userLimits = { name: 200 } as const

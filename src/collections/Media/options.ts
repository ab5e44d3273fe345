/** How long: the collection enforces each limit. */
export const mediaLimits = { alt: 300 } as const

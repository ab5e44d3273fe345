/** How long: the collection enforces each limit; the submit-resource form fills it from a title. */
export const resourceFileLimits = { description: 300 } as const

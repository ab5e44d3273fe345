/** How long: the collection enforces each limit, the feedback form shows and names it. */
export const feedbackLimits = { message: 5000, pageUrl: 500 } as const

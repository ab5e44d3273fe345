/** How long: the collection enforces each limit, the assistance form shows and names it. */
export const assistanceRequestLimits = { subject: 200, message: 5000, staffNotes: 5000 } as const

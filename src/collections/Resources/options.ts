/** Longest text kept per resource: enough for any real document, bounded for hostile ones. */
export const resourceLimits = { extractedText: 500_000 } as const

/** Shared by the server and the error pages (client components), so it imports nothing. */
export const unavailableMessage =
  'The service is temporarily unavailable. Nothing you saved was lost. Try again in a minute.'
export const retryAfterSeconds = 15
/** Marks the error on its way through Next, whose production build strips error messages. */
export const databaseUnavailableDigest = 'TA_DATABASE_UNAVAILABLE'

export const isDatabaseUnavailableError = (error: unknown) =>
  (error as { digest?: unknown } | null)?.digest === databaseUnavailableDigest

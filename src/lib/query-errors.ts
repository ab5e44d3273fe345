import type { AfterErrorHook } from 'payload'

export const malformedQueryMessage =
  'This filter or sort cannot be used: one of its paths names no field you may query.'

// What the Postgres adapter throws when a path in `where` or `sort` leads nowhere (it checks the
// path only as far as the first relationship).
const adapterPathErrors =
  /^(Cannot find field for path at |Relationship was not found$|Not supported$)/

// Postgres refusing the values or columns a malformed path produced (e.g. comparing an id to NaN).
const inputErrorCodes = new Set(['22P02', '22003', '22007', '22008', '42703', '42804', '42883'])

const postgresCode = (error: unknown): string | undefined => {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

/**
 * A REST query whose `where` or `sort` path does not exist is the client's mistake: answer 400
 * with a plain message, not 500. Payload refuses most such paths itself (QueryError, 400); this
 * covers the ones it lets through to the database adapter, for every collection at once.
 */
export const answerMalformedQueries: AfterErrorHook = ({ error, req, result }) => {
  const hasQuery = Boolean(req.query?.where || req.query?.sort)
  // GraphQL's typed `where` inputs refuse unknown paths before any resolver runs.
  if (!result || !hasQuery) return
  const status = (error as { status?: number }).status ?? 500
  if (status !== 500) return
  const isPathError =
    (error.name === 'APIError' && adapterPathErrors.test(error.message)) ||
    inputErrorCodes.has(postgresCode(error) ?? '')
  if (!isPathError) return
  return { status: 400, response: { errors: [{ message: malformedQueryMessage }] } }
}

import { AsyncLocalStorage } from 'node:async_hooks'

import pg from 'pg'

import { databaseUnavailableDigest, retryAfterSeconds, unavailableMessage } from './unavailable'

export { databaseUnavailableDigest, retryAfterSeconds, unavailableMessage }

/** The answer of every API route while the database is down: 503, Retry-After, a plain message. */
export const unavailableResponse = () =>
  Response.json(
    { errors: [{ message: unavailableMessage }] },
    {
      status: 503,
      headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
    },
  )

type RequestState = {
  /** Something in this request failed in a way a lost database would explain. */
  isDatabaseSuspect: boolean
  /** A DatabaseUnavailableError was raised: the launcher answers the page with 503. */
  isDatabaseUnavailable: boolean
}

// One store for the process: the launcher, the API route bundles and the Payload instance they
// share may each load their own copy of this module.
const storageKey = Symbol.for('ta-library.request-state')
const globalStore = globalThis as typeof globalThis & {
  [storageKey]?: AsyncLocalStorage<RequestState>
}
const storage = (globalStore[storageKey] ??= new AsyncLocalStorage<RequestState>())

export const runWithRequestState = <T>(run: () => T): T =>
  storage.run({ isDatabaseSuspect: false, isDatabaseUnavailable: false }, run)

export const currentRequestState = (): RequestState | undefined => storage.getStore()

export const markDatabaseSuspect = () => {
  const state = storage.getStore()
  if (state) state.isDatabaseSuspect = true
}

/** Thrown where a page needs the database and it is down; the portal shows a plain 503 page. */
export class DatabaseUnavailableError extends Error {
  readonly digest = databaseUnavailableDigest

  constructor() {
    super(unavailableMessage)
    this.name = 'DatabaseUnavailableError'
    const state = storage.getStore()
    if (state) state.isDatabaseUnavailable = true
  }
}

const probeTimeoutMs = 2000
// A failed probe is trusted for a moment, so a burst of requests during an outage does not open
// a connection attempt each; a success is never cached, so a fresh outage is seen at once.
const downResultMs = 500
let lastDownAt = 0
let probeInFlight: Promise<boolean> | undefined

type Queryable = { query: (text: string) => Promise<unknown> }

const poolKey = Symbol.for('ta-library.database-pool')
const globalPool = globalThis as typeof globalThis & { [poolKey]?: Queryable }

/** The app's connection pool, for the probe (set once Payload is up). */
export const registerDatabasePool = (pool: Queryable | undefined) => {
  globalPool[poolKey] = pool
}

const withinTimeout = (query: Promise<unknown>) =>
  new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), probeTimeoutMs)
    query.then(
      () => resolve(true),
      () => resolve(false),
    )
    void query.finally(() => clearTimeout(timer)).catch(() => {})
  })

const probe = async (): Promise<boolean> => {
  // Through the pool: a connection it already holds answers in well under a millisecond, so
  // error answers do not each open a Postgres connection. Before Payload is up, a connection of
  // its own.
  const pool = globalPool[poolKey]
  if (pool) return withinTimeout(pool.query('select 1'))
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    connectionTimeoutMillis: probeTimeoutMs,
    query_timeout: probeTimeoutMs,
  })
  client.on('error', () => {})
  try {
    return await withinTimeout(client.connect().then(() => client.query('select 1')))
  } finally {
    await client.end().catch(() => {})
  }
}

/** `select 1`, within 2 seconds. Only asked after something failed. */
export const isDatabaseReachable = async (): Promise<boolean> => {
  if (Date.now() - lastDownAt < downResultMs) return false
  probeInFlight ??= probe()
    .then((isUp) => {
      if (!isUp) lastDownAt = Date.now()
      return isUp
    })
    .finally(() => {
      probeInFlight = undefined
    })
  return probeInFlight
}

/** Whether a request carries a session (a Payload JWT header or cookie). */
export const hasCredentials = (headers: Headers, cookiePrefix = 'payload') => {
  const authorization = headers.get('authorization') ?? ''
  if (/^(JWT|Bearer) \S/.test(authorization)) return true
  const cookies = headers.get('cookie') ?? ''
  return cookies.split(';').some((part) => part.trim().startsWith(`${cookiePrefix}-token=`))
}

import path from 'node:path'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { graphQLRoute, restRoutes } from '@/lib/api-routes'

import { readEmlFolder } from './smtp-sink'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

const { GET, POST, PATCH, DELETE } = restRoutes(config)
const handlers = { GET, POST, PATCH, DELETE }
const graphqlHandler = graphQLRoute(config)

const origin = 'http://localhost:3000'

// Response bodies are whatever the API sent; tests read them loosely and assert on the values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonBody = Record<string, any>

type RestOptions = {
  token?: string
  body?: unknown
  /** A multipart body (files and fields), sent instead of `body`. */
  form?: FormData
  headers?: Record<string, string>
}

/**
 * Calls Payload's REST API through the same Next route handlers the app mounts at /api, without a
 * running server. `path` is everything after /api, query string included.
 */
export const rest = async (
  method: keyof typeof handlers,
  apiPath: string,
  { token, body, form, headers = {} }: RestOptions = {},
) => {
  const url = new URL(`/api${apiPath}`, origin)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const request = new Request(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  return {
    status: response.status,
    json: json as JsonBody,
    text,
    headers: response.headers,
  }
}

export const graphql = async (
  query: string,
  { token, variables }: { token?: string; variables?: unknown } = {},
) => {
  const request = new Request(new URL('/api/graphql', origin), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  const text = await response.text()
  return { status: response.status, json: JSON.parse(text), text, headers: response.headers }
}

export const loginToken = async (email: string, password: string): Promise<string> => {
  const { status, json } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || typeof json?.token !== 'string') {
    throw new Error(`Login failed for ${email}: ${status} ${JSON.stringify(json)}`)
  }
  return json.token
}

/** Messages the development outbox transport wrote, newest last. */
export const readOutbox = async () =>
  (await readEmlFolder(path.join(process.env.DATA_DIR as string, 'outbox'))).map(
    ({ file, to, subject, html, text }) => ({ file, to, subject, html, text }),
  )

/**
 * Sends every queued email that is due now, as the background runner would within seconds, and
 * waits for runs already under way (a background run may hold a job).
 */
export const deliverQueuedEmails = async () => {
  const payload = await getTestPayload()
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    await payload.jobs.run({ queue: 'email', limit: 500, overrideAccess: true })
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: 'email' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          {
            or: [
              { waitUntil: { exists: false } },
              { waitUntil: { less_than: new Date().toISOString() } },
            ],
          },
          // A job claimed more than 5 s ago belongs to another test file's runner that ended with
          // it (the files share the database); its lease frees it later. Fresh claims are waited on.
          {
            or: [
              { processing: { not_equals: true } },
              { updatedAt: { greater_than: new Date(Date.now() - 5_000).toISOString() } },
            ],
          },
        ],
      },
      // Test bookkeeping over system records.
      overrideAccess: true,
    })
    if (totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('Queued emails were not sent within 15 s')
}

/**
 * The newest message to `address`, optionally only among those whose subject matches, once the
 * queued emails went out.
 */
export const latestEmailTo = async (address: string, subject?: RegExp) => {
  await deliverQueuedEmails()
  const messages = (await readOutbox()).filter(
    (m) => m.to.includes(address) && (!subject || subject.test(m.subject)),
  )
  return messages.at(-1)
}

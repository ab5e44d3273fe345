import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'

import type { SendEmailInput } from '@/jobs/sendEmail'

/**
 * Queues an email in the request's transaction; the jobs runner sends it after the commit. Each
 * message gets its idempotency key now, so every attempt of the job sends the same message once.
 */
export const queueEmail = async (req: PayloadRequest, input: SendEmailInput) => {
  await req.payload.jobs.queue({
    task: 'sendEmail',
    queue: 'email',
    input: { ...input, key: input.key ?? randomUUID() },
    req,
    // System work for whoever caused the email, often a guest: jobs.access.queue is for the API.
    overrideAccess: true,
  })
}

// Payload's own auth emails (verification, password reset) reach the email adapter without the
// request that caused them; their generateEmailHTML hook hands the request over here, keyed by the
// HTML it made (which holds a one-time token), so the adapter can queue in that transaction.
const requestsByHtml = new Map<string, { req: PayloadRequest; at: number }[]>()
const unclaimedRequestMs = 60_000

const rememberRequest = (html: string, req: PayloadRequest) => {
  const now = Date.now()
  for (const [key, entries] of requestsByHtml) {
    const fresh = entries.filter((entry) => now - entry.at < unclaimedRequestMs)
    if (fresh.length === 0) requestsByHtml.delete(key)
    else requestsByHtml.set(key, fresh)
  }
  requestsByHtml.set(html, [...(requestsByHtml.get(html) ?? []), { req, at: now }])
}

const takeRequest = (html: string): PayloadRequest | undefined => {
  const entries = requestsByHtml.get(html)
  const entry = entries?.shift()
  if (entries?.length === 0) requestsByHtml.delete(html)
  return entry?.req
}

/**
 * Wraps an auth collection's generateEmailHTML so the email Payload then sends is queued in the
 * operation's own transaction (an account and its verification email are saved together).
 */
export const queuedInRequest =
  <Args extends { req?: PayloadRequest } | undefined>(
    generate: (args: Args) => string | Promise<string>,
  ) =>
  async (args: Args): Promise<string> => {
    const html = await generate(args)
    if (args?.req) rememberRequest(html, args.req)
    return html
  }

const addressOf = (recipient: unknown): string | undefined => {
  if (typeof recipient === 'string') return recipient
  if (recipient && typeof recipient === 'object' && 'address' in recipient) {
    return String((recipient as { address: unknown }).address)
  }
  return undefined
}

const supportedFields = new Set(['from', 'to', 'subject', 'html'])

/**
 * What the email adapter does with every `sendEmail` call (Payload's auth emails, `payload.sendEmail`
 * anywhere): queue one sendEmail job per recipient, in the request's transaction when the request
 * is known, else on its own. The job sends through the real transport, never through here.
 */
export const queueOutgoingEmail = async ({
  payload,
  message,
}: {
  payload: Payload
  message: SendEmailOptions
}): Promise<{ queued: number }> => {
  const unsupported = Object.keys(message).filter(
    (field) => !supportedFields.has(field) && message[field as keyof SendEmailOptions] != null,
  )
  if (unsupported.length > 0) {
    // Never drop part of a message without a word: the job carries only these fields.
    throw new Error(`Queued emails cannot carry ${unsupported.join(', ')}.`)
  }
  const html = typeof message.html === 'string' ? message.html : ''
  const subject = message.subject ?? ''
  const recipients = (Array.isArray(message.to) ? message.to : [message.to])
    .map(addressOf)
    .filter((address): address is string => Boolean(address))
  if (recipients.length === 0) throw new Error('An email needs a recipient.')
  const req = takeRequest(html)
  for (const to of recipients) {
    if (req) await queueEmail(req, { to, subject, html })
    else {
      await payload.jobs.queue({
        task: 'sendEmail',
        queue: 'email',
        input: { to, subject, html, key: randomUUID() },
        // System work outside any request: jobs.access.queue is for the API.
        overrideAccess: true,
      })
    }
  }
  return { queued: recipients.length }
}

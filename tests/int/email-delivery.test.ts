import fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { messageIdFor } from '@/lib/email-delivery'
import { releaseExpiredJobLeases } from '@/lib/job-lease'

import { getTestPayload, rest } from '../helpers/payload'
import { receivedEmails, startSmtpSink } from '../helpers/smtp-sink'

// Mail goes over real SMTP to a sink on loopback that the tests stop and start again on the same
// port, and the jobs live in a database of this file's own: the other test files' processes run
// the email queue in the background and would otherwise take (or leave claimed) these jobs. Set
// before the Payload config is imported: it reads them when it builds the transport and the pool.
const smtp = await vi.hoisted(async () => {
  const { createTestDatabase, freePort } = await import('../helpers/database')
  const port = await freePort()
  const database = await createTestDatabase('email')
  process.env.DATABASE_URL = database.url
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_SECURE = 'false'
  // Retries come quickly, and the tests run the email queue themselves (no background runner).
  process.env.EMAIL_RETRY_DELAY_MS = '50'
  process.env.TA_WORKER = '0'
  return { port, database }
})

const password = 'sturdy lantern meadow 58'
const domain = 'delivery.example'

describe('email delivery', () => {
  let payload: Payload
  let sinkDir: string
  let sink: { close: () => Promise<void> } | undefined

  const startSink = async () => {
    sink = await startSmtpSink({ dir: sinkDir, port: smtp.port })
  }
  const stopSink = async () => {
    await sink?.close()
    sink = undefined
  }

  /** Runs the email queue until no job is left that could run now (retries wait EMAIL_RETRY_DELAY_MS). */
  const runEmailQueueUntilIdle = async () => {
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline) {
      const { totalDocs } = await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { queue: { equals: 'email' } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
          ],
        },
        // Test bookkeeping over system records.
        overrideAccess: true,
      })
      if (totalDocs === 0) return
      await payload.jobs.run({ queue: 'email', limit: 100, overrideAccess: true })
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('The email queue did not drain within 20 s')
  }

  /** Attempts every queued email once, failing while the sink is down. */
  const runEmailQueueOnce = () =>
    payload.jobs.run({ queue: 'email', limit: 100, overrideAccess: true })

  const emailsTo = async (address: string) =>
    (await receivedEmails({ dir: sinkDir })).filter((message) => message.to.includes(address))

  const storedUser = async (email: string) => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      // Test bookkeeping: read what was stored, whoever may see it.
      overrideAccess: true,
      showHiddenFields: true,
    })
    return docs[0]
  }

  beforeAll(async () => {
    sinkDir = await fs.mkdtemp(path.join(tmpdir(), 'ta-email-sink-'))
    await startSink()
    payload = await getTestPayload()
  })

  afterAll(async () => {
    // Each step is bounded: a mail client or pooled connection still open must not hold the run.
    const bounded = async (step: string, work: Promise<unknown>) => {
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          console.warn(`email-delivery teardown: ${step} took over 20 s; going on`)
          resolve()
        }, 20_000)
      })
      await Promise.race([work, late])
      clearTimeout(timer)
    }
    await bounded('stopping the mail sink', stopSink())
    // Payload's destroy leaves the pool open; close it before the database goes.
    await bounded(
      'closing the pool',
      (async () => {
        await payload?.destroy()
        await payload?.db.pool?.end()
      })(),
    )
    await bounded('dropping the database', smtp.database.drop())
  }, 90_000)

  it('should create a self-registered account (201) while the mail server is down and deliver its verification email once when it is back', async () => {
    const email = `register-outage@${domain}`
    await stopSink()
    const res = await rest('POST', '/users', {
      body: { email, password, name: 'Outage Registrant', role: 'expert' },
    })
    expect(res.status).toBe(201)
    expect((await storedUser(email))?._verified).toBe(false)

    await runEmailQueueOnce()
    expect(await emailsTo(email)).toHaveLength(0)

    await startSink()
    await runEmailQueueUntilIdle()
    const messages = await emailsTo(email)
    expect(messages.map((m) => m.subject)).toEqual([
      'Confirm your email address for the TA Library',
    ])
    const token = messages[0].html.match(/\/verify\?token=([a-f0-9]+)/)?.[1]
    expect(token).toBe((await storedUser(email))?._verificationToken)
  })

  it('should answer forgot-password (200) while the mail server is down and deliver the reset email once when it is back', async () => {
    const email = `forgot-outage@${domain}`
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Outage Forgetter', role: 'expert', _verified: true },
      disableVerificationEmail: true,
      // Fixture: a verified account made by trusted test code.
      overrideAccess: true,
    })
    await stopSink()
    const res = await rest('POST', '/users/forgot-password', { body: { email } })
    expect(res.status).toBe(200)

    await runEmailQueueOnce()
    expect(await emailsTo(email)).toHaveLength(0)

    await startSink()
    await runEmailQueueUntilIdle()
    const messages = await emailsTo(email)
    expect(messages.map((m) => m.subject)).toEqual(['Reset your TA Library password'])
    const token = messages[0].html.match(/reset-password\?token=([a-f0-9]+)/)?.[1]
    expect(token).toBe((await storedUser(email))?.resetPasswordToken)
  })

  const queueTestEmail = ({ to, key }: { to: string; key: string }) =>
    payload.jobs.queue({
      task: 'sendEmail',
      queue: 'email',
      input: { to, subject: `Test message ${key}`, html: `<p>Test message ${key}</p>`, key },
      // Test fixture: system work.
      overrideAccess: true,
    })

  const jobById = (id: number | string) =>
    payload.findByID({
      collection: 'payload-jobs',
      id,
      depth: 0,
      // Test bookkeeping over system records.
      overrideAccess: true,
    })

  const execute = (query: ReturnType<typeof sql>) =>
    (payload.db.drizzle as unknown as { execute: (q: typeof query) => Promise<unknown> }).execute(
      query,
    )

  it('should queue the verification email in the same transaction as the account, so a rolled-back registration leaves no email', async () => {
    const email = `rolled-back@${domain}`
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Rolled Back', role: 'expert' },
      // Registration acts for a guest, as over REST.
      overrideAccess: false,
      req,
    })
    await killTransaction(req)
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { 'input.to': { equals: email } },
      // Test bookkeeping over system records.
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
    expect(await storedUser(email)).toBeUndefined()
  })

  it('should queue a direct payload.sendEmail call instead of failing, and deliver it once when the mail server is back', async () => {
    const to = `direct-call@${domain}`
    await stopSink()
    await expect(
      payload.sendEmail({ to, subject: 'A direct call', html: '<p>Sent by code</p>' }),
    ).resolves.toBeDefined()
    await runEmailQueueOnce()
    expect(await emailsTo(to)).toHaveLength(0)

    await startSink()
    await runEmailQueueUntilIdle()
    expect((await emailsTo(to)).map((m) => m.subject)).toEqual(['A direct call'])
  })

  it('should keep a failed email queued for a retry after the backoff delay', async () => {
    const to = `backoff@${domain}`
    await stopSink()
    const job = await queueTestEmail({ to, key: randomUUID() })
    const before = Date.now()
    await runEmailQueueOnce()
    const failed = await jobById(job.id)
    await startSink()
    expect(failed.totalTried).toBe(1)
    expect(failed.hasError).toBe(false)
    expect(failed.completedAt ?? null).toBeNull()
    // EMAIL_RETRY_DELAY_MS is 50 in this file: the first retry waits at least that long.
    expect(new Date(failed.waitUntil as string).getTime()).toBeGreaterThanOrEqual(before + 50)
  })

  it('should send once when a crash after sending left the job marked processing and its lease expired', async () => {
    const to = `crash-after-send@${domain}`
    const job = await queueTestEmail({ to, key: randomUUID() })
    await runEmailQueueUntilIdle()
    expect(await emailsTo(to)).toHaveLength(1)
    // The process died after the mail server accepted the message, before Payload recorded the
    // task or the job as done: the job is still marked processing, its claim 10 minutes old.
    await execute(sql`DELETE FROM payload_jobs_log WHERE _parent_id = ${job.id}`)
    await execute(sql`
      UPDATE payload_jobs SET processing = true, completed_at = NULL,
        updated_at = now() - interval '10 minutes'
      WHERE id = ${job.id}`)

    expect(await releaseExpiredJobLeases({ payload })).toEqual([job.id])
    await runEmailQueueUntilIdle()
    const rerun = await jobById(job.id)
    expect(rerun.totalTried).toBe(2)
    expect(rerun.completedAt).toBeTruthy()
    expect(await emailsTo(to)).toHaveLength(1)
  })

  it('should leave a job marked processing alone while its lease runs', async () => {
    const to = `fresh-lease@${domain}`
    const job = await queueTestEmail({ to, key: randomUUID() })
    await execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() WHERE id = ${job.id}`,
    )
    expect(await releaseExpiredJobLeases({ payload })).toEqual([])
    expect((await jobById(job.id)).processing).toBe(true)
    await execute(sql`UPDATE payload_jobs SET processing = false WHERE id = ${job.id}`)
    await runEmailQueueUntilIdle()
  })

  it('should send once when two jobs carry the same idempotency key, with the Message-ID derived from it', async () => {
    const to = `same-key@${domain}`
    const key = randomUUID()
    const first = await queueTestEmail({ to, key })
    const second = await queueTestEmail({ to, key })
    await runEmailQueueUntilIdle()
    expect((await emailsTo(to)).map((m) => m.messageId)).toEqual([messageIdFor(key)])
    expect((await jobById(first.id)).completedAt).toBeTruthy()
    expect((await jobById(second.id)).completedAt).toBeTruthy()
  })

  it('should send, with the same Message-ID, when an earlier attempt crashed before the mail server answered', async () => {
    const to = `crash-before-send@${domain}`
    const key = randomUUID()
    // An attempt claimed the message 10 minutes ago and never came back.
    await execute(sql`
      INSERT INTO email_deliveries (key, message_id, status, claim_token, claimed_at)
      VALUES (${key}, ${messageIdFor(key)}, 'sending', ${randomUUID()}, now() - interval '10 minutes')`)
    await queueTestEmail({ to, key })
    await runEmailQueueUntilIdle()
    expect((await emailsTo(to)).map((m) => m.messageId)).toEqual([messageIdFor(key)])
  })

  it('should not send while another attempt holds a fresh claim on the same message', async () => {
    const to = `claimed-elsewhere@${domain}`
    const key = randomUUID()
    // Another runner claimed the message a moment ago and may be talking to the mail server.
    await execute(sql`
      INSERT INTO email_deliveries (key, message_id, status, claim_token, claimed_at)
      VALUES (${key}, ${messageIdFor(key)}, 'sending', ${randomUUID()}, now())`)
    const job = await queueTestEmail({ to, key })
    await runEmailQueueOnce()
    const waiting = await jobById(job.id)
    expect(waiting.completedAt ?? null).toBeNull()
    expect(waiting.hasError).toBe(false)
    expect(await emailsTo(to)).toHaveLength(0)
    // That runner records its send; the retry then finds the message sent and sends nothing.
    await execute(sql`UPDATE email_deliveries SET status = 'sent' WHERE key = ${key}`)
    await runEmailQueueUntilIdle()
    expect((await jobById(job.id)).completedAt).toBeTruthy()
    expect(await emailsTo(to)).toHaveLength(0)
  })
})

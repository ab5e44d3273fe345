import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Every setting the app reads from the environment, in one place (the README lists the same). */
export const isProduction = process.env.NODE_ENV === 'production'

/** `next build` evaluates server modules too; runtime-only checks must not fire then. */
export const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'

export const dataDir = path.resolve(process.env.DATA_DIR || '.data')

export const serverURL = (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

/** Origins allowed to send cookie-authenticated requests (Payload's CSRF allow-list). */
export const csrfOrigins = [
  serverURL,
  ...(process.env.CSRF_ORIGINS || '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean),
]

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
}

export const smtpSettings = (): SmtpSettings | null => {
  const host = process.env.SMTP_HOST
  if (!host) return null
  const port = Number(process.env.SMTP_PORT || 587)
  return {
    host,
    port,
    secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
    user: process.env.SMTP_USER || undefined,
    pass: process.env.SMTP_PASS || undefined,
  }
}

export const emailFrom = {
  address: process.env.EMAIL_FROM || 'ta-library@localhost',
  name: process.env.EMAIL_FROM_NAME || 'TA Library',
}

export const outboxDir = path.join(dataDir, 'outbox')

const positiveMs = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * The first wait before an email that failed is tried again; each later wait doubles (30 s, 1 min,
 * 2 min, … about 8.5 hours in all over the ten retries).
 */
export const emailRetryDelayMs = positiveMs(process.env.EMAIL_RETRY_DELAY_MS, 30_000)

/**
 * How long a job may stay marked as processing before the worker takes it for a crashed run and
 * puts it back in the queue. Longer than any job takes (an email, a PDF's text).
 */
export const jobLeaseMs = positiveMs(process.env.JOB_LEASE_MS, 5 * 60_000)

/**
 * In development a missing PAYLOAD_SECRET is replaced by a random one kept in the data folder, so
 * sessions survive restarts without anyone copying a secret around. Production must set its own.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (isProduction) return isBuildPhase ? 'build-time-placeholder' : ''
  const file = path.join(dataDir, 'dev-secret')
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

/** Problems that must stop a production start, each in words an operator can act on. */
export const productionConfigProblems = (): string[] => {
  if (!isProduction) return []
  const problems: string[] = []
  const secret = process.env.PAYLOAD_SECRET || ''
  if (secret.length < 32) {
    problems.push('PAYLOAD_SECRET must be set to a random string of at least 32 characters.')
  }
  if (!smtpSettings()) {
    problems.push(
      'SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASS as your provider needs) must be set: ' +
        'without a mail server nobody can verify an email address or reset a password.',
    )
  }
  if (!process.env.SERVER_URL) {
    problems.push(
      'SERVER_URL must be set to the public address of this site, e.g. https://ta.example.org.',
    )
  }
  return problems
}

export const assertProductionConfig = () => {
  const problems = productionConfigProblems()
  if (problems.length > 0) {
    throw new Error(`TA Library cannot start in production:\n- ${problems.join('\n- ')}`)
  }
}

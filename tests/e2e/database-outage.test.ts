import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/lib/db/embedded'
import { hasChrome } from '../helpers/browser'
import { freePort } from '../helpers/database'
import { openBrowser, screenshot } from '../helpers/e2e'

const run = promisify(execFile)

/**
 * The production server on a Postgres cluster of its own (the other browser tests' database must
 * not stop): while the database is down, a signed-in person sees the plain "temporarily
 * unavailable, nothing was lost" page with HTTP 503, and the API answers 503 with Retry-After;
 * when it is back, the same server and the same session work again.
 */
const account = {
  email: 'outage-advocate@test.example',
  name: 'Olga Outage',
  password: 'outage browser passphrase',
}
const unavailable =
  'The service is temporarily unavailable. Nothing you saved was lost. Try again in a minute.'

let dataDir: string
let dbPort: number
let db: EmbeddedDatabase
let server: ChildProcess
let baseUrl: string
let context: BrowserContext
let page: Page

const startDatabase = () => startEmbeddedPostgres({ dataDir, port: dbPort, databaseName: 'outage' })

const waitForHealth = async () => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited early (${server.exitCode})`)
    const res = await fetch(`${baseUrl}/api/health`).catch(() => null)
    if (res?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error('The app did not become healthy')
}

describe.skipIf(!hasChrome)('a database outage in the browser (production build)', () => {
  beforeAll(async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'ta-e2e-outage-'))
    chmodSync(parent, 0o755)
    dataDir = path.join(parent, 'cluster')
    dbPort = await freePort()
    db = await startDatabase()
    const port = await freePort()
    baseUrl = `http://localhost:${port}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVER_URL: baseUrl,
      DATABASE_URL: db.url,
      DATA_DIR: path.join(parent, 'data'),
      PAYLOAD_SECRET: 'e2e-outage-secret-e2e-outage-secret-e2e',
      // Nothing listens here: no email is sent by these journeys.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await freePort()),
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    }
    server = spawn(path.resolve('node_modules/.bin/tsx'), ['server.ts'], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    await waitForHealth()
    await run(
      path.resolve('node_modules/.bin/tsx'),
      [
        'scripts/create-user.ts',
        '--email',
        account.email,
        '--name',
        account.name,
        '--role',
        'advocate',
        '--organization',
        'Outage Legal Aid',
      ],
      { env: { ...env, NEW_USER_PASSWORD: account.password } },
    )
    ;({ context, page } = await openBrowser())
    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('Email address').fill(account.email)
    await page.getByLabel('Password', { exact: true }).fill(account.password)
    await page.getByRole('button', { name: 'Log in', exact: true }).click()
    await page.getByRole('button', { name: 'Log out' }).waitFor()
  })

  afterAll(async () => {
    await context?.close()
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    }
    await db?.stop()
  })

  it('should show a signed-in person the plain unavailable page with 503 while Postgres is down', async () => {
    await db.stop()
    const response = await page.goto(`${baseUrl}/cases`)
    expect(response?.status()).toBe(503)
    expect(response?.headers()['retry-after']).toBe('15')
    await page.getByText(unavailable).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Temporarily unavailable',
    )
    await screenshot(page, 'portal-database-unavailable')
  })

  it('should answer the signed-in page’s API calls with 503 and Retry-After, not 403', async () => {
    const answer = await page.evaluate(async () => {
      const res = await fetch('/api/cases', { credentials: 'include' })
      return {
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        body: await res.json(),
      }
    })
    expect(answer).toEqual({
      status: 503,
      retryAfter: '15',
      body: { errors: [{ message: unavailable }] },
    })
  })

  it('should serve the same session again once Postgres is back, without restarting the app', async () => {
    db = await startDatabase()
    const response = await page.goto(`${baseUrl}/cases`)
    expect(response?.status()).toBe(200)
    await page.getByRole('button', { name: 'Log out' }).waitFor()
    expect(await page.getByText(unavailable).count()).toBe(0)
  })
})

import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

import { browserMissingMessage, hasChrome } from './browser'
import { createTestDatabase, freePort } from './database'
import { e2eAccounts } from './e2e-accounts'
import { startSmtpSink } from './smtp-sink'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    mailDir: string
    screenshotDir: string
  }
}

const run = promisify(execFile)

const waitForHealth = async (url: string, server: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The app exited early with code ${server.exitCode}`)
    const res = await fetch(`${url}/api/health`).catch(() => null)
    if (res?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The app did not become healthy within ${timeoutMs} ms`)
}

/**
 * The browser tests run against the production build, started the way `npm start` starts it, on a
 * fresh database, sending mail over real SMTP to a sink on loopback.
 */
export default async function setup(project: TestProject) {
  const screenshotDir = path.resolve('test-results/screenshots')
  project.provide('screenshotDir', screenshotDir)
  if (!hasChrome) {
    if (process.env.CI === 'true') throw new Error(browserMissingMessage)
    console.warn(browserMissingMessage)
    project.provide('baseUrl', '')
    project.provide('mailDir', '')
    return
  }
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error('No production build: run `npm run build` first (npm test does it for you).')
  }

  const db = await createTestDatabase('e2e')
  const scratch = mkdtempSync(path.join(tmpdir(), 'ta-e2e-'))
  const mailDir = path.join(scratch, 'mail')
  const smtpPort = await freePort()
  const smtp = await startSmtpSink({ dir: mailDir, port: smtpPort })
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVER_URL: baseUrl,
    DATABASE_URL: db.url,
    DATA_DIR: path.join(scratch, 'data'),
    PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'ta-library@test.example',
  }
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['server.ts'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    }
    await smtp.close()
    await db.drop()
  }
  try {
    await waitForHealth(baseUrl, server, 120_000)
    for (const account of e2eAccounts) {
      await run(
        path.resolve('node_modules/.bin/tsx'),
        [
          'scripts/create-user.ts',
          '--email',
          account.email,
          '--name',
          account.name,
          '--role',
          account.role,
          '--organization',
          'E2E Legal Aid',
        ],
        { env: { ...env, NEW_USER_PASSWORD: account.password } },
      )
    }
  } catch (error) {
    await stop()
    throw error
  }
  project.provide('baseUrl', baseUrl)
  project.provide('mailDir', mailDir)
  return stop
}

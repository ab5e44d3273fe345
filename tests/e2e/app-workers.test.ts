import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, freePort, type TestDatabase } from '../helpers/database'

/** Every live process's parent, read from /proc (Linux). */
const parents = () => {
  const byPid = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      byPid.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while we looked.
    }
  }
  return byPid
}

const descendantsOf = (pid: number): number[] => {
  const byPid = parents()
  const found: number[] = []
  const visit = (parent: number) => {
    for (const [child, ppid] of byPid) {
      if (ppid === parent) {
        found.push(child)
        visit(child)
      }
    }
  }
  visit(pid)
  return found
}

/** The app processes under the launcher: the cluster primary and its workers run server.ts. */
const serverProcesses = (launcher: number) =>
  descendantsOf(launcher).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.ts')
    } catch {
      return false
    }
  })

const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Not true within ${timeoutMs} ms`)
}

describe('several app processes (WEB_CONCURRENCY=2, production build)', () => {
  let db: TestDatabase
  let launcher: ChildProcess
  let baseUrl: string
  let env: NodeJS.ProcessEnv
  /** What the launcher printed so far. */
  let output = ''

  const isHealthy = async () =>
    (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status === 200

  beforeAll(async () => {
    db = await createTestDatabase('workers')
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    env = {
      ...process.env,
      NODE_ENV: 'production',
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVER_URL: baseUrl,
      DATABASE_URL: db.url,
      DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'ta-workers-')), 'data'),
      PAYLOAD_SECRET: 'workers-secret-workers-secret-workers-secret',
      // Nothing here sends mail.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '2',
    }
    launcher = spawn(path.resolve('node_modules/.bin/tsx'), ['server.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    launcher.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      process.stdout.write(chunk)
    })
    await waitFor(async () => serverProcesses(launcher.pid!).length === 3 && isHealthy(), 120_000)
    await waitFor(() => output.includes('2 app workers ready'), 60_000)
  }, 150_000)

  afterAll(async () => {
    if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL')
    await db?.drop()
  })

  it('should answer a signed-in user the same from every worker', async () => {
    await new Promise<void>((resolve, reject) => {
      const made = spawn(
        path.resolve('node_modules/.bin/tsx'),
        [
          'scripts/create-user.ts',
          '--email',
          'workers@test.example',
          '--name',
          'Worker Test',
          '--role',
          'staff',
        ],
        { env: { ...env, NEW_USER_PASSWORD: 'amber orchard silent river' }, stdio: 'inherit' },
      )
      made.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))))
    })
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'workers@test.example',
        password: 'amber orchard silent river',
      }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    // Connections are spread over the workers; a token from one must be honoured by the other.
    const emails = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const res = await fetch(`${baseUrl}/api/users/me`, {
          headers: { Authorization: `JWT ${token}`, Connection: 'close' },
        })
        return ((await res.json()) as { user: { email: string } | null }).user?.email
      }),
    )
    expect(new Set(emails)).toEqual(new Set(['workers@test.example']))
  })

  it('should start a worker again when it dies', async () => {
    const byPid = parents()
    const all = serverProcesses(launcher.pid!)
    const primary = all.find((pid) => byPid.get(pid) === launcher.pid)
    const workers = all.filter((pid) => byPid.get(pid) === primary)
    expect(workers).toHaveLength(2)
    // A worker answers its own health check on a private port (loading Payload and the API)
    // before it takes traffic: each start, first or again, says so once.
    const readyWorkers = () => output.match(/App worker \d ready in/g)?.length ?? 0
    expect(readyWorkers()).toBe(2)
    process.kill(workers[1]!, 'SIGKILL')
    await waitFor(() => {
      const now = serverProcesses(launcher.pid!)
      return now.length === 3 && now.includes(primary!) && !now.includes(workers[1]!)
    }, 60_000)
    await waitFor(() => readyWorkers() === 3, 60_000)
    await waitFor(isHealthy, 30_000)
  }, 90_000)

  it('should stop every worker when stopped', async () => {
    const processes = serverProcesses(launcher.pid!)
    launcher.kill('SIGTERM')
    await new Promise((resolve) => launcher.once('exit', resolve))
    await waitFor(() => processes.every((pid) => !parents().has(pid)), 20_000)
    expect(await isHealthy()).toBe(false)
  }, 30_000)
})

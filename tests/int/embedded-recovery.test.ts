import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/lib/db/embedded'
import { freePort } from '../helpers/database'

/** The scratch folders this file made (each a whole cluster), removed once it is done. */
const scratchDirs: string[] = []

const makeDataDir = () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'ta-recovery-'))
  chmodSync(parent, 0o755)
  scratchDirs.push(parent)
  return path.join(parent, 'cluster')
}

/** Starts the embedded server in a child process, writes a row, and reports when done. */
const childScript = (dataDir: string, port: number) => `
  import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve('src/lib/db/embedded.ts'))}
  import pg from ${JSON.stringify(path.resolve('node_modules/pg/lib/index.js'))}
  const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, databaseName: 'app' })
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  await client.query('CREATE TABLE notes (body text)')
  await client.query("INSERT INTO notes VALUES ('survives kill -9')")
  await client.end()
  console.log('READY')
  setInterval(() => {}, 1000)
`

const parentOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}

/** Runs the child until its row is written; returns the child and the postmaster's pid. */
const startOwner = async (dataDir: string, port: number) => {
  const script = path.join(path.dirname(dataDir), 'child.mts')
  writeFileSync(script, childScript(dataDir, port))
  const child = spawn(path.resolve('node_modules/.bin/tsx'), [script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve())
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)))
  })
  const postmaster = Number(
    readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
  )
  return { child, postmaster }
}

const readNotes = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query('SELECT body FROM notes')
  await client.end()
  return rows
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts the cluster again after a crash and checks the note written before it survived, and that
 * the start said what it recovered from (`logged`).
 */
const expectRecovered = async ({
  dataDir,
  port,
  logged,
}: {
  dataDir: string
  port: number
  logged: string
}) => {
  const logs: string[] = []
  const db = await startEmbeddedPostgres({
    dataDir,
    port,
    databaseName: 'app',
    log: (m) => logs.push(m),
  })
  try {
    expect(await readNotes(db.url)).toEqual([{ body: 'survives kill -9' }])
    expect(logs.join('\n')).toContain(logged)
  } finally {
    await db.stop()
  }
}

describe('embedded Postgres after a crash', () => {
  // Every test stops the servers it started; the clusters' files stay until here.
  afterAll(() => {
    for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true })
  })

  it('should stop the orphaned server of an owner killed with SIGKILL and start, data intact', async () => {
    const dataDir = makeDataDir()
    const port = await freePort()
    const { child, postmaster } = await startOwner(dataDir, port)
    // kill -9 of the app's Node processes only (tsx runs the script in a child of its own).
    process.kill(parentOf(postmaster), 'SIGKILL')
    process.kill(child.pid!, 'SIGKILL')
    await pause(300)
    expect(() => process.kill(postmaster, 0)).not.toThrow() // the postmaster outlived its owner

    await expectRecovered({ dataDir, port, logged: 'orphaned Postgres server' })
  })

  it('should start after the owner and the server were all killed with SIGKILL, data intact', async () => {
    const dataDir = makeDataDir()
    const port = await freePort()
    const { child } = await startOwner(dataDir, port)
    process.kill(-child.pid!, 'SIGKILL') // the whole process group, server included
    await pause(300)
    await expectRecovered({ dataDir, port, logged: 'stale postmaster.pid' })
  })

  it('should clear a stale postmaster.pid whose process is gone', async () => {
    const dataDir = makeDataDir()
    const port = await freePort()
    const first = await startEmbeddedPostgres({ dataDir, port, databaseName: 'app' })
    await first.stop()
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n`)
    const logs: string[] = []
    const db = await startEmbeddedPostgres({
      dataDir,
      port,
      databaseName: 'app',
      log: (m) => logs.push(m),
    })
    await db.stop()
    expect(logs.join('\n')).toContain('stale postmaster.pid')
  })

  it('should restart a supervised server that dies while the app runs', async () => {
    const dataDir = makeDataDir()
    const port = await freePort()
    const logs: string[] = []
    const db = await startEmbeddedPostgres({
      dataDir,
      port,
      databaseName: 'app',
      shouldSupervise: true,
      log: (m) => logs.push(m),
    })
    try {
      const postmaster = Number(
        readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      )
      process.kill(postmaster, 'SIGKILL')
      const deadline = Date.now() + 15_000
      let answer: unknown = null
      while (answer === null && Date.now() < deadline) {
        await pause(200)
        const client = new pg.Client({ connectionString: db.url })
        client.on('error', () => {})
        answer = await client
          .connect()
          .then(() => client.query('SELECT 1 AS ok'))
          .then((res) => res.rows[0])
          .catch(() => null)
        await client.end().catch(() => {})
      }
      expect(answer).toEqual({ ok: 1 })
      expect(logs.join('\n')).toContain('running again')
    } finally {
      await db.stop()
    }
  })
})

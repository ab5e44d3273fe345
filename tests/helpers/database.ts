import { chmodSync, mkdtempSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/lib/db/embedded'

export type TestDatabase = { url: string; drop: () => Promise<void> }

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/**
 * A fresh, empty database for one test run. With TEST_DATABASE_URL (or DATABASE_URL) it is created
 * on that server and dropped afterwards; otherwise a throwaway embedded Postgres cluster is started.
 */
export const createTestDatabase = async (label: string): Promise<TestDatabase> => {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL
  const name = `ta_${label}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  if (external) {
    const admin = new pg.Client({ connectionString: external })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
    await admin.end()
    const url = new URL(external)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: external })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const parent = mkdtempSync(path.join(tmpdir(), 'ta-pg-'))
  // mkdtemp makes a private (700) folder; the server's unprivileged user must be able to enter it.
  chmodSync(parent, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(parent, 'cluster'),
    port: await freePort(),
    databaseName: name,
    isPersistent: false,
  })
  return { url: db.url, drop: db.stop }
}

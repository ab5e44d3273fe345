/**
 * Runs a command (e.g. the payload CLI) with DATABASE_URL set: the given one, or the development
 * embedded Postgres, started for the command (or shared with a running `npm run dev`).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), true)

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: tsx scripts/with-db.ts <command> [args…]')
  process.exit(2)
}

const { dataDir } = await import('../src/lib/env')
const { startEmbeddedPostgres } = await import('../src/lib/db/embedded')

let stop = async () => {}
if (!process.env.DATABASE_URL) {
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT || 54329),
    databaseName: 'ta_library',
    canShareRunning: true,
    log: (message) => console.info(`[with-db] ${message}`),
  })
  process.env.DATABASE_URL = db.url
  stop = db.stop
}

const child = spawn(path.join('node_modules', '.bin', command), args, { stdio: 'inherit' })
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await stop()
process.exit(code)

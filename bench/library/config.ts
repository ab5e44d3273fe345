/**
 * Settings shared by the generator and the runner, and the bench database they both use: a
 * throwaway embedded Postgres cluster under BENCH_DIR (the app's default engine), or a database
 * named in BENCH_DATABASE_URL. Never the development database.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/lib/db/embedded'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const projectRoot = path.resolve(dirname, '../..')
export const benchDir = path.resolve(process.env.BENCH_DIR || '/tmp/ta-bench')
export const manifestPath = path.join(benchDir, 'manifest.json')
export const resultsDir = path.join(projectRoot, 'bench', '.results')
export const embeddedDataDir = path.join(benchDir, 'postgres')
export const embeddedPort = Number(process.env.BENCH_PG_PORT || 54398)
export const benchDatabaseName = 'ta_bench'

export const log = (message: string) =>
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

export type BenchDatabase = {
  url: string
  kind: 'embedded' | 'external'
  /** pid of the postmaster when this process runs it, to account for its CPU. */
  postmasterPid: number | null
  stop: () => Promise<void>
}

const redact = (url: string) => url.replace(/:[^:@/]*@/, ':…@')

/** A connection string for the bench database, printable (password hidden). */
export const describeUrl = redact

/**
 * Starts (or connects to) the bench database server. With `isFresh`, the bench database is dropped
 * and created again. BENCH_DATABASE_URL must name a database whose name contains "bench", so a
 * typo can never drop a real database.
 */
export const openBenchDatabase = async ({
  isFresh,
}: {
  isFresh: boolean
}): Promise<BenchDatabase> => {
  const external = process.env.BENCH_DATABASE_URL
  let url: string
  let stop = async () => {}
  let postmasterPid: number | null = null
  if (external) {
    const name = new URL(external).pathname.slice(1)
    if (!name.includes('bench')) {
      throw new Error(`BENCH_DATABASE_URL must name a database containing "bench" (got "${name}").`)
    }
    url = external
  } else {
    const db = await startEmbeddedPostgres({
      dataDir: embeddedDataDir,
      port: embeddedPort,
      databaseName: benchDatabaseName,
      log,
    })
    url = db.url
    stop = db.stop
    postmasterPid = Number(
      readFileSync(path.join(embeddedDataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    )
  }
  if (isFresh) {
    const name = new URL(url).pathname.slice(1)
    const adminUrl = new URL(url)
    adminUrl.pathname = '/postgres'
    const admin = new pg.Client({ connectionString: adminUrl.toString() })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
    await admin.end()
  }
  return { url, kind: external ? 'external' : 'embedded', postmasterPid, stop }
}

export type CaseTarget = {
  id: number
  caseNumber: string
  countryId: number
  countryName: string
  persecutionTypeIds: number[]
  reliefTypeIds: number[]
}

/** What the generator made, and the cases and filters the runner's scenarios use. */
export type Manifest = {
  seed: number
  scale: number
  generatedAt: string
  database: { kind: 'embedded' | 'external'; url: string; postgres: string }
  counts: Record<string, number>
  /** sha256 of every generated row in insertion order: same seed and scale, same checksum. */
  rowsChecksum: string
  timingsMs: Record<string, number>
  targets: {
    typical: CaseTarget
    largestCountry: CaseTarget & { countryConditions: number }
    /**
     * The "2 filters" scenarios check the case's first persecution type and this procedural stage
     * (both multi-valued groups, so both are array-containment conditions).
     */
    filterStage: { id: number; name: string }
  }
  documentTypeIds: Record<string, number>
}

export const readManifest = (): Manifest => {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  } catch {
    throw new Error(
      `No benchmark data in ${benchDir}: run \`npx tsx bench/library/generate.ts\` first.`,
    )
  }
}

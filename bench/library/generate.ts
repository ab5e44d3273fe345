/**
 * Fills a FRESH bench database with a realistic, deterministic TA Library:
 * 20,000 resources, 60,000 cases with intake answers, 100,000 outcomes (× BENCH_SCALE), plus the
 * organizations, advocates and audit trail around them.
 *
 *   npx tsx bench/library/generate.ts
 *
 * Payload is initialised once with the real config (schema push, vocabularies), then each table's
 * generator (bench/library/generate/*.ts) puts its rows in with multi-row INSERT … SELECT FROM
 * unnest(…) into Payload's own tables, the library index is rebuilt with the engine's
 * reindexAllResources, and the tables are analysed.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import {
  benchDatabaseName,
  benchDir,
  describeUrl,
  log,
  manifestPath,
  openBenchDatabase,
  type CaseTarget,
  type Manifest,
} from './config'
import { generateAccessEvents } from './generate/access-events'
import { generateAdjudicators } from './generate/adjudicators'
import { generateCases } from './generate/cases'
import { generateOrganizations } from './generate/organizations'
import { generateOutcomes } from './generate/outcomes'
import { generateResources } from './generate/resources'
import { rowsChecksum, type Counts, type Generation } from './generate/rows'
import { generateUsers } from './generate/users'
import { loadVocabulary } from './generate/vocabulary'
import { createRandom } from './random'

const seed = Number(process.env.BENCH_SEED || 20261127)
const scale = Number(process.env.BENCH_SCALE || 1)
const counts: Counts = {
  resources: Math.round(20_000 * scale),
  cases: Math.round(60_000 * scale),
  outcomes: Math.round(100_000 * scale),
  advocates: Math.round(4_000 * scale),
  organizations: Math.round(600 * scale),
  adjudicators: 300,
  accessEvents: Math.round(200_000 * scale),
}

if (process.env.NODE_ENV === 'production') {
  console.error('Run the generator without NODE_ENV=production: it relies on schema push.')
  process.exit(2)
}

const main = async () => {
  const started = performance.now()
  const timings: Record<string, number> = {}
  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    const result = await work()
    timings[label] = Math.round(performance.now() - t0)
    log(`${label}: ${timings[label]} ms`)
    return result
  }

  mkdirSync(benchDir, { recursive: true })
  const db = await openBenchDatabase({ isFresh: true })
  log(`Fresh bench database: ${describeUrl(db.url)}`)

  // The real config, as a development start would run it: schema push, vocabularies, no demo.
  process.env.DATABASE_URL = db.url
  process.env.DATA_DIR = path.join(benchDir, 'data')
  process.env.SEED_DEMO = 'false'
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  // Without these, a development init would connect to the HMR socket of whatever runs on port
  // 3000 and start `generate:types`, which rewrites src/payload-types.ts in the working tree.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../payload.config')
  const { reindexAllResources } = await import('../../src/library/indexer')
  const { runLibraryQuery } = await import('../../src/library/query')
  const { migrations } = await import('../../src/migrations')
  const config = await configPromise
  const payload = await time('payload init (schema push, vocabularies)', () =>
    getPayload({
      config: { ...config, typescript: { ...config.typescript, autoGenerate: false } },
    }),
  )

  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  // Bulk load: the generated rows are consistent by construction, so skip the per-row foreign-key
  // triggers (superuser-only setting; the bench cluster's user is one) and the commit flush.
  await client.query(`SET session_replication_role = replica`).catch(() => {})
  await client.query(`SET synchronous_commit = off`)
  const random = createRandom(seed)
  const generation: Generation = { client, random, counts, time }
  // One generator per table, in this order: each draws from the same random stream in turn.
  const vocabulary = await loadVocabulary(client, random)
  const { countries, persecution, country, stage, reliefTypes, documentTypes } = vocabulary
  await generateOrganizations(generation)
  const users = await generateUsers(generation)
  const adjudicators = await generateAdjudicators(generation, vocabulary)
  const { cases } = await generateCases(generation, vocabulary, { ...users, ...adjudicators })
  const { casesWithOutcomes } = await generateOutcomes(generation, vocabulary, cases)
  await generateResources(generation, vocabulary, casesWithOutcomes)
  await generateAccessEvents(generation, cases, users.advocateOrg)

  // Explicit ids were inserted: move each serial sequence past them.
  for (const table of [
    'organizations',
    'users',
    'adjudicators',
    'cases',
    'cases_rels',
    'cases_protected_grounds',
    'outcomes',
    'outcomes_arguments',
    'outcomes_persuasive_evidence',
    'resources',
    'resources_rels',
    'access_events',
  ]) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM "${table}"))`,
    )
  }

  await time('library index (reindexAllResources)', () => reindexAllResources(payload))
  await time('vacuum analyze', () => client.query('VACUUM ANALYZE'))

  // Production starts apply the committed migrations; this schema was pushed from the same
  // config, so record them as applied (and drop the "dev push" marker that would make a
  // production start stop and ask).
  await client.query(`DELETE FROM payload_migrations`)
  for (const migration of migrations) {
    await client.query(`INSERT INTO payload_migrations (name, batch) VALUES ($1, 1)`, [
      migration.name,
    ])
  }

  // --- Targets for the runner ----------------------------------------------------------------
  const largest = (
    await client.query<{ country_id: number; n: string }>(`
      SELECT c AS country_id, count(*) AS n
      FROM library_index li, unnest(li.country_ids) AS c
      WHERE li.document_type_slug = 'country-conditions' AND li.is_published AND li.audience = 'advocates'
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`)
  ).rows[0]!
  const allRelief = reliefTypes.map((r) => r.id).sort((a, b) => a - b)
  const sameSet = (a: number[], b: number[]) =>
    a.length === b.length &&
    [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i])
  const pickCase = (countryId: number, persecutionSlugs: string[]): CaseTarget => {
    const wanted = persecutionSlugs.map((slug) => persecution(slug).id)
    const found =
      cases.find(
        (c) =>
          c.countryId === countryId &&
          sameSet(c.persecutionIds, wanted) &&
          sameSet(c.reliefIds, allRelief),
      ) ??
      cases.find((c) => c.countryId === countryId && c.persecutionIds.includes(wanted[0]!)) ??
      cases.find((c) => c.countryId === countryId)!
    return {
      id: found.id,
      caseNumber: found.caseNumber,
      countryId,
      countryName: countries.find((c) => c.id === countryId)!.name,
      persecutionTypeIds: found.persecutionIds,
      reliefTypeIds: found.reliefIds,
    }
  }
  const typical = pickCase(country('honduras').id, ['gang-based-harm', 'extortion'])
  const largestCountry = {
    ...pickCase(largest.country_id, ['domestic-violence', 'gender-based-violence']),
    countryConditions: Number(largest.n),
  }

  // --- Smoke checks through Payload's Local API and the engine --------------------------------
  const resources = await payload.find({
    collection: 'resources',
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const casesPage = await payload.find({
    collection: 'cases',
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const outcomesPage = await payload.find({
    collection: 'outcomes',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (
    resources.totalDocs !== counts.resources ||
    !resources.docs[0]?.title ||
    casesPage.totalDocs !== counts.cases ||
    !casesPage.docs[0]?.caseNumber ||
    outcomesPage.totalDocs !== counts.outcomes
  ) {
    throw new Error('Smoke check failed: Payload does not read the generated rows back.')
  }
  const library = await runLibraryQuery(payload, {
    scope: {
      kind: 'case',
      theCase: {
        countryId: typical.countryId,
        persecutionTypeIds: typical.persecutionTypeIds,
        reliefTypeIds: typical.reliefTypeIds,
      },
    },
    filters: { countries: [], persecutionTypes: [], documentTypes: [], stages: [], topics: [] },
  })
  log(
    `Smoke check: Payload reads ${resources.totalDocs} resources, ${casesPage.totalDocs} cases, ${outcomesPage.totalDocs} outcomes; ` +
      `typical case ${typical.caseNumber} (${typical.countryName}) has ${library.total} library items.`,
  )

  const tableCounts: Record<string, number> = {}
  for (const table of [
    'organizations',
    'users',
    'cases',
    'cases_rels',
    'outcomes',
    'outcomes_results',
    'resources',
    'resources_rels',
    'library_index',
    'access_events',
  ]) {
    tableCounts[table] = Number(
      (await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n,
    )
  }
  const version = (
    await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
  ).rows[0]!.v
  await client.end()

  timings.total = Math.round(performance.now() - started)
  const manifest: Manifest = {
    seed,
    scale,
    generatedAt: new Date().toISOString(),
    database: {
      kind: db.kind,
      url: describeUrl(db.url),
      postgres: version,
    },
    counts: tableCounts,
    rowsChecksum: rowsChecksum.digest('hex'),
    timingsMs: timings,
    targets: {
      typical,
      largestCountry,
      filterStage: { id: stage('immigration-court').id, name: stage('immigration-court').name },
    },
    documentTypeIds: Object.fromEntries(documentTypes.map((d) => [d.slug, d.id])),
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  log(`Rows: ${JSON.stringify(tableCounts)}`)
  log(
    `Done in ${(timings.total / 1000).toFixed(1)} s; manifest in ${manifestPath} (database ${benchDatabaseName}).`,
  )

  // Payload keeps a pool client for the life of the process; stopping the server under it is the
  // expected end here, not a lost connection worth logging.
  payload.db.pool?.removeAllListeners('error')
  payload.db.pool?.on('error', () => {})
  await payload.destroy().catch(() => {})
  await db.stop()
  process.exit(0)
}

main().catch((error: Error) => {
  console.error(error)
  process.exit(1)
})

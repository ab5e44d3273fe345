/**
 * Measures the tailored library on the generated bench database, in one run:
 * - GET /api/cases/:id/library (production build) at a fixed open-loop rate and at 50 connections;
 * - the same question the naive way: Payload REST find (depth 2, `like`, tag `in`) plus a count;
 * - the engine's SQL alone: EXPLAIN (ANALYZE, BUFFERS).
 *
 *   npx tsx bench/library/run.ts
 *
 * Writes bench/.results/library-<time>.json (and latest.json) and prints a Markdown table.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { appEnv, ensureAccount, freePort, prepareApp, startApp, type RunningApp } from './app'
import {
  describeUrl,
  log,
  openBenchDatabase,
  projectRoot,
  readManifest,
  resultsDir,
} from './config'
import { explainLibraryQuery, loadSqlBuilder, type ExplainResult } from './explain'
import {
  closedLoop,
  createClient,
  openLoop,
  type Client,
  type Operation,
  type RunStats,
} from './load'
import {
  cpuCalibrationMs,
  loadAverage,
  machineInfo,
  startCpuMonitor,
  waitForQuiet,
  type CpuUsage,
} from './machine'
import { libraryPath, libraryQuery, naivePaths, scenarios } from './scenarios'

/** BENCH_RATE may list several rates (e.g. `100,20`): the first is the headline figure. */
const rates = (process.env.BENCH_RATE || '100')
  .split(',')
  .map(Number)
  .filter((r) => r > 0)

const settings = {
  rate: rates[0] ?? 100,
  extraRates: rates.slice(1),
  durationS: Number(process.env.BENCH_DURATION || 20),
  connections: Number(process.env.BENCH_CONNECTIONS || 50),
  maxLoad: Number(process.env.BENCH_MAX_LOAD || 1),
  quietTimeoutS: Number(process.env.BENCH_QUIET_TIMEOUT || 1800),
  isNaiveSkipped: process.env.BENCH_SKIP_NAIVE === '1',
  only: process.env.BENCH_SCENARIOS ? process.env.BENCH_SCENARIOS.split(',') : null,
  warmupS: Number(process.env.BENCH_WARMUP ?? 20),
}

const accounts = {
  advocate: { email: 'bench-advocate@bench.example', password: 'bench advocate passphrase 2026' },
  staff: { email: 'bench-staff@bench.example', password: 'bench staff passphrase 2026' },
}

type Phase = RunStats & {
  cpu: CpuUsage
  /** CPU spent per successful operation by the app server and by Postgres. */
  cpuMsPerOp: { app: number; db: number }
  loadAverage: number[]
}

type ScenarioResult = {
  key: string
  label: string
  path: string
  total: number
  responseBytes: number
  library: { open: Phase; extraOpen: Phase[]; closed: Phase }
  naive: {
    open: Phase
    extraOpen: Phase[]
    closed: Phase
    totalDocs: number
    responseBytes: number
  } | null
  sqlOnly: { closed: Phase } | null
  explain: Omit<ExplainResult, 'text'>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const login = async (baseUrl: string, email: string, password: string) => {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!res.ok || !body.token) throw new Error(`Login failed for ${email}: ${res.status}`)
  return body.token
}

const main = async () => {
  const manifest = readManifest()
  const startedAt = new Date().toISOString()
  const app = prepareApp()
  if (process.argv.includes('--build-only')) process.exit(0)
  const toQuery = await loadSqlBuilder(app.dir)
  const db = await openBenchDatabase({ isFresh: false })
  const pgClient = new pg.Client({ connectionString: db.url })
  await pgClient.connect()
  const port = await freePort()
  const env = appEnv({ databaseUrl: db.url, port })

  const results: ScenarioResult[] = []
  let runError: unknown = null
  let quiet: Awaited<ReturnType<typeof waitForQuiet>> | null = null
  let calibrationMs = NaN
  let server: RunningApp | null = null
  const ids: Record<string, number> = {}
  try {
    // Accounts: made with the operator script, then given the scenario cases.
    for (const [role, account] of Object.entries(accounts) as [
      'advocate' | 'staff',
      (typeof accounts)['advocate'],
    ][]) {
      const existing = await pgClient.query<{ id: number }>(
        'SELECT id FROM users WHERE email = $1',
        [account.email],
      )
      if (existing.rowCount === 0) ensureAccount({ dir: app.dir, env, role, ...account })
      ids[role] = (
        await pgClient.query<{ id: number }>('SELECT id FROM users WHERE email = $1', [
          account.email,
        ])
      ).rows[0]!.id
    }
    const caseIds = [manifest.targets.typical.id, manifest.targets.largestCountry.id]
    await pgClient.query('UPDATE cases SET owner_id = $1 WHERE id = ANY($2::int[])', [
      ids.advocate,
      caseIds,
    ])
    // Each run starts from the same audit trail: earlier runs' views by the bench accounts go.
    await pgClient.query('DELETE FROM access_events WHERE actor_id = ANY($1::int[])', [
      Object.values(ids),
    ])
    await pgClient.query('VACUUM ANALYZE access_events')

    log(`Starting the app on ${env.SERVER_URL} (pool ${env.DATABASE_POOL_MAX ?? '10 (default)'}) …`)
    const running = await startApp({ dir: app.dir, env })
    server = running
    const groups = {
      runner: [process.pid],
      app: [running.pid],
      db: db.postmasterPid ? [db.postmasterPid] : [],
    }
    const advocateAuth = {
      Authorization: `JWT ${await login(running.baseUrl, accounts.advocate.email, accounts.advocate.password)}`,
    }
    const staffAuth = {
      Authorization: `JWT ${await login(running.baseUrl, accounts.staff.email, accounts.staff.password)}`,
    }
    // BENCH_SCENARIOS picks scenarios and sets their order (by key, comma-separated).
    const selected = settings.only
      ? settings.only.map((key) => {
          const found = scenarios.find((s) => s.key === key)
          if (!found) throw new Error(`Unknown scenario "${key}" in BENCH_SCENARIOS.`)
          return found
        })
      : scenarios

    // Warm up every path and check the answers are what the scenario means.
    const warm = createClient({ baseUrl: running.baseUrl, maxSockets: 10 })
    const checks = new Map<
      string,
      { total: number; bytes: number; naiveTotal: number; naiveBytes: number }
    >()
    for (const scenario of selected) {
      const res = await warm.get(libraryPath(manifest, scenario), advocateAuth)
      const body = JSON.parse(res.body.toString()) as { total?: number; items?: unknown[] }
      if (res.status !== 200 || typeof body.total !== 'number' || !Array.isArray(body.items)) {
        throw new Error(
          `${scenario.key}: library answered ${res.status} ${res.body.toString().slice(0, 200)}`,
        )
      }
      let naiveTotal = -1
      let naiveBytes = 0
      if (!settings.isNaiveSkipped) {
        const { find, count } = naivePaths(manifest, scenario)
        const found = await warm.get(find, staffAuth)
        const counted = await warm.get(count, staffAuth)
        if (found.status !== 200 || counted.status !== 200) {
          throw new Error(
            `${scenario.key}: naive answered ${found.status}/${counted.status} ${found.body.toString().slice(0, 300)}`,
          )
        }
        naiveTotal = (JSON.parse(found.body.toString()) as { totalDocs: number }).totalDocs
        naiveBytes = found.body.length + counted.body.length
      }
      for (let i = 0; i < 30; i += 1) await warm.get(libraryPath(manifest, scenario), advocateAuth)
      checks.set(scenario.key, {
        total: body.total,
        bytes: res.body.length,
        naiveTotal,
        naiveBytes,
      })
      log(
        `${scenario.key}: ${body.total} items, ${res.body.length} bytes; naive totalDocs ${naiveTotal}`,
      )
    }
    // Other work on the machine skews every figure: wait for it to end before the warm-up, not
    // after it. A minute of idleness after the warm-up (the load average takes that long to fall
    // from our own warm-up) made the first scenario measured slower than the rest in every run:
    // the processes and the machine itself cool down. Measurements follow the warm-up at once.
    quiet = await waitForQuiet({ maxLoad: settings.maxLoad, timeoutS: settings.quietTimeoutS, log })
    log(
      `Load average before the warm-up: ${quiet.load.join(', ')}${quiet.isQuiet ? '' : ' (NOT quiet: gave up waiting)'}`,
    )
    calibrationMs = cpuCalibrationMs()
    log(`CPU calibration (JSON round trips, one core): ${calibrationMs} ms`)
    // Steady state, not a cold start: V8 optimises the hot paths only after thousands of calls, and
    // every pooled database connection builds its own catalog caches on first use. So the library
    // requests of every scenario run for BENCH_WARMUP seconds on 10 connections (more than the
    // app's pool) first; the naive way shares most of its code path and ran above.
    if (settings.warmupS > 0) {
      let next = 0
      // Repeated questions only: a new question each time is heavy work, and the first scenario
      // measured after it would measure its aftermath (that scenario is measured last anyway).
      const warming = selected.filter((scenario) => !scenario.isUncached)
      const warmed = await closedLoop({
        client: warm,
        operation: async (client) => {
          const scenario = warming[next++ % warming.length]
          if (!scenario) return true
          return (await client.get(libraryPath(manifest, scenario), advocateAuth)).status === 200
        },
        connections: 10,
        durationS: settings.warmupS,
      })
      log(`Warm-up: ${warmed.ok} requests in ${warmed.durationS} s (${warmed.errors} errors)`)
    }
    warm.close()

    /** Waits until the app and database are idle: an overloaded phase leaves a backlog behind. */
    const drain = async () => {
      for (let i = 0; i < 120; i += 1) {
        const monitor = startCpuMonitor(groups)
        await sleep(500)
        const usage = monitor.stop()
        if ((usage.groups.app ?? 0) + (usage.groups.db ?? 0) < 0.1) return
      }
    }
    const measure = async (label: string, work: () => Promise<RunStats>): Promise<Phase> => {
      await drain()
      const monitor = startCpuMonitor(groups)
      const stats = await work()
      const cpu = monitor.stop()
      // Per successful operation; meaningless when most operations failed (an overloaded open loop).
      const perOp = (cores = 0) =>
        Math.round(((cores * stats.durationS * 1000) / Math.max(1, stats.ok)) * 100) / 100
      const phase: Phase = {
        ...stats,
        cpu,
        cpuMsPerOp: { app: perOp(cpu.groups.app), db: perOp(cpu.groups.db) },
        loadAverage: loadAverage(),
      }
      log(
        `${label}: ${stats.achievedRate} ok/s, p50 ${stats.latencyMs.p50} ms, p95 ${stats.latencyMs.p95} ms, ` +
          `p99 ${stats.latencyMs.p99} ms, errors ${stats.errors}; CPU/op app ${phase.cpuMsPerOp.app} ms, ` +
          `db ${phase.cpuMsPerOp.db} ms; other processes ${cpu.foreignCores} cores`,
      )
      if (process.env.BENCH_TIMELINE === '1' && stats.timeline) {
        log(
          `  by second (p50/max ms): ${stats.timeline.map((t) => `${Math.round(t.p50)}/${Math.round(t.max)}`).join(' ')}`,
        )
      }
      return phase
    }
    const openAt = (label: string, client: Client, operation: Operation, rate: number) =>
      measure(`${label} open ${rate}/s`, () =>
        openLoop({ client, operation, rate, durationS: settings.durationS, maxInFlight: 256 }),
      )
    const profiles = async (
      label: string,
      operation: Operation,
      maxSockets: number,
      extraRates: number[],
    ) => {
      const client: Client = createClient({ baseUrl: running.baseUrl, maxSockets })
      const open = await openAt(label, client, operation, settings.rate)
      const extraOpen: Phase[] = []
      for (const rate of extraRates) {
        extraOpen.push(await openAt(label, client, operation, rate))
      }
      const closed = await measure(`${label} closed ${settings.connections} conns`, () =>
        closedLoop({
          client,
          operation,
          connections: settings.connections,
          durationS: settings.durationS,
        }),
      )
      client.close()
      return { open, extraOpen, closed }
    }
    const sqlPool = new pg.Pool({
      connectionString: db.url,
      max: Number(env.DATABASE_POOL_MAX || 10) - 1,
    })

    // Three passes: the library API for every scenario, then the naive way, then the SQL alone.
    // Interleaved, each library measurement taken after a naive one measured the aftermath of
    // that heavy work too (a bigger, fuller heap; 20–70 % slower than after another library one).
    const libraries = new Map<string, ScenarioResult['library']>()
    for (const scenario of selected) {
      let sent = 0
      const libraryOp: Operation = async (client) =>
        (await client.get(libraryPath(manifest, scenario, (sent += 1)), advocateAuth)).status ===
        200
      libraries.set(
        scenario.key,
        await profiles(`${scenario.key} library`, libraryOp, 1_000, settings.extraRates),
      )
    }
    const naives = new Map<string, NonNullable<ScenarioResult['naive']>>()
    for (const scenario of settings.isNaiveSkipped ? [] : selected) {
      const check = checks.get(scenario.key)!
      const { find, count } = naivePaths(manifest, scenario)
      const naiveOp: Operation = async (client) =>
        (await client.get(find, staffAuth)).status === 200 &&
        (await client.get(count, staffAuth)).status === 200
      naives.set(scenario.key, {
        ...(await profiles(`${scenario.key} naive`, naiveOp, 1_000, [])),
        totalDocs: check.naiveTotal,
        responseBytes: check.naiveBytes,
      })
    }
    for (const scenario of selected) {
      const check = checks.get(scenario.key)!
      // The SQL alone through a pool as large as the app's, to separate database from app time.
      const { text, values } = toQuery(libraryQuery(manifest, scenario))
      const unused = createClient({ baseUrl: running.baseUrl, maxSockets: 1 })
      const sqlClosed = await measure(`${scenario.key} sql-only closed`, () =>
        closedLoop({
          client: unused,
          operation: async () => (await sqlPool.query(text, values)).rowCount === 1,
          connections: settings.connections,
          durationS: Math.min(settings.durationS, 10),
        }),
      )
      unused.close()
      const explained = await explainLibraryQuery(
        pgClient,
        toQuery,
        libraryQuery(manifest, scenario),
      )
      const { text: planText, ...explain } = explained
      mkdirSync(resultsDir, { recursive: true })
      writeFileSync(path.join(resultsDir, `explain-${scenario.key}.txt`), `${planText}\n`)
      log(
        `${scenario.key} SQL: planning ${explain.planningMs} ms, execution ${explain.executionMs} ms, ` +
          `library_index via ${explain.libraryIndexAccess.join('+')}, GIN ${explain.usesGin ? explain.indexes.filter((n) => n.endsWith('_gin')).join(', ') : 'not used'}`,
      )
      results.push({
        key: scenario.key,
        label: scenario.label,
        path: libraryPath(manifest, scenario),
        total: check.total,
        responseBytes: check.bytes,
        library: libraries.get(scenario.key)!,
        naive: naives.get(scenario.key) ?? null,
        sqlOnly: { closed: sqlClosed },
        explain,
      })
    }
    await sqlPool.end()
  } catch (error) {
    runError = error
  } finally {
    await server?.stop()
    const events = await pgClient
      .query<{ n: string }>('SELECT count(*) AS n FROM access_events WHERE actor_id = $1', [
        ids.advocate,
      ])
      .catch(() => ({ rows: [{ n: '?' }] }))
    log(`The run wrote ${events.rows[0]!.n} view-library access events.`)
    await pgClient.end()
    await db.stop()
  }
  if (runError) throw runError

  const commit = (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: projectRoot,
        encoding: 'utf8',
      }).trim()
      const isDirty =
        execFileSync('git', ['status', '--porcelain'], {
          cwd: projectRoot,
          encoding: 'utf8',
        }).trim() !== ''
      return `${head}${isDirty ? '+dirty' : ''}`
    } catch {
      return 'unknown'
    }
  })()
  const report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    commit,
    machine: { ...machineInfo(), cpuCalibrationMs: calibrationMs },
    database: { ...manifest.database, url: describeUrl(manifest.database.url) },
    dataset: { seed: manifest.seed, scale: manifest.scale, counts: manifest.counts },
    app: {
      sourceHash: app.sourceHash,
      dir: app.dir,
      isSnapshot: app.isSnapshot,
      buildMs: app.buildMs,
      poolMax: Number(env.DATABASE_POOL_MAX || 10),
    },
    settings,
    loadAverageBefore: quiet?.load ?? [],
    isQuiet: quiet?.isQuiet ?? false,
    targets: manifest.targets,
    results,
  }
  mkdirSync(resultsDir, { recursive: true })
  const stamp = startedAt.replace(/[:.]/g, '-')
  writeFileSync(
    path.join(resultsDir, `library-${stamp}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  )
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.info(`\n${markdown(report)}\n`)
  log(`Results in ${path.join(resultsDir, `library-${stamp}.json`)}`)
  process.exit(0)
}

type Report = {
  loadAverageBefore: number[]
  isQuiet: boolean
  machine: ReturnType<typeof machineInfo> & { cpuCalibrationMs: number }
  database: { postgres: string; kind: string }
  settings: typeof settings
  app: { poolMax: number; sourceHash: string }
  results: ScenarioResult[]
  commit: string
  startedAt: string
}

const ms = (v: number) =>
  Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : Math.round(v).toString()) : '–'
const lat = (p: Phase) => `${ms(p.latencyMs.p50)} / ${ms(p.latencyMs.p95)} / ${ms(p.latencyMs.p99)}`
const achieved = (p: Phase) =>
  `${Math.round(p.achievedRate)}${p.errors ? ` (${p.errors} err)` : ''}`
const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

export const markdown = (report: Report) => {
  const { rate, connections, durationS } = report.settings
  const headline = table(
    [
      'Scenario',
      'Items',
      `Library API p50 / p95 / p99 ms @ ${rate}/s`,
      'ok/s',
      ...report.settings.extraRates.flatMap((extra) => [
        `Library API p50 / p95 / p99 ms @ ${extra}/s`,
        'ok/s',
      ]),
      `Library API max req/s @ ${connections} conns`,
      `Naive p50 / p95 / p99 ms @ ${rate}/s`,
      'ok/s',
      `Naive max ops/s @ ${connections} conns`,
      'Library ÷ naive',
    ],
    report.results.map((r) => [
      r.label,
      r.total,
      lat(r.library.open),
      achieved(r.library.open),
      ...r.library.extraOpen.flatMap((phase) => [lat(phase), achieved(phase)]),
      achieved(r.library.closed),
      r.naive ? lat(r.naive.open) : '–',
      r.naive ? achieved(r.naive.open) : '–',
      r.naive ? achieved(r.naive.closed) : '–',
      r.naive
        ? `${(r.library.closed.achievedRate / Math.max(r.naive.closed.achievedRate, 0.1)).toFixed(1)}×`
        : '–',
    ]),
  )
  const diagnostics = table(
    [
      'Scenario',
      'SQL exec (+ planning) ms',
      'library_index read by',
      'GIN used',
      `SQL alone q/s (pool ${report.app.poolMax - 1})`,
      'CPU ms per request: app / Postgres',
      'Naive CPU ms per op: app / Postgres',
      'Response KB (library / naive)',
    ],
    report.results.map((r) => [
      r.label,
      `${ms(r.explain.executionMs)} (+ ${ms(r.explain.planningMs)})`,
      r.explain.libraryIndexAccess.join(' + '),
      r.explain.indexes.filter((name) => name.endsWith('_gin')).join(', ') || 'no',
      r.sqlOnly ? Math.round(r.sqlOnly.closed.achievedRate) : '–',
      `${ms(r.library.closed.cpuMsPerOp.app)} / ${ms(r.library.closed.cpuMsPerOp.db)}`,
      r.naive ? `${ms(r.naive.closed.cpuMsPerOp.app)} / ${ms(r.naive.closed.cpuMsPerOp.db)}` : '–',
      `${(r.responseBytes / 1024).toFixed(1)} / ${r.naive ? (r.naive.responseBytes / 1024).toFixed(1) : '–'}`,
    ]),
  )
  const phases = report.results.flatMap((r) => [
    r.library.open,
    ...r.library.extraOpen,
    r.library.closed,
    ...(r.naive ? [r.naive.open, r.naive.closed] : []),
  ])
  const foreign = phases.map((p) => p.cpu.foreignCores)
  const during = phases.map((p) => p.loadAverage[0] ?? 0)
  const range = (values: number[]) =>
    `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`
  return [
    headline,
    '',
    diagnostics,
    '',
    `${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB (CPU calibration ${report.machine.cpuCalibrationMs} ms), Node ${report.machine.node}, ` +
      `Postgres ${report.database.postgres} (${report.database.kind}), app pool ${report.app.poolMax}; ` +
      `${durationS} s per measurement; build ${report.app.sourceHash} (commit ${report.commit}); ${report.startedAt}. ` +
      `Load average before the warm-up ${report.loadAverageBefore.join(' / ')}${report.isQuiet ? '' : ' (machine was NOT quiet)'}; ` +
      `1-min load during the run (ours included) ${range(during)}; ` +
      `other processes used ${range(foreign)} cores during the measurements.`,
  ].join('\n')
}

main().catch((error: Error) => {
  console.error(error)
  process.exit(1)
})

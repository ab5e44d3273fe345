/**
 * The production app for the benchmark: a build of the current working tree, started the way
 * `npm start` starts it, against the bench database.
 *
 * By default the build lives in a snapshot under BENCH_DIR (sources copied, node_modules
 * hard-linked), rebuilt whenever the sources change: the shared checkout's `.next` is left to the
 * people running `npm test`, and a stale build can never be measured by mistake. With
 * BENCH_APP_DIR set to the project folder, its own `.next` is used (built only when missing).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { benchDir, log, projectRoot } from './config'

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })

/** Working-tree files git would see: tracked plus untracked, not ignored. */
const worktreeFiles = (under: string[] = []) =>
  git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...under])
    .split('\0')
    .filter((file) => file && existsSync(path.join(projectRoot, file)))
    .sort()

/**
 * What gets built. `head` (default): the last commit, with the working tree's BENCH_OVERLAY
 * folders (default src/library and bench) on top — other people's half-finished work elsewhere in a shared checkout cannot break or
 * skew the measurement, while engine changes under test are included. `worktree`: everything.
 */
const sourceMode = process.env.BENCH_SOURCE === 'worktree' ? 'worktree' : 'head'
const overlayPaths = (process.env.BENCH_OVERLAY ?? 'src/library,bench')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean)

const hashFiles = (root: string, files: string[]) => {
  const hash = createHash('sha1')
  for (const file of files) {
    hash.update(file)
    hash.update('\0')
    hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

export type PreparedApp = {
  dir: string
  isSnapshot: boolean
  didBuild: boolean
  buildMs: number
  /** Hash of the sources the build was made from ('' for an in-place build). */
  sourceHash: string
}

const build = (dir: string) => {
  log(`Building the production app in ${dir} (next build, about a minute) …`)
  const started = performance.now()
  execFileSync(path.join(dir, 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  })
  return Math.round(performance.now() - started)
}

export const prepareApp = (): PreparedApp => {
  const requested = process.env.BENCH_APP_DIR ? path.resolve(process.env.BENCH_APP_DIR) : null
  if (requested === projectRoot) {
    const isBuilt = existsSync(path.join(projectRoot, '.next/BUILD_ID'))
    const buildMs = isBuilt && process.env.BENCH_BUILD !== '1' ? 0 : build(projectRoot)
    return { dir: projectRoot, isSnapshot: false, didBuild: buildMs > 0, buildMs, sourceHash: '' }
  }
  const dir = requested ?? path.join(benchDir, 'app')
  mkdirSync(dir, { recursive: true })
  const hashFile = path.join(dir, '.bench-source-hash')
  if (process.env.BENCH_BUILD === '0') {
    // A/B comparisons: measure an existing snapshot as it is, whatever the working tree holds.
    if (!existsSync(path.join(dir, '.next/BUILD_ID'))) throw new Error(`No build in ${dir}.`)
    const sourceHash = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : 'unknown'
    log(`Using the existing build in ${dir} (${sourceHash.slice(0, 10)}) as it is.`)
    return { dir, isSnapshot: true, didBuild: false, buildMs: 0, sourceHash }
  }
  const head = git(['rev-parse', 'HEAD']).trim()
  const files = sourceMode === 'worktree' ? worktreeFiles() : worktreeFiles(overlayPaths)
  // A proposed change outside the engine, measured before anyone makes it (BENCH_PATCH).
  const patch = process.env.BENCH_PATCH ? path.resolve(process.env.BENCH_PATCH) : null
  const patchHash = patch
    ? `+${createHash('sha1').update(readFileSync(patch)).digest('hex').slice(0, 8)}`
    : ''
  const sourceHash =
    (sourceMode === 'worktree'
      ? hashFiles(projectRoot, files)
      : `${head.slice(0, 12)}-${hashFiles(projectRoot, files).slice(0, 12)}`) + patchHash
  const builtHash = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : ''
  const isBuilt = existsSync(path.join(dir, '.next/BUILD_ID'))
  if (builtHash === sourceHash && isBuilt && process.env.BENCH_BUILD !== '1') {
    log(`Production build in ${dir} is current (${sourceHash}).`)
    return { dir, isSnapshot: true, didBuild: false, buildMs: 0, sourceHash }
  }
  // Dependencies: hard links (same filesystem), re-linked when the lockfile changes.
  const lockHash = hashFiles(projectRoot, ['package-lock.json'])
  const modulesHashFile = path.join(dir, '.bench-modules-hash')
  const modulesHash = existsSync(modulesHashFile)
    ? readFileSync(modulesHashFile, 'utf8').trim()
    : ''
  if (modulesHash !== lockHash || !existsSync(path.join(dir, 'node_modules'))) {
    log('Linking node_modules into the snapshot …')
    rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true })
    execFileSync('cp', [
      '-al',
      path.join(projectRoot, 'node_modules'),
      path.join(dir, 'node_modules'),
    ])
    writeFileSync(modulesHashFile, lockHash)
  }
  for (const entry of readdirSync(dir)) {
    if (['node_modules', '.next', '.bench-modules-hash', '.bench-source-hash'].includes(entry)) {
      continue
    }
    rmSync(path.join(dir, entry), { recursive: true, force: true })
  }
  if (sourceMode === 'head') {
    // The committed tree, then the overlay (deleted overlay files stay deleted).
    execFileSync('sh', ['-c', `git archive HEAD | tar -x -C '${dir}'`], { cwd: projectRoot })
    for (const overlay of overlayPaths) {
      rmSync(path.join(dir, overlay), { recursive: true, force: true })
    }
  }
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    copyFileSync(path.join(projectRoot, file), path.join(dir, file))
  }
  if (patch)
    execFileSync('patch', ['-p1', '--forward', '-i', patch], { cwd: dir, stdio: 'inherit' })
  log(
    `Snapshot (${sourceMode === 'head' ? `HEAD ${head.slice(0, 7)} + working-tree ${overlayPaths.join(', ')}` : 'working tree'}, ${sourceHash}) in ${dir}.`,
  )
  const buildMs = build(dir)
  writeFileSync(hashFile, sourceHash)
  return { dir, isSnapshot: true, didBuild: true, buildMs, sourceHash }
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type AppEnv = NodeJS.ProcessEnv

/** The environment `npm start` needs in production, pointed at the bench database. */
export const appEnv = ({ databaseUrl, port }: { databaseUrl: string; port: number }): AppEnv => {
  const env: AppEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(benchDir, 'app-data'),
    PAYLOAD_SECRET:
      process.env.BENCH_PAYLOAD_SECRET || 'bench-secret-bench-secret-bench-secret-0001',
    // Required in production; nothing in the benchmark sends mail.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: '2',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (process.env.BENCH_POOL_MAX) env.DATABASE_POOL_MAX = process.env.BENCH_POOL_MAX
  return env
}

/** Extra Node flags for the app only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it. */
const appNodeFlags = (process.env.BENCH_APP_NODE_FLAGS ?? '').split(' ').filter(Boolean)

export type RunningApp = { baseUrl: string; pid: number; stop: () => Promise<void> }

export const startApp = async ({ dir, env }: { dir: string; env: AppEnv }): Promise<RunningApp> => {
  const baseUrl = env.SERVER_URL!
  const logFile = path.join(benchDir, 'app.log')
  const out = openSync(logFile, 'w')
  const server: ChildProcess = spawn(
    path.join(dir, 'node_modules/.bin/tsx'),
    [...appNodeFlags, 'server.ts'],
    {
      cwd: dir,
      env,
      stdio: ['ignore', out, out],
    },
  )
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The app exited with code ${server.exitCode}; see ${logFile}.`)
    }
    const res = await fetch(`${baseUrl}/api/health`).catch(() => null)
    // With several workers the first answers before the others are up: wait for all of them, or
    // the warm-up's keep-alive connections would all go to the first one.
    const isEveryWorkerUp =
      Number(env.WEB_CONCURRENCY || 1) <= 1 ||
      readFileSync(logFile, 'utf8').includes(' app workers ready')
    if (res?.ok && isEveryWorkerUp) return { baseUrl, pid: server.pid!, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`The app did not become healthy within 120 s; see ${logFile}.`)
}

/** Makes a verified account with the operator script (`npm run create-user`), if missing. */
export const ensureAccount = ({
  dir,
  env,
  email,
  role,
  password,
}: {
  dir: string
  env: AppEnv
  email: string
  role: 'advocate' | 'staff'
  password: string
}) => {
  execFileSync(
    path.join(dir, 'node_modules/.bin/tsx'),
    [
      'scripts/create-user.ts',
      '--email',
      email,
      '--name',
      role === 'staff' ? 'Bench Staff' : 'Bench Advocate',
      '--role',
      role,
      '--organization',
      'Bench Legal Services',
    ],
    {
      cwd: dir,
      env: { ...env, NEW_USER_PASSWORD: password },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
}

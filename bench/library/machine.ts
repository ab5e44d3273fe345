/**
 * What else the machine was doing: load averages, and the CPU used during each measurement by
 * our processes (runner, app server, bench Postgres) versus everything else ("foreign" CPU: other
 * people's tests and builds on this shared box).
 */
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'

const readStat = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields after the command name start at "state" (3rd field of the whole line).
    const ppid = Number(fields[1])
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
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

export type CpuSample = { total: number; busy: number; groups: Record<string, Map<number, number>> }

/** CPU counters now, per group of processes (each root and all its descendants). */
export const sampleCpu = (groups: ProcessGroups): CpuSample => {
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
  const groupOf = new Map<number, string>()
  for (const [name, roots] of Object.entries(groups))
    for (const root of roots) groupOf.set(root, name)
  const owner = (pid: number) => {
    for (let p: number | undefined = pid, depth = 0; p && depth < 64; depth += 1) {
      const name = groupOf.get(p)
      if (name) return name
      p = parents.get(p)
    }
    return null
  }
  const result: CpuSample['groups'] = Object.fromEntries(
    Object.keys(groups).map((k) => [k, new Map()]),
  )
  for (const [pid, t] of ticks) {
    const name = owner(pid)
    if (name) result[name]!.set(pid, t)
  }
  return { ...machineTicks(), groups: result }
}

export type CpuUsage = {
  /** Cores busy on the whole machine (of os.cpus().length). */
  busyCores: number
  /** Cores used by each group of our processes. */
  groups: Record<string, number>
  /** Everything else: other people's tests and builds on this machine. */
  foreignCores: number
}

export const cpuBetween = (a: CpuSample, b: CpuSample): CpuUsage => {
  const cpus = os.cpus().length
  const perCpu = Math.max(1, (b.total - a.total) / cpus)
  const round = (v: number) => Math.round(v * 100) / 100
  const groups: Record<string, number> = {}
  let ours = 0
  for (const [name, after] of Object.entries(b.groups)) {
    let ticks = 0
    for (const [pid, t] of after) ticks += t - (a.groups[name]?.get(pid) ?? 0)
    groups[name] = round(ticks / perCpu)
    ours += ticks / perCpu
  }
  const busyCores = (b.busy - a.busy) / perCpu
  return { busyCores: round(busyCores), groups, foreignCores: round(Math.max(0, busyCores - ours)) }
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

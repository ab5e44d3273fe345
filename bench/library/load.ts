/**
 * A small HTTP load generator on node:http (keep-alive), with the two profiles the benchmark needs:
 * - open loop: operations start on a fixed schedule whatever the responses do, and latency counts
 *   from the scheduled start, so a slow server cannot hide its queueing (no coordinated omission);
 * - closed loop: N connections each send the next operation as soon as the last one answered.
 * An operation may be several requests in sequence (the naive way is a find and then a count).
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'

export type Response = { status: number; body: Buffer }

export type Client = {
  get: (path: string, headers?: Record<string, string>) => Promise<Response>
  close: () => void
}

export const createClient = ({
  baseUrl,
  maxSockets,
  timeoutMs = 10_000,
}: {
  baseUrl: string
  maxSockets: number
  timeoutMs?: number
}): Client => {
  const url = new URL(baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets })
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path,
          method: 'GET',
          agent,
          headers: { Accept: 'application/json', ...headers },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }))
          res.on('error', reject)
        },
      )
      req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)))
      req.on('error', reject)
      req.end()
    })
  return { get, close: () => agent.destroy() }
}

/** One unit of work; resolves true when every response in it was 2xx. */
export type Operation = (client: Client) => Promise<boolean>

export type LatencySummary = { p50: number; p95: number; p99: number; max: number; mean: number }

export type RunStats = {
  profile: 'open' | 'closed'
  /** Operations started (open: on schedule; closed: by the connections). */
  started: number
  completed: number
  /** Operations that answered 2xx. */
  ok: number
  errors: number
  /** Open loop: the rate asked for. */
  targetRate?: number
  /** Operations started per second over the schedule (open loop). */
  sentRate?: number
  /** Successful operations per second of wall time. */
  achievedRate: number
  connections?: number
  durationS: number
  latencyMs: LatencySummary
  /** Open loop: latency by the second the operations were due in (where a stall happened). */
  timeline?: { second: number; n: number; p50: number; max: number }[]
}

export const summarize = (samples: number[]): LatencySummary => {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN }
  const sorted = Float64Array.from(samples).sort()
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  const round = (v: number) => Math.round(v * 100) / 100
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts `rate` operations per second for `durationS` seconds on schedule. At most `maxInFlight`
 * may be outstanding; an operation due while that many are waiting is counted as an error
 * (dropped) rather than delayed, which would turn the run into a closed loop.
 */
export const openLoop = async ({
  client,
  operation,
  rate,
  durationS,
  maxInFlight = 1_000,
}: {
  client: Client
  operation: Operation
  rate: number
  durationS: number
  maxInFlight?: number
}): Promise<RunStats> => {
  const total = Math.round(rate * durationS)
  const interval = 1000 / rate
  const latencies: number[] = []
  const bySecond: number[][] = []
  let errors = 0
  let completed = 0
  let inFlight = 0
  let lastSend = 0
  const pending: Promise<void>[] = []
  const start = performance.now()
  const fire = (due: number) => {
    if (inFlight >= maxInFlight) {
      errors += 1
      return
    }
    inFlight += 1
    lastSend = performance.now()
    pending.push(
      operation(client)
        .catch(() => false)
        .then((isOk) => {
          inFlight -= 1
          completed += 1
          if (!isOk) {
            errors += 1
            return
          }
          const latency = performance.now() - due
          latencies.push(latency)
          const second = Math.floor((due - start) / 1000)
          ;(bySecond[second] ??= []).push(latency)
        }),
    )
  }
  for (let i = 0; i < total;) {
    const now = performance.now()
    while (i < total && start + i * interval <= now) {
      fire(start + i * interval)
      i += 1
    }
    if (i < total) await sleep(Math.max(0, start + i * interval - performance.now()))
  }
  await Promise.all(pending)
  const wall = (performance.now() - start) / 1000
  return {
    profile: 'open',
    started: total,
    completed,
    ok: latencies.length,
    errors,
    targetRate: rate,
    sentRate: Math.round((total / Math.max((lastSend - start) / 1000, 1e-9)) * 10) / 10,
    achievedRate: Math.round((latencies.length / wall) * 10) / 10,
    durationS: Math.round(wall * 100) / 100,
    latencyMs: summarize(latencies),
    timeline: Array.from(bySecond, (samples = [], second) => {
      const { p50, max } = summarize(samples)
      return { second, n: samples.length, p50, max }
    }),
  }
}

/** `connections` loops, each sending the next operation when the previous one answered. */
export const closedLoop = async ({
  client,
  operation,
  connections,
  durationS,
}: {
  client: Client
  operation: Operation
  connections: number
  durationS: number
}): Promise<RunStats> => {
  const latencies: number[] = []
  let errors = 0
  let started = 0
  const start = performance.now()
  const end = start + durationS * 1000
  const worker = async () => {
    while (performance.now() < end) {
      started += 1
      const t0 = performance.now()
      const isOk = await operation(client).catch(() => false)
      if (isOk) latencies.push(performance.now() - t0)
      else errors += 1
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  const wall = (performance.now() - start) / 1000
  return {
    profile: 'closed',
    started,
    completed: latencies.length + errors,
    ok: latencies.length,
    errors,
    achievedRate: Math.round((latencies.length / wall) * 10) / 10,
    connections,
    durationS: Math.round(wall * 100) / 100,
    latencyMs: summarize(latencies),
  }
}

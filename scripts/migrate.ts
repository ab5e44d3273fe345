/**
 * Applies the committed migrations (src/migrations) to DATABASE_URL and exits: what `npm start`
 * does on start, as a separate deploy step. Exits non-zero unless every committed migration is applied.
 *
 *   DATABASE_URL=postgres://… npm run migrate
 *
 * Why not `payload migrate`: on Node 20 that CLI loads the TypeScript config through tsx's runtime
 * `tsImport`, and about one run in fifteen never finishes loading it, so the process exits 0
 * having done nothing (measured here; see tests/int/migrations.test.ts). This script imports the
 * config statically and fails loudly when anything goes wrong.
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL (or run `npm run migrate`, which starts the embedded Postgres).')
  process.exit(2)
}
// As Payload's own migrate command: no schema push, no onInit (seeding) while migrating.
process.env.PAYLOAD_MIGRATING = 'true'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { migrations } = await import('../src/migrations')

try {
  const payload = await getPayload({ config, disableOnInit: true })
  // In production the adapter has already applied them while connecting (prodMigrations); this
  // call then finds nothing pending. Payload logs each migration it runs.
  // (Payload's generic Migration type takes `unknown` args; the generated files are typed for Postgres.)
  await payload.db.migrate({ migrations: migrations as never })
  const applied = await payload.find({
    collection: 'payload-migrations',
    overrideAccess: true, // operator tool: lists what is applied
    pagination: false,
    sort: 'name',
    depth: 0,
  })
  const names = new Set(applied.docs.map((doc) => doc.name))
  const missing = migrations.filter((m) => !names.has(m.name))
  if (missing.length > 0) throw new Error(`Not applied: ${missing.map((m) => m.name).join(', ')}`)
  console.info(
    `Database is up to date: ${applied.docs.length} migration(s) applied, latest ${applied.docs.at(-1)?.name}.`,
  )
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Migration failed: ${(error as Error).stack ?? error}`)
  process.exit(1)
}

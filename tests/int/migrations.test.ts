import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { getTestPayload } from '../helpers/payload'

const run = promisify(execFile)

/** Every table, column, index and constraint of the public schema, as sorted comparable lines. */
const describeSchema = async (pool: pg.Pool): Promise<string[]> => {
  const columns = await pool.query<{ line: string }>(`
    SELECT format('column %s.%s %s null=%s default=%s', table_name, column_name,
                  udt_name, is_nullable, coalesce(column_default, '')) AS line
    FROM information_schema.columns WHERE table_schema = 'public'`)
  const indexes = await pool.query<{ line: string }>(`
    SELECT format('index %s', indexdef) AS line FROM pg_indexes WHERE schemaname = 'public'`)
  const constraints = await pool.query<{ line: string }>(`
    SELECT format('constraint %s %s %s', rel.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
    FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
    JOIN pg_namespace ns ON ns.oid = rel.relnamespace WHERE ns.nspname = 'public'`)
  const enums = await pool.query<{ line: string }>(`
    SELECT format('enum %s %s', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`)
  return [...columns.rows, ...indexes.rows, ...constraints.rows, ...enums.rows]
    .map((row) => row.line)
    .sort()
}

describe('committed migrations', () => {
  let fresh: TestDatabase
  let migrated: pg.Pool
  let pushed: pg.Pool
  let migrateOutput: { stdout: string; stderr: string }

  beforeAll(async () => {
    // Initialising Payload in test mode pushes the schema the config describes to the run's database.
    await getTestPayload()
    pushed = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    fresh = await createTestDatabase('migrate')
    // The operator's `npm run migrate`, in production mode, against an empty database. (Not
    // `payload migrate`: see scripts/migrate.ts for why that CLI is unreliable on Node 20.)
    migrateOutput = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: fresh.url,
        SMTP_HOST: '127.0.0.1',
        SERVER_URL: 'http://localhost:3000',
      },
      timeout: 120_000,
    })
    migrated = new pg.Pool({ connectionString: fresh.url })
    // The script checks every committed migration is recorded as applied before saying so.
    if (!/Database is up to date/.test(migrateOutput.stdout)) {
      throw new Error(`npm run migrate did not finish:\n${JSON.stringify(migrateOutput)}`)
    }
  })

  afterAll(async () => {
    await migrated?.end()
    await pushed?.end()
    await fresh?.drop()
  })

  it('should bring a fresh database to exactly the schema the config describes', async () => {
    const [fromMigrations, fromConfig] = await Promise.all([
      describeSchema(migrated),
      describeSchema(pushed),
    ])
    expect(fromMigrations.length, migrateOutput.stdout + migrateOutput.stderr).toBeGreaterThan(50)
    expect(fromMigrations).toEqual(fromConfig)
  })

  it('should record every committed migration as applied', async () => {
    const { rows } = await migrated.query<{ name: string }>(
      'SELECT name FROM payload_migrations ORDER BY id',
    )
    const { migrations } = await import('../../src/migrations')
    expect(rows.map((row) => row.name)).toEqual(migrations.map((m) => m.name))
  })
})

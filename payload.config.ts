import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Organizations } from './src/collections/Organizations'
import { ProgramNews } from './src/collections/ProgramNews'
import { Resources } from './src/collections/Resources'
import { Users } from './src/collections/Users'
import { healthEndpoint } from './src/endpoints/health'
import { buildEmailAdapter } from './src/lib/email'
import { csrfOrigins, isProduction, payloadSecret, serverURL } from './src/lib/env'
import { migrations } from './src/migrations'
import { seedDemoIfEmpty } from './src/seed'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL,
  // Cookie-authenticated requests are accepted only from our own origin(s).
  csrf: csrfOrigins,
  cors: csrfOrigins,
  admin: {
    user: Users.slug,
    // Gravatar would send a hash of every staff email address to a third party.
    avatar: 'default',
    meta: { titleSuffix: ' · TA Library admin' },
    importMap: { baseDir: dirname },
  },
  collections: [Users, Organizations, Resources, ProgramNews],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      // Without DATABASE_URL (e.g. the payload CLI run by hand), fail with a name that says why rather
      // than fall back to libpq's defaults, which could reach an unrelated local server.
      connectionString:
        process.env.DATABASE_URL || 'postgres://set-DATABASE_URL.invalid/ta_library',
      max: Number(process.env.DATABASE_POOL_MAX || 10),
    },
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // Development pushes the schema; production applies the committed migrations on start.
    prodMigrations: migrations,
  }),
  email: buildEmailAdapter(),
  sharp,
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 500,
  },
  endpoints: [healthEndpoint],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  onInit: async (payload) => {
    // node-postgres emits 'error' on idle clients when the server restarts; unhandled, it would
    // crash the process. Log it; the pool replaces the client on the next query.
    payload.db.pool?.on('error', (error) => {
      payload.logger.error({ err: error, msg: 'Database connection lost; will reconnect' })
    })
    if (!isProduction && process.env.SEED_DEMO !== 'false') {
      await seedDemoIfEmpty(payload)
    }
  },
})

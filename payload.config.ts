import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from './src/collections/Users'
import { declaredCollections } from './src/collections'
import { withLimitMessages } from './src/fields/limits'
import { expertLibraryDownloadEndpoint, expertLibraryEndpoint } from './src/endpoints/expertLibrary'
import { healthEndpoint } from './src/endpoints/health'
import { extractResourceTextTask } from './src/jobs/extractResourceText'
import { sendEmailTask } from './src/jobs/sendEmail'
import { registerDatabasePool } from './src/lib/db/availability'
import { markDatabaseSuspectOnError, watchLostSessions } from './src/lib/db/outage-hooks'
import { buildEmailAdapter } from './src/lib/email'
import { addEmailDeliveriesTable } from './src/lib/email-delivery'
import { releaseExpiredJobLeases } from './src/lib/job-lease'
import { answerMalformedQueries } from './src/lib/query-errors'
import { graphQLValidationRules, hardenConfig } from './src/lib/harden-config'
import { uploadParserOptions } from './src/lib/uploads/limits'
import { csrfOrigins, isProduction, payloadSecret, serverURL } from './src/lib/env'
import { migrations } from './src/migrations'
import { ensureLibraryIndex } from './src/library/indexer'
import { addLibraryIndexTable } from './src/library/schema'
import { seedDemoIfEmpty } from './src/seed'
import { seedVocabularies } from './src/seed/seed-vocabularies'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  maxDepth: 5,
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
    components: {
      views: {
        // The staff workspace's first page: queues, deadlines and my items, not the stock grid.
        dashboard: { Component: '/src/components/admin/StaffDashboard#StaffDashboard' },
        // Staff import legacy cases (the view and its endpoint check staff themselves).
        importCases: {
          Component: '/src/components/admin/ImportCases/ImportCasesView#ImportCasesView',
          path: '/import-cases',
        },
      },
    },
  },
  collections: declaredCollections.map(withLimitMessages),
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      // Without DATABASE_URL (e.g. the payload CLI run by hand), fail with a name that says why rather
      // than fall back to libpq's defaults, which could reach an unrelated local server.
      connectionString:
        process.env.DATABASE_URL || 'postgres://set-DATABASE_URL.invalid/ta_library',
      max: Number(process.env.DATABASE_POOL_MAX || 10),
      // Keep idle connections for minutes, not node-postgres's 10 s: a new connection costs about
      // 8 ms to open and its first statements plan against cold catalog caches (20–40 ms more), so
      // a burst after a short lull would otherwise pay that on every request it opens one for.
      idleTimeoutMillis: 5 * 60_000,
      // A database that does not answer fails the request within seconds (503) instead of
      // holding it until the client gives up.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || 5000),
    },
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // Development pushes the schema; production applies the committed migrations on start.
    prodMigrations: migrations,
    afterSchemaInit: [addLibraryIndexTable, addEmailDeliveriesTable],
  }),
  email: buildEmailAdapter(),
  sharp,
  // Refuse (413) rather than truncate oversized uploads, and spool them to disk, not memory.
  upload: uploadParserOptions,
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 500,
    validationRules: graphQLValidationRules,
  },
  hooks: { afterError: [markDatabaseSuspectOnError, answerMalformedQueries] },
  endpoints: [healthEndpoint, expertLibraryEndpoint, expertLibraryDownloadEndpoint],
  jobs: {
    tasks: [sendEmailTask, extractResourceTextTask],
    // Who queues, runs and cancels jobs, and reads the jobs collection: src/lib/harden-config.ts,
    // with the access of Payload's other own collections.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'System' },
    }),
    // Emails go out within seconds of the request that queued them.
    autoRun: [
      { cron: '*/5 * * * * *', queue: 'email', limit: 20 },
      { cron: '*/10 * * * * *', queue: 'library', limit: 5 },
    ],
    deleteJobOnComplete: false,
    // With several app processes (WEB_CONCURRENCY) only the first runs the queues, so each job
    // runs once; scripts and tests have no TA_WORKER and run them as before. Before each run it
    // requeues the jobs a crash left marked as processing for longer than JOB_LEASE_MS.
    shouldAutoRun: async (payload) => {
      if ((process.env.TA_WORKER ?? '1') !== '1') return false
      await releaseExpiredJobLeases({ payload })
      return true
    },
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  onInit: async (payload) => {
    // node-postgres emits 'error' on idle clients when the server restarts; unhandled, it would
    // crash the process. Log it; the pool replaces the client on the next query.
    payload.db.pool?.on('error', (error) => {
      payload.logger.error({ err: error, msg: 'Database connection lost; will reconnect' })
    })
    watchLostSessions(payload)
    registerDatabasePool(payload.db.pool)
    const isDemo = !isProduction && process.env.SEED_DEMO !== 'false'
    await seedVocabularies(payload, { withDemoAdjudicators: isDemo })
    if (isDemo) {
      await seedDemoIfEmpty(payload)
    }
    await ensureLibraryIndex(payload)
  },
}).then(hardenConfig)

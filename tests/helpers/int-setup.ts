import { inject } from 'vitest'

// Set before any test file imports the Payload config, which reads these at load time.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DATA_DIR = inject('dataDir')
process.env.PAYLOAD_SECRET ||= 'integration-test-secret-integration-test-secret'
process.env.SEED_DEMO = 'false'
delete process.env.SMTP_HOST

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    dataDir: string
  }
}

/** One fresh Postgres database and one scratch data folder (outbox) for the integration run. */
export default async function setup(project: TestProject) {
  const db = await createTestDatabase('int')
  project.provide('databaseUrl', db.url)
  project.provide('dataDir', mkdtempSync(path.join(tmpdir(), 'ta-int-data-')))
  return async () => {
    await db.drop()
  }
}

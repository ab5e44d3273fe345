/**
 * The engine's SQL alone: EXPLAIN (ANALYZE, BUFFERS) of buildLibrarySql for a scenario, repeated,
 * with the median planning and execution time and which indexes the plan used.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { PgDialect } from 'drizzle-orm/pg-core'
import type pg from 'pg'

import type * as EngineModule from '../../src/library/sql'
import type { LibraryQuery } from '../../src/library/types'

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

type ExplainJson = [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }]

export type ExplainResult = {
  planningMs: number
  executionMs: number
  /** Every index the plan reads, by name. */
  indexes: string[]
  usesGin: boolean
  /** How library_index itself is read (Seq Scan, Bitmap Heap Scan, …). */
  libraryIndexAccess: string[]
  text: string
}

type Engine = typeof EngineModule

export type ToQuery = (query: LibraryQuery) => { text: string; values: unknown[] }

/**
 * The engine's SQL builder from the app being measured (its snapshot may differ from this
 * checkout), with the drizzle dialect of that same install to print it. Builds before the
 * library's split (issue 13) kept it in query.ts.
 */
export const loadSqlBuilder = async (appDir: string): Promise<ToQuery> => {
  const builderFile = ['src/library/sql.ts', 'src/library/query.ts']
    .map((file) => path.join(appDir, file))
    .find((file) => existsSync(file))!
  const engine = (await import(pathToFileURL(builderFile).href)) as Engine
  const { PgDialect: Dialect } = (await import(
    pathToFileURL(path.join(appDir, 'node_modules/drizzle-orm/pg-core/index.js')).href
  )) as { PgDialect: new () => PgDialect }
  const dialect = new Dialect()
  return (query) => {
    const { sql, params } = dialect.sqlToQuery(engine.buildLibrarySql(query))
    return { text: sql, values: params }
  }
}

const walk = (node: PlanNode, visit: (node: PlanNode) => void) => {
  visit(node)
  for (const child of node.Plans ?? []) walk(child, visit)
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100
}

export const explainLibraryQuery = async (
  client: pg.Client,
  toQuery: ToQuery,
  query: LibraryQuery,
  runs = 7,
): Promise<ExplainResult> => {
  const { text, values } = toQuery(query)
  const planning: number[] = []
  const execution: number[] = []
  let plan: PlanNode | null = null
  // The first run warms caches and is not counted.
  for (let i = 0; i <= runs; i += 1) {
    const result = await client.query<{ 'QUERY PLAN': ExplainJson }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`,
      values,
    )
    const [explained] = result.rows[0]!['QUERY PLAN']
    if (i === 0) continue
    planning.push(explained['Planning Time'])
    execution.push(explained['Execution Time'])
    plan = explained.Plan
  }
  const indexes = new Set<string>()
  const access = new Set<string>()
  walk(plan!, (node) => {
    if (node['Index Name']) indexes.add(node['Index Name'])
    if (node['Relation Name'] === 'library_index') access.add(node['Node Type'])
  })
  const textPlan = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
    values,
  )
  return {
    planningMs: median(planning),
    executionMs: median(execution),
    indexes: [...indexes].sort(),
    usesGin: [...indexes].some((name) => name.endsWith('_gin')),
    libraryIndexAccess: [...access].sort(),
    text: textPlan.rows.map((row) => row['QUERY PLAN']).join('\n'),
  }
}

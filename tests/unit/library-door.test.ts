import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const libraryDir = path.join(root, 'src/library')

/** Payload's config and collections install the indexer's hooks and the index table. */
const isPayloadWiring = (file: string) =>
  file === 'payload.config.ts' || /^src\/collections\/[^/]+\/index\.ts$/.test(file)

/** Every module a source file imports or re-exports, as written. */
const specifiersOf = (source: string) =>
  [
    ...source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/g),
  ].map((match) => match[1]!)

/** The src/library module an import reaches (`query`, `service`…), or null outside it. */
const libraryModuleOf = (file: string, specifier: string): string | null => {
  const target = specifier.startsWith('@/')
    ? path.join(root, 'src', specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(path.join(root, file)), specifier)
      : null
  if (!target) return null
  const relative = path.relative(libraryDir, target)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null
  return relative.replace(/\.tsx?$/, '')
}

/** The imports of `file` that go into src/library by another door than the service. */
const sideDoorsOf = (file: string, source: string) =>
  specifiersOf(source).filter((specifier) => {
    const reached = libraryModuleOf(file, specifier)
    if (reached === null || reached === 'service') return false
    return !(isPayloadWiring(file) && (reached === 'indexer' || reached === 'schema'))
  })

const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return file === 'src/library' ? [] : sourceFiles(file)
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [file] : []
  })

describe('the library has one door', () => {
  it('should let code outside src/library import only src/library/service.ts', () => {
    const offenders = [...sourceFiles('src'), 'payload.config.ts'].flatMap((file) =>
      sideDoorsOf(file, readFileSync(path.join(root, file), 'utf8')).map(
        (specifier) => `${file}: ${specifier}`,
      ),
    )
    expect(offenders).toEqual([])
  })

  it('should catch a component importing the engine by any path', () => {
    const file = 'src/components/library/Example.tsx'
    const source = [
      "import { buildLibrarySql } from '@/library/sql'",
      "import type { LibraryQuery } from '../../library/types'",
      "export { runLibraryQuery } from '@/library/query'",
      "import { caseLibrary } from '@/library/service'",
      "import { hrefOf } from './links'",
      "import { plural } from '@/components/library/format'",
      "const indexer = await import('@/library/indexer')",
    ].join('\n')
    expect(sideDoorsOf(file, source)).toEqual([
      '@/library/sql',
      '../../library/types',
      '@/library/query',
      '@/library/indexer',
    ])
  })

  it("should let Payload's wiring install the indexer's hooks and the index table", () => {
    const source = [
      "import { reindexAfterChange } from '@/library/indexer'",
      "import { runLibraryQuery } from '@/library/query'",
    ].join('\n')
    expect(sideDoorsOf('src/collections/Resources/index.ts', source)).toEqual(['@/library/query'])
    expect(sideDoorsOf('payload.config.ts', "import { a } from './src/library/schema'")).toEqual([])
  })
})

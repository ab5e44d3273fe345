/**
 * Fails when a file Payload generates from the config is out of date: src/payload-types.ts or the
 * admin import map. It regenerates them in place, so the fix is to commit the result.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const generated = [
  { file: 'src/payload-types.ts', command: 'generate:types' },
  { file: 'src/app/(payload)/admin/importMap.js', command: 'generate:importmap' },
]

let isStale = false
for (const { file, command } of generated) {
  const before = readFileSync(file, 'utf8')
  execFileSync('node_modules/.bin/payload', [command], { stdio: 'ignore' })
  const after = readFileSync(file, 'utf8')
  if (before !== after) {
    isStale = true
    console.error(
      `${file} was out of date with the Payload config. It has been regenerated: commit it.`,
    )
  } else {
    console.info(`${file} is up to date.`)
  }
}
process.exit(isStale ? 1 : 0)

/**
 * Writes the access table generated from the tests' policy (tests/helpers/authorization/policy.ts)
 * into README.md (npm run docs:access).
 */
import { readFileSync, writeFileSync } from 'node:fs'

import { accessTableInReadme, renderAccessTable } from '../tests/helpers/authorization/policy'

const readme = readFileSync('README.md', 'utf8')
writeFileSync('README.md', accessTableInReadme(readme, renderAccessTable()))
console.info('README.md access table regenerated from tests/helpers/authorization/policy.ts')

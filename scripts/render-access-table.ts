/** Writes the access table generated from src/access/policy.ts into README.md (npm run docs:access). */
import { readFileSync, writeFileSync } from 'node:fs'

import { accessTableInReadme, renderAccessTable } from '../src/access/policy'

const readme = readFileSync('README.md', 'utf8')
writeFileSync('README.md', accessTableInReadme(readme, renderAccessTable()))
console.info('README.md access table regenerated from src/access/policy.ts')

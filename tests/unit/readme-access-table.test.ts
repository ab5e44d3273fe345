import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { accessTableInReadme, renderAccessTable } from '../helpers/authorization/policy'

describe('README access table', () => {
  it('should match the table generated from the policy file (run npm run docs:access)', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(accessTableInReadme(readme, renderAccessTable())).toBe(readme)
  })
})

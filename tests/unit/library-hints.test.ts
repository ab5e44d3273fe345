import { PgDialect } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'

import { listRemovals } from '@/library/hints'
import { parseLibraryParams, toLibraryParams } from '@/library/params'
import { buildVariantTotalsSql } from '@/library/sql'

const parsed = parseLibraryParams(
  new URLSearchParams(
    'q=gang+violence&country=4&country=9&type=2&from=2020-01-01&sort=title&page=3',
  ),
)

describe('empty-result hints', () => {
  it('should list each selection with the query string that removes it alone, back on page 1', () => {
    expect(
      listRemovals(parsed).map((removal) => [removal.key, removal.withoutIt.toString()]),
    ).toEqual([
      ['q', 'country=4&country=9&type=2&from=2020-01-01'],
      ['country-4', 'q=gang+violence&country=9&type=2&from=2020-01-01&sort=title'],
      ['country-9', 'q=gang+violence&country=4&type=2&from=2020-01-01&sort=title'],
      ['type-2', 'q=gang+violence&country=4&country=9&from=2020-01-01&sort=title'],
      ['dates', 'q=gang+violence&country=4&country=9&type=2&sort=title'],
    ])
  })

  it('should read back every query string it writes as the same question', () => {
    const written = toLibraryParams(parsed)
    expect(parseLibraryParams(written)).toEqual({ ...parsed, page: 1 })
  })

  it('should count every variant in one statement over one pass of the library', () => {
    const variants = listRemovals(parsed).map((removal) => removal.without)
    const { sql } = new PgDialect().sqlToQuery(
      buildVariantTotalsSql(
        { kind: 'case', theCase: { countryId: 4, persecutionTypeIds: [1], reliefTypeIds: [] } },
        variants,
      ),
    )
    expect(sql.match(/count\(\*\) FILTER/g)).toHaveLength(5)
    expect(sql.match(/FROM library_index li/g)).toHaveLength(2)
    // The words are matched once, through the search index, for the four variants that keep them.
    expect(sql.match(/websearch_to_tsquery/g)).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'

import { isCaseNumberWithheld, removableSelections } from '@/collections/Cases/caseNumberSearch'

const selections = [
  { key: 'q', label: 'TA-2026-004213' },
  { key: 'countries:7', label: 'Guatemala' },
  { key: 'types:3', label: 'Unpublished decision' },
]

describe('case-number search confidentiality', () => {
  it('should withhold everything but one sentence for a case number this library does not hold', () => {
    const search = { caseNumber: 'TA-2026-004213', isFound: false }
    expect(isCaseNumberWithheld(search)).toBe(true)
    expect(removableSelections({ search, selections })).toEqual([])
  })

  it('should keep the case number and offer only the other filters when the decision is here', () => {
    const search = { caseNumber: 'TA-2026-004213', isFound: true }
    expect(isCaseNumberWithheld(search)).toBe(false)
    expect(removableSelections({ search, selections }).map((s) => s.key)).toEqual([
      'countries:7',
      'types:3',
    ])
  })

  it('should offer every selection when the search is not a case number', () => {
    expect(isCaseNumberWithheld(null)).toBe(false)
    expect(removableSelections({ search: null, selections })).toEqual(selections)
  })
})

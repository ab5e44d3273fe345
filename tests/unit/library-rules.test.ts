import { describe, expect, it } from 'vitest'

import { libraryVerdict, type LibraryCase, type LibraryResource } from '@/library/rules'

const GUATEMALA = 1
const HONDURAS = 2
const DOMESTIC_VIOLENCE = 10
const GANG = 11
const ASYLUM = 20
const CAT = 21

const theCase: LibraryCase = {
  countryId: GUATEMALA,
  persecutionTypeIds: [DOMESTIC_VIOLENCE],
  reliefTypeIds: [ASYLUM],
}

const resource = (overrides: Partial<LibraryResource>): LibraryResource => ({
  isPublished: true,
  audience: 'advocates',
  documentTypeSlug: 'practice-advisory',
  isCountryScoped: false,
  countryIds: [],
  persecutionTypeIds: [],
  reliefTypeIds: [],
  isRedacted: false,
  hasAttorneyPermission: false,
  ...overrides,
})

describe('tailored library rules (SPEC §4)', () => {
  it('should match a resource whose every tag dimension is empty', () => {
    expect(libraryVerdict(resource({}), theCase)).toBe('match')
  })

  it('should match when each specified dimension shares a value with the case', () => {
    const r = resource({
      persecutionTypeIds: [GANG, DOMESTIC_VIOLENCE],
      reliefTypeIds: [ASYLUM, CAT],
    })
    expect(libraryVerdict(r, theCase)).toBe('match')
  })

  it('should exclude a resource when one specified dimension misses the case', () => {
    const r = resource({ persecutionTypeIds: [DOMESTIC_VIOLENCE], reliefTypeIds: [CAT] })
    expect(libraryVerdict(r, theCase)).toBe('not-relevant')
  })

  it('should require a country-scoped type to name the case country', () => {
    const r = resource({
      documentTypeSlug: 'country-conditions',
      isCountryScoped: true,
      countryIds: [HONDURAS],
    })
    expect(libraryVerdict(r, theCase)).toBe('other-country')
    expect(libraryVerdict({ ...r, countryIds: [HONDURAS, GUATEMALA] }, theCase)).toBe('match')
  })

  it('should not match a country-scoped resource that names no country', () => {
    const r = resource({ documentTypeSlug: 'expert-declaration', isCountryScoped: true })
    expect(libraryVerdict(r, theCase)).toBe('other-country')
  })

  it('should match briefs by claim type from any country', () => {
    const r = resource({
      documentTypeSlug: 'sample-brief',
      countryIds: [HONDURAS],
      persecutionTypeIds: [DOMESTIC_VIOLENCE],
    })
    expect(libraryVerdict(r, theCase)).toBe('match')
  })

  it('should hold back an unpublished decision until it is redacted and permitted', () => {
    const decision = resource({
      documentTypeSlug: 'unpublished-decision',
      persecutionTypeIds: [DOMESTIC_VIOLENCE],
    })
    expect(libraryVerdict(decision, theCase)).toBe('decision-not-cleared')
    expect(libraryVerdict({ ...decision, isRedacted: true }, theCase)).toBe('decision-not-cleared')
    expect(libraryVerdict({ ...decision, hasAttorneyPermission: true }, theCase)).toBe(
      'decision-not-cleared',
    )
    expect(
      libraryVerdict({ ...decision, isRedacted: true, hasAttorneyPermission: true }, theCase),
    ).toBe('match')
  })

  it('should hold back a cleared decision that shares no claim type with the case', () => {
    const cleared = {
      documentTypeSlug: 'unpublished-decision',
      isRedacted: true,
      hasAttorneyPermission: true,
    }
    expect(libraryVerdict(resource({ ...cleared, persecutionTypeIds: [GANG] }), theCase)).toBe(
      'not-relevant',
    )
    expect(libraryVerdict(resource({ ...cleared }), theCase)).toBe('not-relevant')
  })

  it('should leave out drafts and expert-library resources', () => {
    expect(libraryVerdict(resource({ isPublished: false }), theCase)).toBe('not-published')
    expect(libraryVerdict(resource({ audience: 'experts' }), theCase)).toBe('wrong-audience')
  })
})

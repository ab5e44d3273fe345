import { describe, expect, it } from 'vitest'

import {
  countries,
  courts,
  documentTypes,
  persecutionTypes,
  proceduralStages,
  protectedGrounds,
  regions,
  reliefTypes,
  topics,
} from '@/seed/vocabularies'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// The 50 states, DC and the inhabited territories, as USPS codes.
const US_STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM ' +
    'NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI MP AS'
  ).split(' '),
)

const duplicatesOf = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index)

const vocabularies: [string, readonly { slug: string; name: string }[]][] = [
  ['countries', countries],
  ['persecution types', persecutionTypes],
  ['document types', documentTypes],
  ['procedural stages', proceduralStages],
  ['topics', topics],
  ['relief types', reliefTypes],
  ['protected grounds', protectedGrounds],
  ['courts', courts],
]

describe.each(vocabularies)('the %s vocabulary', (_label, items) => {
  it('should give every item a lowercase, dash-separated slug', () => {
    expect(items.map((item) => item.slug).filter((slug) => !SLUG.test(slug))).toEqual([])
  })

  it('should never repeat a slug', () => {
    expect(duplicatesOf(items.map((item) => item.slug))).toEqual([])
  })

  it('should give every item a name', () => {
    expect(items.filter((item) => item.name.trim() === '')).toEqual([])
  })

  it('should never repeat a name', () => {
    expect(duplicatesOf(items.map((item) => item.name))).toEqual([])
  })
})

describe('countries', () => {
  it('should list at least 240 countries and territories', () => {
    expect(countries.length).toBeGreaterThanOrEqual(240)
  })

  it('should give every country a two-letter ISO code', () => {
    expect(countries.filter((country) => !/^[A-Z]{2}$/.test(country.code))).toEqual([])
  })

  it('should never repeat a country code', () => {
    expect(duplicatesOf(countries.map((country) => country.code))).toEqual([])
  })

  it('should give every country a region', () => {
    expect(countries.filter((country) => country.region.trim() === '')).toEqual([])
  })

  it('should place Guatemala, Honduras and El Salvador in Central America', () => {
    const regionOf = (code: string) => countries.find((country) => country.code === code)?.region
    expect(['GT', 'HN', 'SV'].map(regionOf)).toEqual([
      'Central America',
      'Central America',
      'Central America',
    ])
  })

  it('should include Kosovo', () => {
    expect(countries.find((country) => country.code === 'XK')?.name).toBe('Kosovo')
  })

  it('should list each region once, sorted', () => {
    const expected = [...new Set(countries.map((country) => country.region))].sort()
    expect(regions).toEqual(expected)
  })
})

describe('persecution types', () => {
  it('should offer between 28 and 40 types', () => {
    expect(persecutionTypes.length).toBeGreaterThanOrEqual(28)
    expect(persecutionTypes.length).toBeLessThanOrEqual(40)
  })

  it('should describe every type in one sentence', () => {
    expect(persecutionTypes.filter((type) => !/^[A-Z].*\.$/.test(type.description))).toEqual([])
  })
})

describe('document types', () => {
  it('should scope only country conditions and expert declarations to a country', () => {
    expect(
      Object.fromEntries(documentTypes.map((type) => [type.slug, type.isCountryScoped])),
    ).toEqual({
      'country-conditions': true,
      'expert-declaration': true,
      'practice-advisory': false,
      'sample-brief': false,
      'unpublished-decision': false,
      filing: false,
      training: false,
    })
  })

  it('should call trainings "Webinar or training"', () => {
    expect(documentTypes.find((type) => type.slug === 'training')?.name).toBe('Webinar or training')
  })
})

describe('procedural stages', () => {
  it('should number the stages 1 to n in list order', () => {
    expect(proceduralStages.map((stage) => stage.order)).toEqual(
      proceduralStages.map((_stage, index) => index + 1),
    )
  })
})

describe('topics', () => {
  it('should offer "Working with Experts" to advocates', () => {
    expect(topics.find((topic) => topic.slug === 'working-with-experts')).toEqual({
      slug: 'working-with-experts',
      name: 'Working with Experts',
      audience: 'advocates',
    })
  })

  it('should give the expert library topics of its own', () => {
    expect(topics.filter((topic) => topic.audience === 'experts').length).toBeGreaterThan(0)
  })
})

describe('relief types and protected grounds', () => {
  it('should offer asylum, withholding and CAT', () => {
    expect(reliefTypes.map((relief) => relief.slug)).toEqual(['asylum', 'withholding', 'cat'])
  })

  it('should list the five protected grounds', () => {
    expect(protectedGrounds.map((ground) => ground.slug)).toEqual([
      'race',
      'religion',
      'nationality',
      'particular-social-group',
      'political-opinion',
    ])
  })
})

describe('courts', () => {
  it('should list at least 60 immigration courts', () => {
    expect(
      courts.filter((court) => court.kind === 'immigration-court').length,
    ).toBeGreaterThanOrEqual(60)
  })

  it('should list at least 8 asylum offices', () => {
    expect(courts.filter((court) => court.kind === 'asylum-office').length).toBeGreaterThanOrEqual(
      8,
    )
  })

  it('should place every court in a US state or territory', () => {
    expect(courts.filter((court) => !US_STATE_CODES.has(court.state))).toEqual([])
  })

  it('should give every court a city', () => {
    expect(courts.filter((court) => court.city.trim() === '')).toEqual([])
  })
})

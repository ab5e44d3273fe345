import { describe, expect, it } from 'vitest'

import { baselineFieldName, readVersioned, resolveConflict } from '@/lib/portal/edit-conflict'
import type { FieldValues } from '@/lib/portal/form-state'
import { emptyIntake } from '@/lib/portal/intake'
import { summarizeIntake } from '@/lib/portal/intake-summary'
import type { IntakeOptions } from '@/lib/portal/options'

const options: IntakeOptions = {
  countries: [{ label: 'Central America', options: [{ value: '7', label: 'Guatemala' }] }],
  persecutionTypes: [
    { value: '3', label: 'Domestic violence' },
    { value: '4', label: 'Extortion' },
  ],
  protectedGrounds: [{ value: 'religion', label: 'Religion' }],
  reliefTypes: [{ value: '1', label: 'Asylum' }],
  proceduralStages: [{ value: '2', label: 'Immigration court' }],
  courts: [],
  adjudicators: [],
}

const loaded = {
  ...emptyIntake(),
  country: '7',
  persecutionTypes: ['3'],
  reliefSought: ['1'],
  proceduralStage: '2',
  language: 'Spanish',
  facts: 'Fled in 2021.',
}
const summarize = (values: FieldValues) => summarizeIntake(values, options)

describe('edit conflicts', () => {
  it('should take the other person’s change where this person did not touch the answer', () => {
    const saved = { ...loaded, language: 'Mam' }
    const yours = { ...loaded, facts: 'Fled in 2021 after threats.' }
    const { values, conflict } = resolveConflict({ baseline: loaded, saved, yours, summarize })
    expect(values.language).toBe('Mam')
    expect(values.facts).toBe('Fled in 2021 after threats.')
    expect(conflict.changes).toEqual([
      { label: 'Language', saved: 'Mam', yours: 'Spanish', bothChanged: false },
    ])
  })

  it('should keep this person’s answer where both changed it, and say so', () => {
    const saved = { ...loaded, persecutionTypes: ['3', '4'] }
    const yours = { ...loaded, persecutionTypes: [] }
    const { values, conflict } = resolveConflict({ baseline: loaded, saved, yours, summarize })
    expect(values.persecutionTypes).toEqual([])
    expect(conflict.changes).toEqual([
      {
        label: 'Types of persecution',
        saved: 'Domestic violence, Extortion',
        yours: '',
        bothChanged: true,
      },
    ])
  })

  it('should not list an answer both changed to the same thing', () => {
    const saved = { ...loaded, language: 'Mam', facts: 'Other.' }
    const yours = { ...loaded, language: 'Mam' }
    const { conflict } = resolveConflict({ baseline: loaded, saved, yours, summarize })
    expect(conflict.changes.map((change) => change.label)).toEqual(['Facts of the claim'])
  })

  it('should merge deadline rows as one answer', () => {
    const saved = { ...loaded, deadlineLabel: ['Brief'], deadlineDate: ['2027-02-01'] }
    const yours = { ...loaded, language: 'K’iche’' }
    const { values, conflict } = resolveConflict({ baseline: loaded, saved, yours, summarize })
    expect(values.deadlineLabel).toEqual(['Brief'])
    expect(values.deadlineDate).toEqual(['2027-02-01'])
    expect(values.language).toBe('K’iche’')
    expect(conflict.changes[0]).toMatchObject({ label: 'Other deadlines', bothChanged: false })
  })

  it('should keep every answer of this person when the form sent no baseline', () => {
    const saved = { ...loaded, language: 'Mam' }
    const yours = { ...loaded, facts: 'New.' }
    const { values, conflict } = resolveConflict({ saved, yours, summarize })
    expect(values).toEqual(yours)
    expect(conflict.changes.map((change) => [change.label, change.bothChanged])).toEqual([
      ['Language', true],
      ['Facts of the claim', true],
    ])
  })

  it('should read the version and only known fields of a well-formed baseline', () => {
    const form = new FormData()
    form.set('version', '2026-12-03T10:00:00.000Z')
    form.set(baselineFieldName, JSON.stringify({ language: 'Mam', owner: '9', facts: ['x'] }))
    expect(readVersioned(form, ['language', 'facts'])).toEqual({
      version: '2026-12-03T10:00:00.000Z',
      baseline: { language: 'Mam', facts: ['x'] },
    })
    form.set(baselineFieldName, '{"language": 5}')
    expect(readVersioned(form, ['language']).baseline).toBeUndefined()
    form.set(baselineFieldName, 'not json')
    expect(readVersioned(form, ['language']).baseline).toBeUndefined()
  })
})

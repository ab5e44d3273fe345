import { describe, expect, it } from 'vitest'

import { saveExpertProfileAction } from '@/app/(portal)/account/expert-profile/actions'
import { initialFormState } from '@/lib/portal/form-state'

describe('expert profile form', () => {
  it('should refuse more than 60 countries with a message and keep every choice', async () => {
    const form = new FormData()
    form.set('displayName', 'Dr. Many Countries')
    for (let id = 1; id <= 61; id++) form.append('countries', String(id))
    const state = await saveExpertProfileAction(initialFormState({}), form)
    expect(state.status).toBe('error')
    expect(state.errors.countries).toBe(
      'Choose at most 60 countries. For wider expertise, choose whole regions below.',
    )
    expect(state.values.countries).toHaveLength(61)
  })

  it('should refuse more than 20 languages, or one too long, instead of dropping any', async () => {
    const many = new FormData()
    many.set('displayName', 'Dr. Many Languages')
    many.set('languages', Array.from({ length: 21 }, (_, i) => `Language ${i}`).join(', '))
    const tooMany = await saveExpertProfileAction(initialFormState({}), many)
    expect(tooMany.errors.languages).toBe('List at most 20 languages.')

    const long = new FormData()
    long.set('displayName', 'Dr. Long Language')
    long.set('languages', `Spanish; ${'K'.repeat(61)}`)
    const tooLong = await saveExpertProfileAction(initialFormState({}), long)
    expect(tooLong.errors.languages).toBe(
      'Keep each language under 60 characters, separated by commas.',
    )
    expect(tooLong.values.languages).toBe(`Spanish; ${'K'.repeat(61)}`)
  })

  it('should refuse more than 50 regions', async () => {
    const form = new FormData()
    form.set('displayName', 'Dr. Everywhere')
    for (let i = 0; i <= 50; i++) form.append('regions', `Region ${i}`)
    const state = await saveExpertProfileAction(initialFormState({}), form)
    expect(state.errors.regions).toBe('Choose at most 50 regions.')
  })
})

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
})

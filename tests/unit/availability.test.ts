import { describe, expect, it } from 'vitest'

import { hasCredentials } from '@/lib/db/availability'

describe('hasCredentials', () => {
  it('should see a JWT header', () => {
    expect(hasCredentials(new Headers({ Authorization: 'JWT abc.def.ghi' }))).toBe(true)
  })

  it('should see the session cookie among others', () => {
    expect(hasCredentials(new Headers({ Cookie: 'a=1; payload-token=abc; b=2' }))).toBe(true)
  })

  it('should not take another cookie or an empty header for a session', () => {
    expect(
      hasCredentials(new Headers({ Cookie: 'my-payload-token=abc', Authorization: 'JWT ' })),
    ).toBe(false)
  })
})

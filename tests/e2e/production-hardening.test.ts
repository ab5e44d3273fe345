import { describe, expect, it } from 'vitest'

import { hasChrome } from '../helpers/browser'
import { e2eAccount } from '../helpers/e2e-accounts'
import { baseUrl } from '../helpers/e2e'

// These use plain HTTP against the production server the browser tests start.
describe.skipIf(!hasChrome)('production server hardening', () => {
  it('should not serve the GraphQL playground', async () => {
    const res = await fetch(`${baseUrl}/api/graphql-playground`)
    expect(res.status).not.toBe(200)
  })

  it('should refuse GraphQL introspection', async () => {
    const res = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] }
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(body)).not.toContain('"types"')
  })

  it('should set the session cookie Secure, HttpOnly and SameSite=Lax', async () => {
    const staff = e2eAccount('staff')
    const res = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify({ email: staff.email, password: staff.password }),
    })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toContain('payload-token=')
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })

  it('should send security headers and no X-Powered-By', async () => {
    const res = await fetch(baseUrl)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('should report a healthy database', async () => {
    const res = await fetch(`${baseUrl}/api/health`)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })
})

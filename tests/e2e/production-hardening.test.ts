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
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it.each(['/', '/login', '/admin/login'])(
    'should send %s with a nonce-based Content-Security-Policy its scripts carry',
    async (pagePath) => {
      const res = await fetch(`${baseUrl}${pagePath}`)
      const policy = res.headers.get('content-security-policy') ?? ''
      const nonce = policy.match(/'nonce-([^']+)'/)?.[1]
      expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`)
      expect(policy).not.toContain('unsafe-eval')
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("frame-ancestors 'none'")
      const html = await res.text()
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)
      expect(scripts.length).toBeGreaterThan(0)
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
    },
  )

  it('should give every response a new nonce', async () => {
    const nonceOf = async () =>
      (await fetch(baseUrl)).headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1]
    expect(await nonceOf()).not.toBe(await nonceOf())
  })

  it('should not send HSTS when SERVER_URL is http', async () => {
    const res = await fetch(baseUrl)
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })

  it('should keep error names readable in the production build', async () => {
    const staff = e2eAccount('staff')
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.email, password: staff.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { Authorization: `JWT ${token}` }
    const list = await fetch(`${baseUrl}/api/countries?limit=1&depth=0`, { headers: auth })
    const [country] = ((await list.json()) as { docs: { id: number }[] }).docs
    const stale = await fetch(`${baseUrl}/api/countries/${country!.id}`, {
      method: 'PATCH',
      headers: {
        ...auth,
        'Content-Type': 'application/json',
        'If-Match': '"2000-01-01T00:00:00.000Z"',
      },
      body: JSON.stringify({}),
    })
    expect(stale.status).toBe(409)
    const conflict = (await stale.json()) as { errors: { name: string }[] }
    expect(conflict.errors[0]?.name).toBe('VersionConflict')
    // Payload's own errors take their name from the class, which minification would rename.
    const query = await fetch(`${baseUrl}/api/countries?where[nonexistent][equals]=1`, {
      headers: auth,
    })
    expect(query.status).toBe(400)
    const refused = (await query.json()) as { errors: { name: string }[] }
    expect(refused.errors[0]?.name).toBe('QueryError')
  })

  it('should report a healthy database', async () => {
    const res = await fetch(`${baseUrl}/api/health`)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })
})

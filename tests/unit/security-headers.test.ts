import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, makeNonce, strictTransportSecurity } from '@/lib/security-headers'

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ')
      return [name, values.join(' ')]
    }),
  )

describe('Content-Security-Policy', () => {
  it('should allow scripts only with the nonce, and no eval, in production', () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: 'abc123', isDev: false, isHttps: true }),
    )
    expect(policy['script-src']).toBe("'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy['object-src']).toBe("'none'")
    expect(policy['base-uri']).toBe("'self'")
    expect(policy['frame-ancestors']).toBe("'none'")
    expect(policy['form-action']).toBe("'self'")
    expect(policy['connect-src']).toBe("'self'")
    expect('upgrade-insecure-requests' in policy).toBe(true)
  })

  it('should add eval and the hot-reload socket in development only', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', isDev: true, isHttps: false }))
    expect(policy['script-src']).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'")
    expect(policy['connect-src']).toBe("'self' ws: wss:")
    expect('upgrade-insecure-requests' in policy).toBe(false)
  })

  it('should make a different 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce))
    expect(nonces.size).toBe(50)
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16)
  })
})

describe('Strict-Transport-Security', () => {
  it('should be sent for an https address', () => {
    expect(strictTransportSecurity('https://ta.example.org')).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })

  it('should not be sent for an http address', () => {
    expect(strictTransportSecurity('http://localhost:3000')).toBeUndefined()
  })
})

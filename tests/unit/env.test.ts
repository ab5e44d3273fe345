import { afterEach, describe, expect, it, vi } from 'vitest'

const loadEnv = async (vars: Record<string, string | undefined>) => {
  vi.resetModules()
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value)
  return import('@/lib/env')
}

describe('production configuration checks', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should name every missing production setting', async () => {
    const env = await loadEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
      SMTP_HOST: '',
      SERVER_URL: '',
    })
    const problems = env.productionConfigProblems()
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).toMatch(/PAYLOAD_SECRET/)
    expect(problems.join('\n')).toMatch(/SMTP_HOST/)
    expect(problems.join('\n')).toMatch(/SERVER_URL/)
    expect(() => env.assertProductionConfig()).toThrow(/cannot start in production/)
  })

  it('should refuse a short secret in production', async () => {
    const env = await loadEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'short',
      SMTP_HOST: 'smtp.example.org',
      SERVER_URL: 'https://ta.example.org',
    })
    expect(env.productionConfigProblems()).toEqual([
      'PAYLOAD_SECRET must be set to a random string of at least 32 characters.',
    ])
  })

  it('should accept a complete production configuration', async () => {
    const env = await loadEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      SMTP_HOST: 'smtp.example.org',
      SERVER_URL: 'https://ta.example.org',
    })
    expect(env.productionConfigProblems()).toEqual([])
  })

  it('should ask nothing of development', async () => {
    const env = await loadEnv({ NODE_ENV: 'development', PAYLOAD_SECRET: '', SMTP_HOST: '' })
    expect(env.productionConfigProblems()).toEqual([])
  })

  it('should allow the server origin plus listed extra origins for CSRF', async () => {
    const env = await loadEnv({
      SERVER_URL: 'https://ta.example.org/',
      CSRF_ORIGINS: 'https://admin.example.org, https://other.example.org/',
    })
    expect(env.csrfOrigins).toEqual([
      'https://ta.example.org',
      'https://admin.example.org',
      'https://other.example.org',
    ])
  })

  it('should use SMTPS on port 465 unless told otherwise', async () => {
    const env = await loadEnv({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: undefined,
    })
    expect(env.smtpSettings()).toMatchObject({ host: 'smtp.example.org', port: 465, secure: true })
  })
})

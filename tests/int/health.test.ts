import { describe, expect, it } from 'vitest'

import { rest } from '../helpers/payload'

describe('health endpoint', () => {
  it('should report the database as reachable', async () => {
    const res = await rest('GET', '/health')
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ status: 'ok', database: 'ok' })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

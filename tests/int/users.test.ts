import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeOrganization, startTracked } from '../helpers/accounts'
import { latestEmailTo, loginToken, rest } from '../helpers/payload'

const password = 'a long enough passphrase'

describe('accounts, roles and email verification', () => {
  let payload: Payload
  let orgId: number
  let adminToken: string
  let staffToken: string

  const makeUser = async (email: string, role: 'admin' | 'staff' | 'advocate' | 'expert') =>
    payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email, password, name: email, role, _verified: true, organization: orgId },
    })

  const storedUser = async (email: string) => {
    const { docs } = await payload.find({
      collection: 'users',
      overrideAccess: true,
      where: { email: { equals: email } },
      showHiddenFields: true,
    })
    return docs[0]
  }

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, removeCreatedRecords } = await startTracked())
    orgId = (await makeOrganization(payload, 'Test Legal Aid')).id
    await makeUser('root@test.example', 'admin')
    await makeUser('staffer@test.example', 'staff')
    adminToken = await loginToken('root@test.example', password)
    staffToken = await loginToken('staffer@test.example', password)
  })

  afterAll(() => removeCreatedRecords())

  it('should refuse a self-registration that asks for the admin role and store nothing', async () => {
    const res = await rest('POST', '/users', {
      body: {
        email: 'climber@test.example',
        password,
        name: 'Climber',
        role: 'admin',
        organization: orgId,
      },
    })
    expect(res.status).toBe(403)
    expect(await storedUser('climber@test.example')).toBeUndefined()
  })

  it('should refuse a self-registration that asks for the staff role', async () => {
    const res = await rest('POST', '/users', {
      body: { email: 'staffwannabe@test.example', password, name: 'S', role: 'staff' },
    })
    expect(res.status).toBe(403)
    expect(await storedUser('staffwannabe@test.example')).toBeUndefined()
  })

  it('should require an organization for advocates', async () => {
    const res = await rest('POST', '/users', {
      body: { email: 'noorg@test.example', password, name: 'No Org', role: 'advocate' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('organization')
    expect(await storedUser('noorg@test.example')).toBeUndefined()
  })

  it('should register an advocate unverified, refuse login, then allow it after the emailed link', async () => {
    const email = 'newadvocate@test.example'
    const res = await rest('POST', '/users', {
      body: {
        email,
        password,
        name: 'New Advocate',
        role: 'advocate',
        organization: orgId,
        _verified: true,
      },
    })
    expect(res.status).toBe(201)
    const stored = await storedUser(email)
    expect(stored?.role).toBe('advocate')
    expect(stored?._verified).toBe(false)

    const denied = await rest('POST', '/users/login', { body: { email, password } })
    expect(denied.status).toBe(403)
    expect(denied.json).not.toHaveProperty('token')
    expect(denied.text).toContain('verify')

    const message = await latestEmailTo(email)
    expect(message?.subject).toBe('Confirm your email address for the TA Library')
    const token = message?.html.match(/\/verify\?token=([a-f0-9]+)/)?.[1]
    expect(token).toBeTruthy()

    const verified = await rest('POST', `/users/verify/${token}`)
    expect(verified.status).toBe(200)
    expect((await storedUser(email))?._verified).toBe(true)
    expect(await loginToken(email, password)).toMatch(/^ey/)
  })

  it('should register an expert', async () => {
    const res = await rest('POST', '/users', {
      body: { email: 'newexpert@test.example', password, name: 'New Expert', role: 'expert' },
    })
    expect(res.status).toBe(201)
    expect((await storedUser('newexpert@test.example'))?.role).toBe('expert')
  })

  it('should not let an advocate promote themselves', async () => {
    const user = await makeUser('selfpromoter@test.example', 'advocate')
    const token = await loginToken('selfpromoter@test.example', password)
    await rest('PATCH', `/users/${user.id}`, { token, body: { role: 'admin', name: 'Renamed' } })
    const stored = await storedUser('selfpromoter@test.example')
    expect(stored?.role).toBe('advocate')
    expect(stored?.name).toBe('Renamed')
  })

  it('should not let staff create a staff account', async () => {
    const res = await rest('POST', '/users', {
      token: staffToken,
      body: { email: 'secondstaff@test.example', password, name: 'Second', role: 'staff' },
    })
    expect(res.status).toBe(403)
    expect(await storedUser('secondstaff@test.example')).toBeUndefined()
  })

  it('should let an admin create a staff account', async () => {
    const res = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'hired@test.example', password, name: 'Hired', role: 'staff' },
    })
    expect(res.status).toBe(201)
    expect((await storedUser('hired@test.example'))?.role).toBe('staff')
  })

  it('should show an advocate only their own account', async () => {
    await makeUser('lister@test.example', 'advocate')
    const token = await loginToken('lister@test.example', password)
    const res = await rest('GET', '/users?limit=100', { token })
    expect(res.status).toBe(200)
    expect(res.json.docs.map((u: { email: string }) => u.email)).toEqual(['lister@test.example'])
  })

  it('should show guests no accounts', async () => {
    const res = await rest('GET', '/users?limit=100')
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('@test.example')
  })

  it('should lock an account after five failed logins', async () => {
    await makeUser('target@test.example', 'advocate')
    for (let i = 0; i < 5; i += 1) {
      await rest('POST', '/users/login', {
        body: { email: 'target@test.example', password: 'wrong password!' },
      })
    }
    const res = await rest('POST', '/users/login', {
      body: { email: 'target@test.example', password },
    })
    expect(res.status).not.toBe(200)
    expect(res.json).not.toHaveProperty('token')
    expect((await storedUser('target@test.example'))?.lockUntil).toBeTruthy()
  })

  it('should let staff into the admin panel and keep advocates and experts out', async () => {
    const access = async (token: string) =>
      // Payload omits permissions that are false.
      Boolean((await rest('GET', '/access', { token })).json.canAccessAdmin)
    await makeUser('adminprobe@test.example', 'advocate')
    await makeUser('expertprobe@test.example', 'expert')
    expect(await access(staffToken)).toBe(true)
    expect(await access(adminToken)).toBe(true)
    expect(await access(await loginToken('adminprobe@test.example', password))).toBe(false)
    expect(await access(await loginToken('expertprobe@test.example', password))).toBe(false)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { derivePasswordHash, payloadPasswordHash } from '@/lib/auth/password-hashing'
import { passwordPolicyMessages } from '@/lib/auth/password-policy'

import { makeOrganization, startTracked } from '../helpers/accounts'
import { graphql, latestEmailTo, loginToken, rest } from '../helpers/payload'

const password = 'quiet harbor lantern 42'
const newPassword = 'copper kettle morning 77'
const domain = 'security.example'

type Role = 'admin' | 'staff' | 'advocate' | 'expert'
type JsonBody = Awaited<ReturnType<typeof rest>>['json']

/** The `{ path, message }` list of a ValidationError response. */
const fieldErrors = (json: JsonBody): { path: string; message: string }[] =>
  json?.errors?.[0]?.data?.errors ?? []

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const timed = async (call: () => Promise<unknown>) => {
  const started = performance.now()
  await call()
  return performance.now() - started
}

describe('account security', () => {
  let payload: Payload
  let orgId: number
  let adminId: number
  let adminToken: string
  let staffToken: string

  const makeUser = async (label: string, role: Role = 'advocate') =>
    payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: {
        email: `${label}@${domain}`,
        password,
        name: label,
        role,
        _verified: true,
        organization: orgId,
      },
    })

  const storedUser = async (email: string) => {
    const { docs } = await payload.find({
      collection: 'users',
      overrideAccess: true,
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
    return docs[0]
  }

  const resetTokenFor = async (email: string) =>
    (await payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })) as string

  const me = async (token: string) => (await rest('GET', '/users/me', { token })).json?.user

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, removeCreatedRecords } = await startTracked())
    orgId = (await makeOrganization(payload, 'Security Test Legal Aid')).id
    adminId = (await makeUser('sec-admin', 'admin')).id
    await makeUser('sec-staff', 'staff')
    adminToken = await loginToken(`sec-admin@${domain}`, password)
    staffToken = await loginToken(`sec-staff@${domain}`, password)
  })

  afterAll(() => removeCreatedRecords())

  describe('password policy', () => {
    const register = (label: string, chosen: string) =>
      rest('POST', '/users', {
        body: {
          email: `${label}@${domain}`,
          password: chosen,
          name: label,
          role: 'advocate',
          organization: orgId,
        },
      })

    it('should refuse a registration with a password under 12 characters and store nothing', async () => {
      const res = await register('policy-short', 'tiny words')
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)).toEqual([
        { path: 'password', message: passwordPolicyMessages.tooShort },
      ])
      expect(await storedUser(`policy-short@${domain}`)).toBeUndefined()
    })

    it('should refuse a registration with a commonly used password and store nothing', async () => {
      const res = await register('policy-common', 'Password123456!')
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)).toEqual([
        { path: 'password', message: passwordPolicyMessages.common },
      ])
      expect(await storedUser(`policy-common@${domain}`)).toBeUndefined()
    })

    it("should refuse a password containing the email's local part and store nothing", async () => {
      const res = await register('maria.lopez', 'maria.lopez signs in here')
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)).toEqual([
        { path: 'password', message: passwordPolicyMessages.containsEmail },
      ])
      expect(await storedUser(`maria.lopez@${domain}`)).toBeUndefined()
    })

    it('should accept a long passphrase at registration', async () => {
      const res = await register('policy-ok', password)
      expect(res.status).toBe(201)
      expect((await storedUser(`policy-ok@${domain}`))?.email).toBe(`policy-ok@${domain}`)
    })

    it("should refuse an admin setting a common password on someone's account and keep the old hash", async () => {
      const user = await makeUser('policy-admin-set')
      const before = await storedUser(`policy-admin-set@${domain}`)
      const res = await rest('PATCH', `/users/${user.id}`, {
        token: adminToken,
        body: { password: 'letmein1234567' },
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)[0]?.path).toBe('password')
      expect((await storedUser(`policy-admin-set@${domain}`))?.hash).toBe(before?.hash)
    })

    it('should refuse a common password at reset-password and keep the old hash', async () => {
      await makeUser('policy-reset')
      const before = await storedUser(`policy-reset@${domain}`)
      const token = await resetTokenFor(`policy-reset@${domain}`)
      const res = await rest('POST', '/users/reset-password', {
        body: { token, password: 'qwertyuiop123456' },
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)).toEqual([
        { path: 'password', message: passwordPolicyMessages.common },
      ])
      expect((await storedUser(`policy-reset@${domain}`))?.hash).toBe(before?.hash)
    })

    it("should refuse a reset password containing the email's local part and keep the old hash", async () => {
      await makeUser('policy-reset-email')
      const before = await storedUser(`policy-reset-email@${domain}`)
      const token = await resetTokenFor(`policy-reset-email@${domain}`)
      const res = await rest('POST', '/users/reset-password', {
        body: { token, password: 'policy-reset-email forever' },
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)[0]?.message).toBe(passwordPolicyMessages.containsEmail)
      expect((await storedUser(`policy-reset-email@${domain}`))?.hash).toBe(before?.hash)
    })

    it('should store hashes with the parameters the login timing guard imitates', async () => {
      await makeUser('hash-params')
      const stored = await storedUser(`hash-params@${domain}`)
      expect(stored?.hash?.startsWith(payloadPasswordHash.prefix)).toBe(true)
      expect(await derivePasswordHash({ password, salt: stored?.salt as string })).toBe(
        stored?.hash,
      )
    })
  })

  describe('login does not reveal which emails have accounts', () => {
    const attempt = (email: string) =>
      rest('POST', '/users/login', { body: { email, password: 'not the right passphrase' } })

    it('should answer a wrong password for a known email exactly as an unknown email', async () => {
      await makeUser('login-known')
      const known = await attempt(`login-known@${domain}`)
      const unknown = await attempt(`login-nobody@${domain}`)
      expect(known.status).toBe(401)
      expect(unknown.status).toBe(known.status)
      expect(unknown.json).toEqual(known.json)
    })

    it("should answer a locked account's login exactly as an unknown email", async () => {
      const user = await makeUser('login-locked')
      await payload.update({
        collection: 'users',
        id: user.id,
        overrideAccess: true, // fixture: lock the account as five failures would
        data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() },
      })
      const locked = await rest('POST', '/users/login', {
        body: { email: `login-locked@${domain}`, password },
      })
      const unknown = await attempt(`login-nobody-2@${domain}`)
      expect(locked.status).toBe(401)
      expect(locked.json).toEqual(unknown.json)
      expect(locked.json).not.toHaveProperty('token')
    })

    it('should take about as long to refuse a known email as an unknown one', async () => {
      const rounds = 5
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < rounds; i += 1) {
        // A user per round, so lockout after five failures never changes the path measured.
        await makeUser(`login-timing-${i}`)
        known.push(await timed(() => attempt(`login-timing-${i}@${domain}`)))
        unknown.push(await timed(() => attempt(`login-timing-nobody-${i}@${domain}`)))
      }
      const ratio = median(known) / median(unknown)
      expect(ratio).toBeGreaterThan(0.5)
      expect(ratio).toBeLessThan(2)
    })
  })

  describe('forgot-password does not reveal which emails have accounts', () => {
    const ask = (email: string) => rest('POST', '/users/forgot-password', { body: { email } })

    it('should answer a known and an unknown email with the same response', async () => {
      await makeUser('forgot-same')
      const known = await ask(`forgot-same@${domain}`)
      const unknown = await ask(`forgot-nobody@${domain}`)
      expect(known.status).toBe(200)
      expect(unknown.status).toBe(known.status)
      expect(unknown.json).toEqual(known.json)
    })

    it('should email a reset link to a known address and store its token', async () => {
      await makeUser('forgot-mail')
      await ask(`forgot-mail@${domain}`)
      const message = await latestEmailTo(`forgot-mail@${domain}`)
      const token = message?.html.match(/reset-password\?token=([a-f0-9]+)/)?.[1]
      expect(token).toBeTruthy()
      expect((await storedUser(`forgot-mail@${domain}`))?.resetPasswordToken).toBe(token)
    })

    it('should take about as long to answer a known email as an unknown one', async () => {
      const rounds = 3
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < rounds; i += 1) {
        // A user per round: Payload sends at most one email per address every 15 seconds.
        await makeUser(`forgot-timing-${i}`)
        known.push(await timed(() => ask(`forgot-timing-${i}@${domain}`)))
        unknown.push(await timed(() => ask(`forgot-timing-nobody-${i}@${domain}`)))
      }
      const ratio = median(known) / median(unknown)
      expect(ratio).toBeGreaterThan(0.5)
      expect(ratio).toBeLessThan(2)
    })

    it('should refuse the GraphQL forgotPassword mutation and store no token', async () => {
      await makeUser('forgot-graphql')
      const res = await graphql(
        `mutation { forgotPasswordUser(email: "forgot-graphql@${domain}") }`,
      )
      expect(res.json.errors?.length).toBeGreaterThan(0)
      expect((await storedUser(`forgot-graphql@${domain}`))?.resetPasswordToken).toBeFalsy()
    })
  })

  describe('reset tokens', () => {
    it('should accept a reset token once and refuse it the second time', async () => {
      await makeUser('reset-once')
      const token = await resetTokenFor(`reset-once@${domain}`)
      const first = await rest('POST', '/users/reset-password', {
        body: { token, password: newPassword },
      })
      const afterFirst = await storedUser(`reset-once@${domain}`)
      const second = await rest('POST', '/users/reset-password', {
        body: { token, password: 'another fine passphrase 9' },
      })
      expect(first.status).toBe(200)
      expect(second.status).toBe(403)
      expect((await storedUser(`reset-once@${domain}`))?.hash).toBe(afterFirst?.hash)
      expect(await loginToken(`reset-once@${domain}`, newPassword)).toMatch(/^ey/)
    })

    it('should refuse an expired reset token and keep the old hash', async () => {
      const user = await makeUser('reset-expired')
      const token = await resetTokenFor(`reset-expired@${domain}`)
      await payload.update({
        collection: 'users',
        id: user.id,
        overrideAccess: true, // fixture: let the hour pass
        data: { resetPasswordExpiration: new Date(Date.now() - 1_000).toISOString() },
      })
      const before = await storedUser(`reset-expired@${domain}`)
      const res = await rest('POST', '/users/reset-password', {
        body: { token, password: newPassword },
      })
      expect(res.status).toBe(403)
      expect((await storedUser(`reset-expired@${domain}`))?.hash).toBe(before?.hash)
    })

    it('should end the sessions that existed before a password reset', async () => {
      await makeUser('reset-sessions')
      const oldSession = await loginToken(`reset-sessions@${domain}`, password)
      const token = await resetTokenFor(`reset-sessions@${domain}`)
      await rest('POST', '/users/reset-password', { body: { token, password: newPassword } })
      expect(await me(oldSession)).toBeNull()
    })
  })

  describe('change-password', () => {
    const change = (token: string | undefined, body: Record<string, unknown>) =>
      rest('POST', '/users/change-password', { token, body })

    it('should refuse a request without a session', async () => {
      const res = await change(undefined, { currentPassword: password, newPassword })
      expect(res.status).toBe(401)
    })

    it('should refuse a wrong current password and keep the old hash', async () => {
      await makeUser('change-wrong')
      const before = await storedUser(`change-wrong@${domain}`)
      const token = await loginToken(`change-wrong@${domain}`, password)
      const res = await change(token, { currentPassword: 'not my passphrase!!', newPassword })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)).toEqual([
        { path: 'currentPassword', message: 'Your current password is not correct.' },
      ])
      expect((await storedUser(`change-wrong@${domain}`))?.hash).toBe(before?.hash)
    })

    it('should refuse a new password that breaks the policy and keep the old hash', async () => {
      await makeUser('change-weak')
      const before = await storedUser(`change-weak@${domain}`)
      const token = await loginToken(`change-weak@${domain}`, password)
      const res = await change(token, { currentPassword: password, newPassword: 'sunshine2024!' })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.json)).toEqual([
        { path: 'newPassword', message: passwordPolicyMessages.common },
      ])
      expect((await storedUser(`change-weak@${domain}`))?.hash).toBe(before?.hash)
    })

    it('should set the new password when the current one is right', async () => {
      await makeUser('change-ok')
      const token = await loginToken(`change-ok@${domain}`, password)
      const res = await change(token, { currentPassword: password, newPassword })
      const stored = await storedUser(`change-ok@${domain}`)
      expect(res.status).toBe(200)
      expect(
        await derivePasswordHash({ password: newPassword, salt: stored?.salt as string }),
      ).toBe(stored?.hash)
    })

    it("should end the user's other sessions and keep the calling one", async () => {
      await makeUser('change-sessions')
      const calling = await loginToken(`change-sessions@${domain}`, password)
      const other = await loginToken(`change-sessions@${domain}`, password)
      await change(calling, { currentPassword: password, newPassword })
      expect((await me(calling))?.email).toBe(`change-sessions@${domain}`)
      expect(await me(other)).toBeNull()
      expect((await storedUser(`change-sessions@${domain}`))?.sessions).toHaveLength(1)
    })
  })

  describe('setting a password through an update', () => {
    it('should refuse an advocate setting their own password with PATCH and keep the old hash', async () => {
      const user = await makeUser('patch-self')
      const before = await storedUser(`patch-self@${domain}`)
      const token = await loginToken(`patch-self@${domain}`, password)
      const res = await rest('PATCH', `/users/${user.id}`, {
        token,
        body: { password: newPassword },
      })
      expect(res.status).toBe(403)
      expect(res.text).toContain('change-password')
      expect((await storedUser(`patch-self@${domain}`))?.hash).toBe(before?.hash)
    })

    it('should refuse an admin setting their own password with PATCH and keep the old hash', async () => {
      const before = await storedUser(`sec-admin@${domain}`)
      const res = await rest('PATCH', `/users/${adminId}`, {
        token: adminToken,
        body: { password: newPassword },
      })
      expect(res.status).toBe(403)
      expect((await storedUser(`sec-admin@${domain}`))?.hash).toBe(before?.hash)
    })

    it("should refuse staff setting another user's password and keep the old hash", async () => {
      const user = await makeUser('patch-by-staff')
      const before = await storedUser(`patch-by-staff@${domain}`)
      const res = await rest('PATCH', `/users/${user.id}`, {
        token: staffToken,
        body: { password: newPassword },
      })
      expect(res.status).toBe(403)
      expect((await storedUser(`patch-by-staff@${domain}`))?.hash).toBe(before?.hash)
    })

    it("should let an admin set another user's password", async () => {
      const user = await makeUser('patch-by-admin')
      const res = await rest('PATCH', `/users/${user.id}`, {
        token: adminToken,
        body: { password: newPassword },
      })
      const stored = await storedUser(`patch-by-admin@${domain}`)
      expect(res.status).toBe(200)
      expect(
        await derivePasswordHash({ password: newPassword, salt: stored?.salt as string }),
      ).toBe(stored?.hash)
    })

    it('should refuse an advocate setting their own password through GraphQL and keep the old hash', async () => {
      const user = await makeUser('graphql-self-password')
      const before = await storedUser(`graphql-self-password@${domain}`)
      const token = await loginToken(`graphql-self-password@${domain}`, password)
      await graphql(
        `mutation { updateUser(id: ${user.id}, data: { password: "${newPassword}" }) { id } }`,
        {
          token,
        },
      )
      expect((await storedUser(`graphql-self-password@${domain}`))?.hash).toBe(before?.hash)
    })

    it("should offer the admin panel's password change only to admins on other users' accounts", async () => {
      const user = await makeUser('panel-permissions')
      // Payload collapses a field's permissions to `true` when every operation is allowed.
      const canChange = async (token: string, id: number) => {
        const permission = (await rest('POST', `/users/access/${id}`, { token })).json?.fields
          ?.password
        return permission === true || permission?.update === true
      }
      expect(await canChange(adminToken, user.id)).toBe(true)
      expect(await canChange(adminToken, adminId)).toBe(false)
      expect(await canChange(staffToken, user.id)).toBe(false)
    })
  })

  describe('fields owners and guests cannot set', () => {
    const protectedValues = {
      _verified: true,
      _verificationToken: 'chosen-verification-token',
      loginAttempts: 42,
      lockUntil: '2099-01-01T00:00:00.000Z',
      resetPasswordToken: 'chosen-reset-token',
      resetPasswordExpiration: '2099-01-01T00:00:00.000Z',
    }

    it('should ignore verification, lockout and reset fields in a guest registration', async () => {
      const email = `guest-fields@${domain}`
      await rest('POST', '/users', {
        body: { email, password, name: 'Guest', role: 'expert', ...protectedValues },
      })
      const stored = await storedUser(email)
      expect(stored?._verified).toBe(false)
      expect(stored?._verificationToken).not.toBe(protectedValues._verificationToken)
      expect(stored?.loginAttempts).toBe(0)
      expect(stored?.lockUntil).toBeFalsy()
      expect(stored?.resetPasswordToken).toBeFalsy()
      expect(stored?.resetPasswordExpiration).toBeFalsy()
    })

    it('should ignore role, verification, lockout and reset fields in an owner PATCH', async () => {
      const user = await makeUser('owner-fields')
      const token = await loginToken(`owner-fields@${domain}`, password)
      await rest('PATCH', `/users/${user.id}`, {
        token,
        body: { role: 'admin', ...protectedValues, _verified: false },
      })
      const stored = await storedUser(`owner-fields@${domain}`)
      expect(stored?.role).toBe('advocate')
      expect(stored?._verified).toBe(true)
      expect(stored?.loginAttempts).toBe(0)
      expect(stored?.lockUntil).toBeFalsy()
      expect(stored?.resetPasswordToken).toBeFalsy()
      expect(stored?.resetPasswordExpiration).toBeFalsy()
      expect(stored?._verificationToken).not.toBe(protectedValues._verificationToken)
    })

    it('should ignore role, verification, lockout and reset fields in an owner GraphQL update', async () => {
      const user = await makeUser('owner-graphql')
      const token = await loginToken(`owner-graphql@${domain}`, password)
      await graphql(
        `
          mutation Update($id: Int!, $data: mutationUserUpdateInput!) {
            updateUser(id: $id, data: $data) {
              id
            }
          }
        `,
        {
          token,
          variables: { id: user.id, data: { role: 'admin', ...protectedValues, _verified: false } },
        },
      )
      const stored = await storedUser(`owner-graphql@${domain}`)
      expect(stored?.role).toBe('advocate')
      expect(stored?._verified).toBe(true)
      expect(stored?.loginAttempts).toBe(0)
      expect(stored?.lockUntil).toBeFalsy()
      expect(stored?.resetPasswordToken).toBeFalsy()
    })

    it('should ignore role, verification and lockout fields in a guest GraphQL registration', async () => {
      const email = `guest-graphql@${domain}`
      await graphql(
        `
          mutation Create($data: mutationUserInput!) {
            createUser(data: $data) {
              id
            }
          }
        `,
        {
          variables: {
            data: { email, password, name: 'Guest', role: 'expert', ...protectedValues },
          },
        },
      )
      const stored = await storedUser(email)
      expect(stored?._verified).toBe(false)
      expect(stored?.loginAttempts).toBe(0)
      expect(stored?.lockUntil).toBeFalsy()
      expect(stored?.resetPasswordToken).toBeFalsy()
    })

    it('should refuse a guest GraphQL registration that asks for the admin role and store nothing', async () => {
      const email = `guest-graphql-admin@${domain}`
      await graphql(
        `
          mutation Create($data: mutationUserInput!) {
            createUser(data: $data) {
              id
            }
          }
        `,
        { variables: { data: { email, password, name: 'Climber', role: 'admin' } } },
      )
      expect(await storedUser(email)).toBeUndefined()
    })

    it('should ignore sessions sent with a guest registration', async () => {
      const email = `guest-sessions@${domain}`
      await rest('POST', '/users', {
        body: {
          email,
          password,
          name: 'Guest',
          role: 'expert',
          sessions: [{ id: 'chosen-session', expiresAt: '2099-01-01T00:00:00.000Z' }],
        },
      })
      expect((await storedUser(email))?.sessions ?? []).toEqual([])
    })
  })
})

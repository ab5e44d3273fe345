import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { canCreateAccount } from '@/access/canCreateAccount'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { selfOrStaff } from '@/access/selfOrStaff'

const req = (user: { id: number; role: string } | null) => ({ user }) as unknown as PayloadRequest
const guest = req(null)
const advocate = req({ id: 7, role: 'advocate' })
const expert = req({ id: 8, role: 'expert' })
const staff = req({ id: 2, role: 'staff' })
const admin = req({ id: 1, role: 'admin' })

describe('canCreateAccount', () => {
  it('should let a guest register as an advocate or an expert', () => {
    expect(canCreateAccount({ req: guest, data: { role: 'advocate' } })).toBe(true)
    expect(canCreateAccount({ req: guest, data: { role: 'expert' } })).toBe(true)
  })
  it('should refuse a guest who asks for staff or admin', () => {
    expect(canCreateAccount({ req: guest, data: { role: 'staff' } })).toBe(false)
    expect(canCreateAccount({ req: guest, data: { role: 'admin' } })).toBe(false)
  })
  it('should refuse a role that does not exist', () => {
    expect(canCreateAccount({ req: guest, data: { role: 'superuser' } })).toBe(false)
  })
  it('should let staff create advocates but not staff', () => {
    expect(canCreateAccount({ req: staff, data: { role: 'advocate' } })).toBe(true)
    expect(canCreateAccount({ req: staff, data: { role: 'staff' } })).toBe(false)
  })
  it('should let an admin create any role', () => {
    expect(canCreateAccount({ req: admin, data: { role: 'admin' } })).toBe(true)
  })
  it('should not let a signed-in advocate or expert create accounts', () => {
    expect(canCreateAccount({ req: advocate, data: { role: 'advocate' } })).toBe(false)
    expect(canCreateAccount({ req: expert, data: { role: 'expert' } })).toBe(false)
  })
})

describe('read rules', () => {
  it('should give staff every account and others only their own', () => {
    expect(selfOrStaff({ req: staff })).toBe(true)
    expect(selfOrStaff({ req: advocate })).toEqual({ id: { equals: 7 } })
    expect(selfOrStaff({ req: guest })).toBe(false)
  })
  it('should give non-staff only published documents', () => {
    expect(publishedOrStaff({ req: admin })).toBe(true)
    expect(publishedOrStaff({ req: expert })).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrStaff({ req: guest })).toEqual({ _status: { equals: 'published' } })
  })
  it('should treat only staff and admins as staff', () => {
    expect([guest, advocate, expert, staff, admin].map((r) => isStaff({ req: r }))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ])
  })
})

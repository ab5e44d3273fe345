import type { Payload } from 'payload'

import { loginToken } from '../../payload'
import {
  disposable,
  forgedText,
  own,
  system,
  type BuildContext,
  type MatrixCollection,
} from '../collection'
import { password, type Actor, type LocalUser } from '../fixtures'
import { policyRoles, type PolicyRole } from '../policy'

const localUser = async (payload: Payload, id: number): Promise<LocalUser> => {
  const doc = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return { ...(doc as unknown as LocalUser), collection: 'users' }
}

const accountRoleOf = (role: PolicyRole) =>
  role === 'staff' || role === 'admin' || role === 'expert' ? role : 'advocate'

const makeUser = (
  { fx }: BuildContext,
  { email, name, role }: { email: string; name: string; role: string },
) =>
  fx.payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name,
      role: role as 'advocate',
      organization: fx.organizationId,
      _verified: true,
    },
    disableVerificationEmail: true,
    ...system,
  })

/**
 * One account per signed-in role (its email a canary), logged in for a JWT, and the expert
 * accounts that are not matrix roles (see Fixtures).
 */
export const users: MatrixCollection = {
  slug: 'users',
  blueprints: [
    { key: 'ownerAdvocate', ...own('ownerAdvocate', ['staff']) },
    { key: 'sharedAdvocate', ...own('sharedAdvocate', ['staff']) },
    { key: 'otherAdvocate', ...own('otherAdvocate', ['staff']) },
    { key: 'noCaseAdvocate', ...own('noCaseAdvocate', ['staff']) },
    { key: 'expert', ...own('expert', ['staff']) },
    { key: 'staff', ...own('staff') },
    { key: 'admin', ...own('admin') },
  ],
  build: async (ctx) => {
    const { fx, add } = ctx
    const actors = { guest: { role: 'guest', user: null, token: undefined } } as Record<
      PolicyRole,
      Actor
    >
    for (const role of policyRoles.filter((entry) => entry !== 'guest')) {
      const local = fx.canaries.make({
        slug: 'users',
        recordKey: role,
        field: 'email',
        lowercase: true,
      })
      const email = `${local}@test.example`
      const created = await makeUser(ctx, {
        email,
        name: `Matrix ${role} ${fx.run}`,
        role: accountRoleOf(role),
      })
      add(role, created.id)
      actors[role] = {
        role,
        user: await localUser(fx.payload, created.id),
        token: await loginToken(email, password),
      }
    }
    fx.actors = actors
    const makeExpert = async (label: string) =>
      localUser(
        fx.payload,
        (
          await makeUser(ctx, {
            email: `matrix-${label}-expert-${fx.run}@test.example`,
            name: `${label} expert`,
            role: 'expert',
          })
        ).id,
      )
    fx.approvedExpert = await makeExpert('approved')
    fx.pendingExpert = await makeExpert('pending')
    fx.spareExpert = await makeExpert('spare')
    fx.standInExpert = await makeExpert('stand-in')
  },
  forgeries: {
    role: forgedText('admin'),
    _verified: { value: () => false, isStored: (stored) => stored === false },
    // Off by default: a stored `true` is the forged choice.
    staffAlerts: {
      value: () => ({ newResourceSubmission: true }),
      isStored: (stored) =>
        (stored as { newResourceSubmission?: boolean } | undefined)?.newResourceSubmission === true,
    },
  },
  updateData: (marker) => ({ name: marker }),
  markerOf: (doc) => doc.name,
  createVariants: [
    {
      label: 'an advocate account',
      inScopeFor: ['guest', 'staff'],
      data: ({ fx, marker }) => ({
        email: `${marker}@test.example`,
        password,
        name: marker,
        role: 'advocate',
        organization: fx.organizationId,
      }),
    },
    {
      label: 'a staff account',
      inScopeFor: [],
      data: ({ marker }) => ({
        email: `${marker}@test.example`,
        password,
        name: marker,
        role: 'staff',
      }),
    },
  ],
  makeDisposable: async ({ fx }) => {
    const marker = fx.nextMarker()
    const doc = await fx.payload.create({
      collection: 'users',
      data: {
        email: `${marker}@test.example`,
        password,
        name: marker,
        role: 'advocate',
        organization: fx.organizationId,
        _verified: true,
      },
      disableVerificationEmail: true,
      ...system,
    })
    return disposable('users', doc.id)
  },
}

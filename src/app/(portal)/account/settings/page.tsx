import type { Metadata } from 'next'
import Link from 'next/link'

import { advocateTypes } from '@/collections/Users/options'
import { accountDetailsValues } from '@/lib/portal/account-details'
import { listOrganizationNames } from '@/lib/portal/organizations'
import { requireViewer } from '@/lib/portal/session'
import { hasRole } from '@/lib/roles'

import { ChangePasswordForm, ProfileForm } from './SettingsForms'

export const metadata: Metadata = { title: 'Account settings' }

export default async function SettingsPage() {
  const { payload, user } = await requireViewer({ path: '/account/settings' })
  const isAdvocate = hasRole(user, 'advocate')
  const [account, organizationNames] = await Promise.all([
    payload.findByID({
      collection: 'users',
      id: user.id,
      user,
      overrideAccess: false,
      depth: 1,
      select: {
        name: true,
        email: true,
        organization: true,
        advocateType: true,
        notifications: true,
        updatedAt: true,
      },
      populate: { organizations: { name: true } },
    }),
    isAdvocate ? listOrganizationNames(payload) : Promise.resolve([]),
  ])
  return (
    <>
      <p className="breadcrumb">
        <Link href="/account">My Account</Link>
      </p>
      <h1>Account settings</h1>
      <p className="meta">Email address: {account.email}</p>
      <div className="two-columns">
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading">Your details</h2>
          <ProfileForm
            isAdvocate={isAdvocate}
            advocateTypes={[...advocateTypes]}
            organizationNames={organizationNames}
            version={account.updatedAt}
            initial={accountDetailsValues(account)}
          />
        </section>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">Change your password</h2>
          <p>You need your current password. Changing it signs you out on every other device.</p>
          <ChangePasswordForm />
        </section>
      </div>
    </>
  )
}

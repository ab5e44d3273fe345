import { organizationLimits } from '@/collections/Organizations/options'
import { userLimits } from '@/collections/Users/options'
import { lengthErrors } from '@/lib/limits'
import type { User } from '@/payload-types'

import type { FieldValues } from './form-state'

/** An account's details as the settings form shows them (organization by name). */
export const accountDetailsValues = (
  account: Pick<User, 'name' | 'organization' | 'advocateType' | 'notifications'>,
): FieldValues => ({
  name: account.name,
  organization:
    account.organization && typeof account.organization === 'object'
      ? account.organization.name
      : '',
  advocateType: account.advocateType ?? '',
  newsletter: account.notifications?.newsletter === false ? '' : 'on',
  caseActivity: account.notifications?.caseActivity === false ? '' : 'on',
})

/** The name (and an advocate's organization) over their limits, as registration and settings say it. */
export const accountLengthErrors = ({
  name,
  organization,
  isAdvocate,
}: {
  name: string
  organization: string
  isAdvocate: boolean
}) =>
  lengthErrors([
    { name: 'name', label: 'Your name', value: name, max: userLimits.name },
    ...(isAdvocate
      ? [
          {
            name: 'organization',
            label: 'Organization',
            value: organization,
            max: organizationLimits.name,
          },
        ]
      : []),
  ])

import type { ReactNode } from 'react'

import { organizationLimits } from '@/collections/Organizations/options'

import { TextField } from './Fields'

export const passwordHint =
  'At least 12 characters. A few unrelated words make a password that is easy to remember and hard to guess.'

/** A new password and its confirmation (settings, reset). Passwords are never handed back. */
export const NewPasswordFields = ({
  name,
  label,
  errors,
}: {
  name: string
  label: string
  errors: Record<string, string>
}) => (
  <>
    <TextField
      name={name}
      type="password"
      label={label}
      hint={passwordHint}
      autoComplete="new-password"
      error={errors[name]}
    />
    <TextField
      name="confirmPassword"
      type="password"
      label="Type the new password again"
      autoComplete="new-password"
      error={errors.confirmPassword}
    />
  </>
)

/** The organization, typed or picked from the names already known (registration, settings). */
export const OrganizationField = ({
  hint,
  defaultValue,
  error,
  organizationNames,
}: {
  hint: ReactNode
  defaultValue?: string
  error?: string
  organizationNames: string[]
}) => (
  <>
    <TextField
      name="organization"
      label="Organization"
      hint={hint}
      defaultValue={defaultValue}
      error={error}
      autoComplete="organization"
      limit={organizationLimits.name}
      list="organization-names"
    />
    <datalist id="organization-names">
      {organizationNames.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  </>
)

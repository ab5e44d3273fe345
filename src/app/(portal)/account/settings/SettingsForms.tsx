'use client'

import { useActionState } from 'react'

import { ConflictNotice, VersionFields } from '@/components/forms/ConflictNotice'
import { organizationLimits } from '@/collections/Organizations/options'
import { userLimits } from '@/collections/Users/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Checkbox, SelectField, TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import type { FieldValues } from '@/lib/portal/form-state'
import { initialFormState, valueOf } from '@/lib/portal/form-state'
import type { Option } from '@/lib/portal/options'

import { changePasswordAction, updateProfileAction } from './actions'

const Saved = ({ message }: { message?: string }) => (
  <p className="alert alert--success" role="status">
    {message}
  </p>
)

export const ProfileForm = ({
  initial,
  isAdvocate,
  advocateTypes,
  organizationNames,
  version,
}: {
  initial: FieldValues
  isAdvocate: boolean
  advocateTypes: Option[]
  organizationNames: string[]
  /** The account's `updatedAt`, sent back so a stale save is refused, not applied. */
  version: string
}) => {
  const [state, formAction] = useActionState(updateProfileAction, {
    ...initialFormState(initial),
    version,
    baseline: initial,
  })
  const value = (name: string) => valueOf(state.values, name)
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="profile-heading">
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      {state.status === 'success' ? <Saved message={state.message} /> : null}
      {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
      <VersionFields state={state} />
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={value('name')}
        error={state.errors.name}
        limit={userLimits.name}
      />
      {isAdvocate ? (
        <>
          <SelectField
            name="advocateType"
            label="Your role"
            options={advocateTypes}
            defaultValue={value('advocateType')}
            error={state.errors.advocateType}
          />
          <TextField
            name="organization"
            label="Organization"
            hint="Pick your law firm, nonprofit or clinic from the list, or type its full name."
            defaultValue={value('organization')}
            error={state.errors.organization}
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
      ) : null}
      <fieldset className="fieldset">
        <legend className="legend">Email notifications</legend>
        <div className="stack">
          <Checkbox
            name="newsletter"
            label="Program news newsletter"
            hint="New resources, trainings and program announcements."
            defaultChecked={value('newsletter') === 'on'}
          />
          <Checkbox
            name="caseActivity"
            label="Activity on my cases"
            hint="For example, when we receive an outcome you reported. Messages about sharing and your account are always sent."
            defaultChecked={value('caseActivity') === 'on'}
          />
        </div>
      </fieldset>
      <div>
        <SubmitButton>Save changes</SubmitButton>
      </div>
    </form>
  )
}

export const ChangePasswordForm = () => {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState())
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="password-heading">
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      {state.status === 'success' ? <Saved message={state.message} /> : null}
      <TextField
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        error={state.errors.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        label="New password"
        hint="At least 12 characters. A few unrelated words make a password that is easy to remember and hard to guess."
        autoComplete="new-password"
        error={state.errors.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label="Type the new password again"
        autoComplete="new-password"
        error={state.errors.confirmPassword}
      />
      <div>
        <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      </div>
    </form>
  )
}

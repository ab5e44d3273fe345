'use client'

import { useActionState } from 'react'

import { ConflictNotice, VersionFields } from '@/components/forms/ConflictNotice'
import { userLimits } from '@/collections/Users/options'
import { NewPasswordFields, OrganizationField } from '@/components/forms/AccountFields'
import { Checkbox, SelectField, TextField } from '@/components/forms/Fields'
import { PortalForm } from '@/components/forms/PortalForm'
import type { FieldValues } from '@/lib/portal/form-state'
import { fieldsFrom, initialFormState } from '@/lib/portal/form-state'
import type { Option } from '@/lib/portal/options'

import { changePasswordAction, updateProfileAction } from './actions'

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
  const field = fieldsFrom(state)
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="profile-heading"
      showsSuccess
      submit={{ label: 'Save changes' }}
    >
      {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
      <VersionFields state={state} />
      <TextField
        {...field.text('name')}
        label="Your name"
        autoComplete="name"
        limit={userLimits.name}
      />
      {isAdvocate ? (
        <>
          <SelectField {...field.text('advocateType')} label="Your role" options={advocateTypes} />
          <OrganizationField
            {...field.text('organization')}
            hint="Pick your law firm, nonprofit or clinic from the list, or type its full name."
            organizationNames={organizationNames}
          />
        </>
      ) : null}
      <fieldset className="fieldset">
        <legend className="legend">Email notifications</legend>
        <div className="stack">
          <Checkbox
            {...field.check('newsletter')}
            label="Program news newsletter"
            hint="New resources, trainings and program announcements."
          />
          <Checkbox
            {...field.check('caseActivity')}
            label="Activity on my cases"
            hint="For example, when we receive an outcome you reported. Messages about sharing and your account are always sent."
          />
        </div>
      </fieldset>
    </PortalForm>
  )
}

export const ChangePasswordForm = () => {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState())
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="password-heading"
      showsSuccess
      submit={{ label: 'Change password', pending: 'Changing…' }}
    >
      <TextField
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        error={state.errors.currentPassword}
      />
      <NewPasswordFields name="newPassword" label="New password" errors={state.errors} />
    </PortalForm>
  )
}

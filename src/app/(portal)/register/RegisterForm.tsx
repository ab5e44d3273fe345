'use client'

import Link from 'next/link'
import { useActionState, useState } from 'react'

import { userLimits } from '@/collections/Users/options'
import { OrganizationField, passwordHint } from '@/components/forms/AccountFields'
import { Checkbox, RadioGroup, SelectField, TextField } from '@/components/forms/Fields'
import { PortalForm } from '@/components/forms/PortalForm'
import { fieldsFrom, initialFormState, valueOf } from '@/lib/portal/form-state'
import type { Option } from '@/lib/portal/options'
import type { Role } from '@/lib/roles'
import { roleLabels, selfServiceRoles } from '@/lib/roles'

import { registerAction } from './actions'

const roleHints: Partial<Record<Role, string>> = {
  advocate:
    'Attorneys, accredited representatives, paralegals and law students working on an asylum, withholding of removal or CAT case.',
  expert:
    'Country conditions, mental health and forensic medical experts who want to be listed in the Expert Witness Database.',
}

/** The roles anyone may register with, in the words the Users collection gives them. */
const roleOptions: Option[] = selfServiceRoles.map((role) => ({
  value: role,
  label: roleLabels[role],
  hint: roleHints[role],
}))

type Props = { advocateTypes: Option[]; organizationNames: string[] }

export const RegisterForm = ({ advocateTypes, organizationNames }: Props) => {
  const [state, formAction] = useActionState(registerAction, initialFormState({ role: 'advocate' }))
  const [role, setRole] = useState(valueOf(state.values, 'role') || 'advocate')
  const field = fieldsFrom(state)
  return (
    <PortalForm
      state={state}
      action={formAction}
      submit={{ label: 'Create account', pending: 'Creating your account…' }}
    >
      <div onChange={(event) => setRole((event.target as HTMLInputElement).value)}>
        <RadioGroup
          {...field.choice('role')}
          selected={valueOf(state.values, 'role') || 'advocate'}
          label="I am registering as"
          options={roleOptions}
        />
      </div>
      <TextField
        {...field.text('name')}
        label="Your name"
        autoComplete="name"
        limit={userLimits.name}
      />
      <TextField
        {...field.text('email')}
        type="email"
        label="Email address"
        hint="We send a link to this address to confirm it is yours."
        autoComplete="email"
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        hint={passwordHint}
        autoComplete="new-password"
        error={state.errors.password}
      />
      {role === 'advocate' ? (
        <fieldset className="fieldset fieldset--group">
          <legend>About your work (advocates)</legend>
          <SelectField {...field.text('advocateType')} label="Your role" options={advocateTypes} />
          <OrganizationField
            {...field.text('organization')}
            hint="Start typing to pick your law firm, nonprofit or clinic from the list, or type its full name if it is not listed. Solo practitioners: type “Solo practice”."
            organizationNames={organizationNames}
          />
        </fieldset>
      ) : null}
      <Checkbox
        {...field.check('terms')}
        label={
          <>
            I accept the <Link href="/policies">terms of use and privacy policy</Link>
          </>
        }
      />
    </PortalForm>
  )
}

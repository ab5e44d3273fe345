'use client'

import Link from 'next/link'
import { useActionState, useState } from 'react'

import { organizationLimits } from '@/collections/Organizations/options'
import { userLimits } from '@/collections/Users/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Checkbox, RadioGroup, SelectField, TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { initialFormState, valueOf } from '@/lib/portal/form-state'
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
  const value = (name: string) => valueOf(state.values, name)
  return (
    <form action={formAction} className="form" noValidate>
      <ErrorSummary errors={state.errors} message={state.message} attempt={state} />
      <div onChange={(event) => setRole((event.target as HTMLInputElement).value)}>
        <RadioGroup
          name="role"
          label="I am registering as"
          options={roleOptions}
          selected={value('role') || 'advocate'}
          error={state.errors.role}
        />
      </div>
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={value('name')}
        error={state.errors.name}
        limit={userLimits.name}
      />
      <TextField
        name="email"
        type="email"
        label="Email address"
        hint="We send a link to this address to confirm it is yours."
        autoComplete="email"
        defaultValue={value('email')}
        error={state.errors.email}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        hint="At least 12 characters. A few unrelated words make a password that is easy to remember and hard to guess."
        autoComplete="new-password"
        error={state.errors.password}
      />
      {role === 'advocate' ? (
        <fieldset className="fieldset fieldset--group">
          <legend>About your work (advocates)</legend>
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
            hint="Start typing to pick your law firm, nonprofit or clinic from the list, or type its full name if it is not listed. Solo practitioners: type “Solo practice”."
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
        </fieldset>
      ) : null}
      <Checkbox
        name="terms"
        label={
          <>
            I accept the <Link href="/policies">terms of use and privacy policy</Link>
          </>
        }
        defaultChecked={value('terms') === 'on'}
        error={state.errors.terms}
      />
      <div>
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      </div>
    </form>
  )
}

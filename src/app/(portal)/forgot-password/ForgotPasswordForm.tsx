'use client'

import { useActionState } from 'react'

import { TextField } from '@/components/forms/Fields'
import { PortalForm } from '@/components/forms/PortalForm'
import { fieldsFrom, initialFormState } from '@/lib/portal/form-state'

import { forgotPasswordAction } from './actions'

export const ForgotPasswordForm = () => {
  const [state, formAction] = useActionState(forgotPasswordAction, initialFormState())
  return (
    <PortalForm
      state={state}
      action={formAction}
      submit={{ label: 'Send me a reset link', pending: 'Sending…' }}
    >
      <TextField
        {...fieldsFrom(state).text('email')}
        type="email"
        label="Email address"
        hint="The address you use to log in."
        autoComplete="email"
      />
    </PortalForm>
  )
}

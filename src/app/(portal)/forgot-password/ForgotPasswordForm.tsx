'use client'

import { useActionState } from 'react'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { initialFormState, valueOf } from '@/lib/portal/form-state'

import { forgotPasswordAction } from './actions'

export const ForgotPasswordForm = () => {
  const [state, formAction] = useActionState(forgotPasswordAction, initialFormState())
  return (
    <form action={formAction} className="form" noValidate>
      <ErrorSummary errors={state.errors} attempt={state} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        hint="The address you use to log in."
        autoComplete="email"
        defaultValue={valueOf(state.values, 'email')}
        error={state.errors.email}
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Send me a reset link</SubmitButton>
      </div>
    </form>
  )
}

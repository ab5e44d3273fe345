'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { initialFormState } from '@/lib/portal/form-state'

import { resetPasswordAction } from './actions'

export const ResetPasswordForm = ({ token }: { token: string }) => {
  const [state, formAction] = useActionState(resetPasswordAction, initialFormState({ token }))
  const isTokenProblem = Boolean(state.message) && Object.keys(state.errors).length === 0
  return (
    <form action={formAction} className="form" noValidate>
      <ErrorSummary errors={state.errors} message={state.message} attempt={state} />
      {isTokenProblem ? (
        <p>
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label="New password"
        hint="At least 12 characters. A few unrelated words make a password that is easy to remember and hard to guess."
        autoComplete="new-password"
        error={state.errors.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label="Type the new password again"
        autoComplete="new-password"
        error={state.errors.confirmPassword}
      />
      <div>
        <SubmitButton pendingLabel="Changing your password…">Change my password</SubmitButton>
      </div>
    </form>
  )
}

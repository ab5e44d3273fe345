'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { NewPasswordFields } from '@/components/forms/AccountFields'
import { PortalForm } from '@/components/forms/PortalForm'
import { initialFormState } from '@/lib/portal/form-state'

import { resetPasswordAction } from './actions'

export const ResetPasswordForm = ({ token }: { token: string }) => {
  const [state, formAction] = useActionState(resetPasswordAction, initialFormState({ token }))
  const isTokenProblem = Boolean(state.message) && Object.keys(state.errors).length === 0
  return (
    <PortalForm
      state={state}
      action={formAction}
      submit={{ label: 'Change my password', pending: 'Changing your password…' }}
    >
      {isTokenProblem ? (
        <p>
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields name="password" label="New password" errors={state.errors} />
    </PortalForm>
  )
}

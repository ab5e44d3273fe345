'use client'

import type { ReactNode } from 'react'

import type { FormState } from '@/lib/portal/form-state'

import { ErrorSummary } from './ErrorSummary'
import { SubmitButton } from './SubmitButton'

type Props = {
  state: FormState
  action: (formData: FormData) => void
  /** The id of the heading that names the form. */
  labelledBy?: string
  isWide?: boolean
  /** Show the action's message when it succeeded (forms that stay on the page after saving). */
  showsSuccess?: boolean
  /** The submit button's words and what it says while the form is being sent, or other buttons. */
  submit: { label: ReactNode; pending?: string } | { buttons: ReactNode }
  children: ReactNode
}

/**
 * A portal form: the error summary at the top (focused after a failed attempt), the success
 * message where the form stays on the page, the fields, and one submit button. No native
 * validation: the server checks every answer and hands back a message per field.
 */
export const PortalForm = ({
  state,
  action,
  labelledBy,
  isWide,
  showsSuccess,
  submit,
  children,
}: Props) => (
  <form
    action={action}
    className={isWide ? 'form form--wide' : 'form'}
    noValidate
    aria-labelledby={labelledBy}
  >
    <ErrorSummary
      errors={state.errors}
      message={state.status === 'error' ? state.message : undefined}
      attempt={state}
    />
    {showsSuccess && state.status === 'success' ? <SuccessMessage message={state.message} /> : null}
    {children}
    {'buttons' in submit ? (
      submit.buttons
    ) : (
      <div>
        <SubmitButton pendingLabel={submit.pending}>{submit.label}</SubmitButton>
      </div>
    )}
  </form>
)

export const SuccessMessage = ({ message }: { message?: string }) => (
  <p className="alert alert--success" role="status">
    {message}
  </p>
)

'use client'

import { useActionState } from 'react'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Checkbox, TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { initialFormState, valueOf } from '@/lib/portal/form-state'

import type { ShareState } from './actions'

type Props = { action: (state: ShareState, formData: FormData) => Promise<ShareState> }

export const ShareForm = ({ action }: Props) => {
  const [state, formAction] = useActionState(action, initialFormState() as ShareState)
  const value = (name: string) => valueOf(state.values, name)
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="share-heading">
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      {state.status === 'success' ? (
        <p className="alert alert--success" role="status">
          {state.message}
        </p>
      ) : null}
      {/* The default button when Enter is pressed: share, never invite. */}
      <button
        type="submit"
        name="intent"
        value="share"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      >
        Share
      </button>
      <TextField
        key={`email-${state.status}-${value('email')}`}
        name="email"
        type="email"
        label="Email address of the person to share with"
        hint="They need a TA Library account with this address."
        autoComplete="off"
        defaultValue={state.status === 'success' ? '' : value('email')}
        error={state.errors.email}
      />
      {state.canInvite ? (
        <div className="alert alert--warning">
          <p>
            You can send {value('email')} an invitation instead. They get access to this case once
            they create an account with that address and confirm it.
          </p>
          <SubmitButton name="intent" value="invite" variant="secondary" pendingLabel="Sending…">
            Send an invitation instead
          </SubmitButton>
        </div>
      ) : null}
      <Checkbox
        key={`attestation-${state.status}`}
        name="attestation"
        label="I confirm this person works with the applicant on this case"
        hint="For example co-counsel, a law clinic student or a pro bono mentor. Never share a case with anyone who is not working with the applicant."
        defaultChecked={state.status !== 'success' && value('attestation') === 'on'}
        error={state.errors.attestation}
      />
      <div>
        <SubmitButton name="intent" value="share" pendingLabel="Sharing…">
          Share case
        </SubmitButton>
      </div>
    </form>
  )
}

'use client'

import { useActionState } from 'react'

import { assistanceRequestLimits } from '@/collections/AssistanceRequests/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { TextArea, TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import type { FormState } from '@/lib/portal/form-state'
import { initialFormState, valueOf } from '@/lib/portal/form-state'

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> }

export const AssistanceForm = ({ action }: Props) => {
  const [state, formAction] = useActionState(action, initialFormState())
  const value = (name: string) => valueOf(state.values, name)
  return (
    <form
      action={formAction}
      className="form form--wide"
      noValidate
      aria-labelledby="request-heading"
    >
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      <TextField
        name="subject"
        label="What do you need help with?"
        hint="A short summary, for example “Country conditions on internal relocation”."
        defaultValue={value('subject')}
        error={state.errors.subject}
        limit={assistanceRequestLimits.subject}
      />
      <TextArea
        name="message"
        label="Details"
        hint="What you have found in the library so far and what is missing. Do not include your client’s name or A-number."
        defaultValue={value('message')}
        error={state.errors.message}
        limit={assistanceRequestLimits.message}
        rows={7}
      />
      <TextField
        name="urgentDeadline"
        type="date"
        label="Urgent deadline"
        hint="A filing or hearing date staff should know about."
        isOptional
        defaultValue={value('urgentDeadline')}
        error={state.errors.urgentDeadline}
        width="short"
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Send request</SubmitButton>
      </div>
    </form>
  )
}

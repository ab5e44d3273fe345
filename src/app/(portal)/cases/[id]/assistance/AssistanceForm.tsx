'use client'

import { useActionState } from 'react'

import { assistanceRequestLimits } from '@/collections/AssistanceRequests/options'
import { TextArea, TextField } from '@/components/forms/Fields'
import { PortalForm } from '@/components/forms/PortalForm'
import type { FormState } from '@/lib/portal/form-state'
import { fieldsFrom, initialFormState } from '@/lib/portal/form-state'

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> }

export const AssistanceForm = ({ action }: Props) => {
  const [state, formAction] = useActionState(action, initialFormState())
  const field = fieldsFrom(state)
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="request-heading"
      isWide
      submit={{ label: 'Send request', pending: 'Sending…' }}
    >
      <TextField
        {...field.text('subject')}
        label="What do you need help with?"
        hint="A short summary, for example “Country conditions on internal relocation”."
        limit={assistanceRequestLimits.subject}
      />
      <TextArea
        {...field.text('message')}
        label="Details"
        hint="What you have found in the library so far and what is missing. Do not include your client’s name or A-number."
        limit={assistanceRequestLimits.message}
        rows={7}
      />
      <TextField
        {...field.text('urgentDeadline')}
        type="date"
        label="Urgent deadline"
        hint="A filing or hearing date staff should know about."
        isOptional
        width="short"
      />
    </PortalForm>
  )
}

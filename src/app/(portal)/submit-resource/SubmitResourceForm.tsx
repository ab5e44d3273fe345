'use client'

import { useActionState } from 'react'

import { resourceSubmissionLimits } from '@/collections/ResourceSubmissions/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { Checkbox, FileField, TextArea, TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { useFileSizeCheck } from '@/components/forms/useFileSizeCheck'
import { initialFormState, valueOf } from '@/lib/portal/form-state'

import { submitResourceAction } from './actions'

export const SubmitResourceForm = ({ maxFileBytes }: { maxFileBytes: number }) => {
  const { sizeError, onFileChange } = useFileSizeCheck({ maxBytes: maxFileBytes, label: 'a file' })
  const [state, formAction] = useActionState(submitResourceAction, initialFormState())
  const value = (name: string) => valueOf(state.values, name)
  return (
    <form
      action={formAction}
      className="form form--wide"
      noValidate
      aria-labelledby="submit-heading"
    >
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      <TextField
        name="title"
        label="Title"
        hint="For example “Pre-hearing brief: PSG based on family membership (Honduras)”."
        defaultValue={value('title')}
        error={state.errors.title}
        limit={resourceSubmissionLimits.title}
      />
      <TextArea
        name="description"
        label="Description"
        hint="What the resource is, the kind of claim and stage it was used at, and how it turned out if you know."
        defaultValue={value('description')}
        error={state.errors.description}
        limit={resourceSubmissionLimits.description}
        rows={6}
      />
      <FileField
        name="file"
        label="File"
        hint={`PDF or Word (.docx), up to ${(maxFileBytes / 1024 / 1024).toFixed(1)} MB. Only program staff can open it.`}
        isOptional
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        error={sizeError ?? state.errors.file}
        onChange={onFileChange}
      />
      <Checkbox
        name="clientPermission"
        label="I have my client’s permission to share this material, and it is redacted"
        hint="Remove names, A-numbers and anything else that identifies your client."
        defaultChecked={value('clientPermission') === 'on'}
        error={state.errors.clientPermission}
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Send to the TA program</SubmitButton>
      </div>
    </form>
  )
}

'use client'

import { useActionState } from 'react'

import { resourceSubmissionLimits } from '@/collections/ResourceSubmissions/options'
import { Checkbox, FileField, TextArea, TextField } from '@/components/forms/Fields'
import { PortalForm } from '@/components/forms/PortalForm'
import { useFileSizeCheck } from '@/components/forms/useFileSizeCheck'
import { fieldsFrom, initialFormState } from '@/lib/portal/form-state'

import { submitResourceAction } from './actions'

export const SubmitResourceForm = ({ maxFileBytes }: { maxFileBytes: number }) => {
  const { sizeError, onFileChange } = useFileSizeCheck({ maxBytes: maxFileBytes, label: 'a file' })
  const [state, formAction] = useActionState(submitResourceAction, initialFormState())
  const field = fieldsFrom(state)
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="submit-heading"
      isWide
      submit={{ label: 'Send to the TA program', pending: 'Sending…' }}
    >
      <TextField
        {...field.text('title')}
        label="Title"
        hint="For example “Pre-hearing brief: PSG based on family membership (Honduras)”."
        limit={resourceSubmissionLimits.title}
      />
      <TextArea
        {...field.text('description')}
        label="Description"
        hint="What the resource is, the kind of claim and stage it was used at, and how it turned out if you know."
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
        {...field.check('clientPermission')}
        label="I have my client’s permission to share this material, and it is redacted"
        hint="Remove names, A-numbers and anything else that identifies your client."
      />
    </PortalForm>
  )
}

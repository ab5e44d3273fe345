'use client'

import { useActionState } from 'react'

import { feedbackLimits } from '@/collections/Feedback/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { RadioGroup, TextArea, TextField } from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { initialFormState, valueOf } from '@/lib/portal/form-state'
import type { Option } from '@/lib/portal/options'

import { sendFeedbackAction } from './actions'

type Props = { pageUrl: string; email?: string; categories: Option[] }

export const FeedbackForm = ({ pageUrl, email, categories }: Props) => {
  const [state, formAction] = useActionState(
    sendFeedbackAction,
    initialFormState({ category: 'library', pageUrl, replyEmail: email ?? '' }),
  )
  const value = (name: string) => valueOf(state.values, name)
  return (
    <form
      action={formAction}
      className="form form--wide"
      noValidate
      aria-labelledby="feedback-heading"
    >
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      <input type="hidden" name="pageUrl" value={value('pageUrl')} />
      <RadioGroup
        name="category"
        label="What is your feedback about?"
        options={categories}
        selected={value('category')}
        error={state.errors.category}
      />
      <TextArea
        name="message"
        label="Your feedback"
        hint="What you were trying to do, what happened, and what you expected. Please do not include client names or A-numbers."
        defaultValue={value('message')}
        error={state.errors.message}
        limit={feedbackLimits.message}
        rows={7}
      />
      <TextField
        name="replyEmail"
        type="email"
        label="Email address for a reply"
        hint="Only if you would like an answer."
        isOptional
        autoComplete="email"
        defaultValue={value('replyEmail')}
        error={state.errors.replyEmail}
        width="medium"
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Send feedback</SubmitButton>
      </div>
    </form>
  )
}

'use client'

import { useActionState } from 'react'

import { feedbackLimits } from '@/collections/Feedback/options'
import { RadioGroup, TextArea, TextField } from '@/components/forms/Fields'
import { PortalForm } from '@/components/forms/PortalForm'
import { fieldsFrom, initialFormState, valueOf } from '@/lib/portal/form-state'
import type { Option } from '@/lib/portal/options'

import { sendFeedbackAction } from './actions'

type Props = { pageUrl: string; email?: string; categories: Option[] }

export const FeedbackForm = ({ pageUrl, email, categories }: Props) => {
  const [state, formAction] = useActionState(
    sendFeedbackAction,
    initialFormState({ category: 'library', pageUrl, replyEmail: email ?? '' }),
  )
  const field = fieldsFrom(state)
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="feedback-heading"
      isWide
      submit={{ label: 'Send feedback', pending: 'Sending…' }}
    >
      <input type="hidden" name="pageUrl" value={valueOf(state.values, 'pageUrl')} />
      <RadioGroup
        {...field.choice('category')}
        label="What is your feedback about?"
        options={categories}
      />
      <TextArea
        {...field.text('message')}
        label="Your feedback"
        hint="What you were trying to do, what happened, and what you expected. Please do not include client names or A-numbers."
        limit={feedbackLimits.message}
        rows={7}
      />
      <TextField
        {...field.text('replyEmail')}
        type="email"
        label="Email address for a reply"
        hint="Only if you would like an answer."
        isOptional
        autoComplete="email"
        width="medium"
      />
    </PortalForm>
  )
}

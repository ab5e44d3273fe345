import 'server-only'

import type { Field, SelectField } from 'payload'

import { Feedback } from '@/collections/Feedback'
import { Users } from '@/collections/Users'

import type { Option } from './options'

/** A select field's options as a collection defines them, so forms never keep their own copy. */
const selectOptions = (fields: Field[], name: string): Option[] => {
  const field = fields.find((f): f is SelectField => f.type === 'select' && f.name === name)
  return (field?.options ?? []).map((o) =>
    typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: String(o.label) },
  )
}

/** Advocate types (attorney, paralegal, …). */
export const advocateTypeOptions = selectOptions(Users.fields, 'advocateType')

/** What feedback is about. */
export const feedbackCategoryOptions = selectOptions(Feedback.fields, 'category')

/**
 * What a server action hands back to its form: the submitted values (never passwords), one message
 * per field that needs fixing, and an optional message for the whole form. Shared by the server
 * actions and the client forms, so it holds no server-only code.
 */
import type { VersionedState } from './edit-conflict'

export type FieldValues = Record<string, string | string[]>

export type FormState = VersionedState & {
  status: 'idle' | 'error' | 'success'
  values: FieldValues
  errors: Record<string, string>
  message?: string
}

export const initialFormState = (values: FieldValues = {}): FormState => ({
  status: 'idle',
  values,
  errors: {},
})

export const formError = ({
  values,
  errors,
  message,
  ...versioned
}: VersionedState & {
  values: FieldValues
  errors?: Record<string, string>
  message?: string
}): FormState => ({
  ...versioned,
  status: 'error',
  values,
  errors: errors ?? {},
  message: message ?? 'Please correct the highlighted answers.',
})

export const formSuccess = ({
  values = {},
  message,
  ...versioned
}: VersionedState & {
  values?: FieldValues
  message: string
}): FormState => ({ ...versioned, status: 'success', values, errors: {}, message })

/**
 * One text value from a form (trimmed), or '' when missing. Browsers send a textarea's line breaks
 * as CRLF; they become LF, so a text measures on the server what the character count showed.
 */
export const textOf = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : ''
}

/** Every non-empty value of a repeated field (checkbox groups, multi-selects). */
export const listOf = (formData: FormData, name: string): string[] =>
  formData
    .getAll(name)
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter(Boolean)

/** Every value of a repeated field, empty ones kept, so rows of several inputs stay aligned. */
export const rowsOf = (formData: FormData, name: string): string[] =>
  formData.getAll(name).map((value) => (typeof value === 'string' ? value.trim() : ''))

export const isChecked = (formData: FormData, name: string): boolean =>
  formData.get(name) === 'on' || formData.get(name) === 'true'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isEmail = (value: string) => EMAIL.test(value) && value.length <= 254

export const valueOf = (values: FieldValues, name: string): string => {
  const value = values[name]
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}

export const valuesOf = (values: FieldValues, name: string): string[] => {
  const value = values[name]
  return Array.isArray(value) ? value : value ? [value] : []
}

/**
 * The props each kind of field takes from a form's state: its name, the answer handed back and its
 * error. `<TextField {...field.text('subject')} label="…" />` instead of three props per field.
 */
export const fieldsFrom = ({ values, errors }: Pick<FormState, 'values' | 'errors'>) => ({
  text: (name: string) => ({ name, defaultValue: valueOf(values, name), error: errors[name] }),
  choice: (name: string) => ({ name, selected: valueOf(values, name), error: errors[name] }),
  choices: (name: string) => ({ name, selected: valuesOf(values, name), error: errors[name] }),
  check: (name: string) => ({
    name,
    defaultChecked: valueOf(values, name) === 'on',
    error: errors[name],
  }),
})

/** Validation errors from Payload (ValidationError.data.errors), keyed by field path. */
export const payloadFieldErrors = (error: unknown): Record<string, string> => {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } })?.data
  const errors: Record<string, string> = {}
  for (const item of data?.errors ?? []) {
    if (item.path && item.message && !errors[item.path]) errors[item.path] = item.message
  }
  return errors
}

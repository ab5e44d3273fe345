import type { ChangeEventHandler, ReactNode } from 'react'

import type { Option, OptionGroup } from '@/lib/portal/options'

import { CharacterCount } from './CharacterCount'
import { countIdOf } from './countId'

/**
 * Form fields for the portal, each with its label, an optional hint and its error message tied to
 * the control (aria-describedby, aria-invalid). Optional fields say so in their label instead of
 * marking required ones with symbols. No hooks: they render in server and client components alike.
 * A text field with a `limit` shows a live character count and never cuts what is typed or pasted
 * (no maxlength): the server refuses a text over the limit with a message and hands it back.
 */
export const fieldId = (name: string) => `field-${name}`

type Base = {
  name: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  isOptional?: boolean
  /** When several controls share a name (rows), the id to use instead of the name's. */
  id?: string
}

const describedBy = (id: string, hint?: ReactNode, error?: string, limit?: number) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null, limit ? countIdOf(id) : null]
    .filter(Boolean)
    .join(' ') || undefined

const Label = ({
  htmlFor,
  label,
  isOptional,
}: {
  htmlFor: string
  label: ReactNode
  isOptional?: boolean
}) => (
  <label htmlFor={htmlFor}>
    {label}
    {isOptional ? <span className="optional"> (optional)</span> : null}
  </label>
)

const Hint = ({ id, hint }: { id: string; hint?: ReactNode }) =>
  hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null

export const FieldError = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null

type TextFieldProps = Base & {
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'url'
  defaultValue?: string
  autoComplete?: string
  /** The collection's limit for this field: shown as a live count, enforced by the server. */
  limit?: number
  width?: 'short' | 'medium' | 'full'
  /** The id of a <datalist> of suggestions. */
  list?: string
}

/** The label, hint and error above a control, and the attributes that tie them to it. */
const Frame = ({
  id,
  label,
  hint,
  error,
  isOptional,
  children,
}: Omit<Base, 'name'> & { id: string; children: ReactNode }) => (
  <div className={`field${error ? ' field--error' : ''}`}>
    <Label htmlFor={id} label={label} isOptional={isOptional} />
    <Hint id={id} hint={hint} />
    <FieldError id={id} error={error} />
    {children}
  </div>
)

const controlAria = ({
  id,
  hint,
  error,
  limit,
  isOptional,
}: {
  id: string
  hint?: ReactNode
  error?: string
  limit?: number
  isOptional?: boolean
}) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error, limit),
  'aria-required': isOptional ? undefined : true,
})

const Count = ({
  id,
  limit,
  defaultValue,
}: {
  id: string
  limit?: number
  defaultValue?: string
}) =>
  limit ? (
    <CharacterCount fieldId={id} max={limit} initialLength={defaultValue?.length ?? 0} />
  ) : null

export const TextField = ({
  name,
  id = fieldId(name),
  type = 'text',
  defaultValue,
  autoComplete,
  limit,
  width = 'full',
  list,
  ...frame
}: TextFieldProps) => (
  <Frame id={id} {...frame}>
    <input
      id={id}
      name={name}
      type={type}
      className={`input input--${width}`}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      list={list}
      {...controlAria({ id, limit, ...frame })}
    />
    <Count id={id} limit={limit} defaultValue={defaultValue} />
  </Frame>
)

export const TextArea = ({
  name,
  id = fieldId(name),
  defaultValue,
  limit,
  rows = 5,
  ...frame
}: Base & { defaultValue?: string; limit?: number; rows?: number }) => (
  <Frame id={id} {...frame}>
    <textarea
      id={id}
      name={name}
      className="input input--full"
      rows={rows}
      defaultValue={defaultValue}
      {...controlAria({ id, limit, ...frame })}
    />
    <Count id={id} limit={limit} defaultValue={defaultValue} />
  </Frame>
)

const OptionList = ({ options }: { options: Option[] | OptionGroup[] }) => (
  <>
    {options.map((entry) =>
      'options' in entry ? (
        <optgroup key={entry.label} label={entry.label}>
          {entry.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ) : (
        <option key={entry.value} value={entry.value}>
          {entry.label}
        </option>
      ),
    )}
  </>
)

export const SelectField = ({
  name,
  id = fieldId(name),
  options,
  defaultValue,
  placeholder = 'Choose…',
  onChange,
  ...frame
}: Base & {
  options: Option[] | OptionGroup[]
  defaultValue?: string
  placeholder?: string
  /** For a client form that reacts to the choice (the select stays uncontrolled). */
  onChange?: ChangeEventHandler<HTMLSelectElement>
}) => (
  <Frame id={id} {...frame}>
    <select
      // React does not apply a changed defaultValue to a mounted <select>, and resets the form to
      // the first one after each action; a new key mounts it afresh with the server's answer.
      key={defaultValue ?? ''}
      id={id}
      name={name}
      className="input input--medium"
      defaultValue={defaultValue ?? ''}
      onChange={onChange}
      {...controlAria({ id, ...frame })}
    >
      <option value="">{placeholder}</option>
      <OptionList options={options} />
    </select>
  </Frame>
)

type ChoiceProps = Base & {
  options: Option[]
  columns?: 1 | 2 | 3
}

/** Checkboxes (several answers) or radio buttons (one answer) in a fieldset with a legend. */
const ChoiceGroup = ({
  type,
  name,
  label,
  hint,
  error,
  isOptional,
  id = fieldId(name),
  options,
  columns = 1,
  selected,
}: ChoiceProps & { type: 'checkbox' | 'radio'; selected: string[] }) => (
  <fieldset
    className={`field fieldset${error ? ' field--error' : ''}`}
    id={id}
    tabIndex={-1}
    aria-describedby={describedBy(id, hint, error)}
    aria-invalid={error ? true : undefined}
  >
    <legend>
      {label}
      {isOptional ? <span className="optional"> (optional)</span> : null}
    </legend>
    <Hint id={id} hint={hint} />
    <FieldError id={id} error={error} />
    <div className={`choices choices--${columns}`}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`
        return (
          <div className="choice" key={option.value}>
            <input
              type={type}
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label htmlFor={optionId}>
              {option.label}
              {option.hint ? (
                <span className="choice__hint" id={`${optionId}-hint`}>
                  {option.hint}
                </span>
              ) : null}
            </label>
          </div>
        )
      })}
    </div>
  </fieldset>
)

export const CheckboxGroup = (props: ChoiceProps & { selected: string[] }) => (
  <ChoiceGroup type="checkbox" {...props} />
)

export const RadioGroup = ({ selected, ...props }: ChoiceProps & { selected: string }) => (
  <ChoiceGroup type="radio" selected={selected ? [selected] : []} {...props} />
)

/** One checkbox, e.g. an attestation. */
export const Checkbox = ({
  name,
  label,
  hint,
  error,
  id = fieldId(name),
  defaultChecked,
  value = 'on',
}: Omit<Base, 'isOptional'> & { defaultChecked?: boolean; value?: string }) => (
  <div className={`field${error ? ' field--error' : ''}`}>
    <FieldError id={id} error={error} />
    <div className="choice choice--single">
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label htmlFor={id}>
        {label}
        {hint ? (
          <span className="choice__hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  </div>
)

export const FileField = ({
  name,
  id = fieldId(name),
  accept,
  onChange,
  ...frame
}: Base & { accept?: string; onChange?: ChangeEventHandler<HTMLInputElement> }) => {
  // A file is never required by the browser: the server says when one is missing.
  const { 'aria-required': _required, ...aria } = controlAria({ id, ...frame })
  return (
    <Frame id={id} {...frame}>
      <input
        id={id}
        name={name}
        type="file"
        className="input input--file"
        accept={accept}
        onChange={onChange}
        {...aria}
      />
    </Frame>
  )
}

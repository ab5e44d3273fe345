'use client'

import Link from 'next/link'
import { Fragment, useActionState } from 'react'

import { ConflictNotice, VersionFields } from '@/components/forms/ConflictNotice'
import { caseLimits, detentionOptions } from '@/collections/Cases/options'
import { CourtAndAdjudicatorFields } from '@/components/forms/CourtAndAdjudicatorFields'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import {
  CheckboxGroup,
  FieldError,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  fieldId,
} from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { formatDay } from '@/lib/portal/dates'
import type { FieldValues } from '@/lib/portal/form-state'
import { fieldsFrom, valuesOf } from '@/lib/portal/form-state'
import type { IntakeState } from '@/lib/portal/intake'
import { intakeFieldNames, intakeSteps } from '@/lib/portal/intake'
import { summarizeIntake } from '@/lib/portal/intake-summary'
import type { IntakeOptions } from '@/lib/portal/options'

type Props = {
  action: (state: IntakeState, formData: FormData) => Promise<IntakeState>
  initialState: IntakeState
  options: IntakeOptions
  mode: 'create' | 'edit'
}

/** Answers of the steps not on screen travel along as hidden fields, so nothing is lost. */
type Fields = ReturnType<typeof fieldsFrom>
type StepProps = { field: Fields; options: IntakeOptions }

const HiddenAnswers = ({ values, except }: { values: FieldValues; except: readonly string[] }) => (
  <>
    {intakeFieldNames
      .filter((name) => !except.includes(name))
      .flatMap((name) => {
        const value = values[name]
        const list = Array.isArray(value) ? value : [value ?? '']
        return list.map((item, index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={item} />
        ))
      })}
  </>
)

const Progress = ({ step }: { step: number }) => (
  <div className="progress">
    <p className="progress__label" id="intake-progress">
      Step {step + 1} of {intakeSteps.length}: {intakeSteps[step].title}
    </p>
    <ol className="progress__steps" aria-label="Steps of the case intake">
      {intakeSteps.map((item, index) => (
        <li
          key={item.title}
          className={index < step ? 'is-done' : index === step ? 'is-current' : undefined}
          aria-current={index === step ? 'step' : undefined}
        >
          <span className="visually-hidden">
            {index < step ? 'Completed: ' : index === step ? 'Current: ' : 'Not started: '}
          </span>
          {item.title}
        </li>
      ))}
    </ol>
  </div>
)

const ClaimStep = ({ field, options }: StepProps) => (
  <>
    <SelectField
      {...field.text('country')}
      label="Country of origin"
      hint="Countries are grouped by region."
      options={options.countries}
      placeholder="Choose a country…"
    />
    <CheckboxGroup
      {...field.choices('persecutionTypes')}
      label="Types of persecution"
      hint="Choose every type that applies. Your library is matched on these, so include all that may be relevant."
      options={options.persecutionTypes.map(({ value, label }) => ({ value, label }))}
      columns={3}
    />
    <CheckboxGroup
      {...field.choices('protectedGrounds')}
      label="Protected grounds"
      isOptional
      options={options.protectedGrounds}
      columns={2}
    />
    <CheckboxGroup
      {...field.choices('reliefSought')}
      label="Relief sought"
      options={options.reliefTypes}
    />
  </>
)

const ProceedingsStep = ({ field, options }: StepProps) => (
  <>
    <RadioGroup
      {...field.choice('proceduralStage')}
      label="Procedural stage"
      hint="Where the case is now."
      options={options.proceduralStages}
    />
    <CourtAndAdjudicatorFields
      field={field}
      courts={options.courts}
      adjudicators={options.adjudicators}
      adjudicatorLabel="Adjudicator (immigration judge or asylum officer)"
    />
    <RadioGroup
      {...field.choice('detention')}
      selected={field.choice('detention').selected || 'unknown'}
      label="Is the applicant detained?"
      options={[...detentionOptions]}
    />
    <TextField
      {...field.text('language')}
      label="Applicant’s language"
      hint="For example: Spanish, Mam, K’iche’."
      isOptional
      limit={caseLimits.language}
      width="medium"
    />
  </>
)

const DatesStep = ({ state, field }: { state: IntakeState; field: Fields }) => {
  const labels = valuesOf(state.values, 'deadlineLabel')
  const dates = valuesOf(state.values, 'deadlineDate')
  const rowCount = Math.max(1, labels.length, dates.length)
  return (
    <>
      <TextField
        {...field.text('nextHearingDate')}
        type="date"
        label="Next hearing or interview date"
        hint="Leave empty if none is scheduled."
        isOptional
        width="short"
      />
      <fieldset className="fieldset fieldset--group" id={fieldId('deadlines')} tabIndex={-1}>
        <legend>
          Other deadlines <span className="optional">(optional)</span>
        </legend>
        <p className="field__hint">
          Filing deadlines, biometrics, a BIA briefing schedule: anything with a date.
        </p>
        <FieldError id={fieldId('deadlines')} error={state.errors.deadlines} />
        {Array.from({ length: rowCount }, (_, index) => (
          <div className="row-fields" key={index}>
            <TextField
              name="deadlineLabel"
              id={fieldId(`deadlineLabel-${index}`)}
              label={`Deadline ${index + 1}: what is due`}
              isOptional
              defaultValue={labels[index] ?? ''}
              error={state.errors[`deadlineLabel-${index}`]}
              limit={caseLimits.deadlineLabel}
            />
            <TextField
              name="deadlineDate"
              id={fieldId(`deadlineDate-${index}`)}
              type="date"
              label={`Deadline ${index + 1}: date`}
              isOptional
              defaultValue={dates[index] ?? ''}
              error={state.errors[`deadlineDate-${index}`]}
              width="short"
            />
            {rowCount > 1 ? (
              <div className="row-fields__action">
                <SubmitButton
                  variant="link"
                  name="intent"
                  value={`remove-deadline-${index}`}
                  formNoValidate
                  pendingLabel="Removing…"
                >
                  Remove deadline {index + 1}
                </SubmitButton>
              </div>
            ) : null}
          </div>
        ))}
        <div>
          <SubmitButton
            variant="secondary"
            name="intent"
            value="add-deadline"
            formNoValidate
            pendingLabel="Adding…"
          >
            Add another deadline
          </SubmitButton>
        </div>
      </fieldset>
    </>
  )
}

const Answer = ({ label, value }: { label: string; value: string }) => (
  <>
    <dt>{label}</dt>
    <dd>{value || <span className="cell-note">Not given</span>}</dd>
  </>
)

const Review = ({ values, options }: { values: FieldValues; options: IntakeOptions }) => {
  const rows = summarizeIntake(values, options)
  return (
    <section aria-labelledby="review-heading" className="review">
      <h2 id="review-heading">Check your answers</h2>
      {intakeSteps.slice(0, -1).map((item, index) => (
        <div className="review__section" key={item.title}>
          <div className="review__heading">
            <h3>{item.title}</h3>
            <SubmitButton
              variant="link"
              name="intent"
              value={`goto-${index}`}
              formNoValidate
              pendingLabel="Opening…"
            >
              Change <span className="visually-hidden">{item.title}</span>
            </SubmitButton>
          </div>
          <dl className="answers">
            {rows
              .filter((row) => row.step === index)
              .map((row) => (
                <Answer key={row.label} label={row.label} value={row.value} />
              ))}
          </dl>
        </div>
      ))}
    </section>
  )
}

/**
 * The case intake in four steps. Each step is sent to the server, which checks it and answers
 * with the next step (or the same one, with what to fix), so it works without JavaScript and no
 * answer is lost between steps.
 */
export const IntakeForm = ({ action, initialState, options, mode }: Props) => {
  const [state, formAction] = useActionState(action, initialState)
  const { step } = state
  const isLast = step === intakeSteps.length - 1
  const field = fieldsFrom(state)
  return (
    <form
      action={formAction}
      className="form form--wide"
      noValidate
      aria-describedby="intake-progress"
    >
      {/* Pressing Enter in a field continues (the first submit button is the form's default). */}
      <button
        type="submit"
        name="intent"
        value={isLast ? 'submit' : 'next'}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      >
        Continue
      </button>
      <Progress step={step} />
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      {state.duplicates && state.duplicates.length > 0 ? (
        <div className="alert alert--warning" role="alert">
          <h2>You may have registered this applicant already</h2>
          <p>
            In the last 90 days you registered{' '}
            {state.duplicates.map((d, index) => (
              <Fragment key={d.id}>
                {index > 0 ? ', ' : ''}
                <Link href={`/cases/${d.id}`}>case {d.caseNumber}</Link> ({formatDay(d.createdAt)})
              </Fragment>
            ))}{' '}
            with the same country, stage and type of persecution. Submit one intake per principal
            applicant; to update an existing case, edit it instead.
          </p>
          <div className="form-actions">
            <SubmitButton name="intent" value="submit-anyway" pendingLabel="Registering…">
              This is a different applicant: register the case
            </SubmitButton>
            <Link href="/account">Go to My Account</Link>
          </div>
        </div>
      ) : null}
      {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
      <input type="hidden" name="step" value={step} />
      <VersionFields state={state} />
      <HiddenAnswers values={state.values} except={intakeSteps[step].fields} />
      <div className="step" key={`${step}-${state.revision}`}>
        <h2 className="step__title">{intakeSteps[step].title}</h2>
        {step === 0 ? <ClaimStep field={field} options={options} /> : null}
        {step === 1 ? <ProceedingsStep field={field} options={options} /> : null}
        {step === 2 ? <DatesStep state={state} field={field} /> : null}
        {step === 3 ? (
          <>
            <TextArea
              {...field.text('facts')}
              label="Facts of the claim"
              hint="A few sentences on what happened and what you need, so program staff can point you to materials. Do not include names, A-numbers or other details that identify your client."
              isOptional
              rows={7}
              limit={caseLimits.facts}
            />
            <Review values={state.values} options={options} />
          </>
        ) : null}
      </div>
      <div className="form-actions form-actions--steps">
        {step > 0 ? (
          <SubmitButton
            variant="secondary"
            name="intent"
            value="back"
            formNoValidate
            pendingLabel="Going back…"
          >
            Back
          </SubmitButton>
        ) : null}
        {isLast ? (
          <SubmitButton name="intent" value="submit" pendingLabel="Saving…">
            {mode === 'create' ? 'Register this case' : 'Save changes'}
          </SubmitButton>
        ) : (
          <SubmitButton name="intent" value="next" pendingLabel="Checking…">
            Continue
          </SubmitButton>
        )}
      </div>
    </form>
  )
}

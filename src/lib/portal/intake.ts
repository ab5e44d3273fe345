import { caseLimits, detentionOptions } from '@/collections/Cases/options'
import { lengthErrors, tooManyMessage } from '@/lib/limits'
import type { Case } from '@/payload-types'

import { parseDay, toDayInput } from './dates'
import type { FieldValues, FormState } from './form-state'
import { listOf, rowsOf, textOf, valueOf, valuesOf } from './form-state'
import { courtAnswerOf, adjudicatorAnswerOf, validateCourtChoice } from './court-choice'
import type { IntakeOptions } from './options'
import { hasValue } from './options'

/** The intake's steps, in order. Every answer lives in exactly one step. */
export const intakeSteps = [
  {
    title: 'The claim',
    fields: ['country', 'persecutionTypes', 'protectedGrounds', 'reliefSought'],
  },
  {
    title: 'Proceedings',
    fields: [
      'proceduralStage',
      'court',
      'courtName',
      'adjudicator',
      'adjudicatorName',
      'detention',
      'language',
    ],
  },
  { title: 'Hearing and deadlines', fields: ['nextHearingDate', 'deadlineLabel', 'deadlineDate'] },
  { title: 'Facts and review', fields: ['facts'] },
] as const

export const intakeFieldNames = intakeSteps.flatMap((step) => [...step.fields])

const listFields = new Set(['persecutionTypes', 'protectedGrounds', 'reliefSought'])
const rowFields = new Set(['deadlineLabel', 'deadlineDate'])

export type DuplicateCase = { id: number; caseNumber: string; createdAt: string }

export type IntakeState = FormState & {
  /** 0-based index into intakeSteps. */
  step: number
  /** Likely duplicates found when submitting a new case; the person may continue anyway. */
  duplicates?: DuplicateCase[]
  /** Counts the server's answers, so the form redraws its fields from each new answer. */
  revision: number
}

/** Every answer of the intake from a submitted step (the other steps travel as hidden fields). */
export const parseIntake = (formData: FormData): FieldValues => {
  const values: FieldValues = {}
  for (const name of intakeFieldNames) {
    if (listFields.has(name)) values[name] = listOf(formData, name)
    else if (rowFields.has(name)) values[name] = rowsOf(formData, name)
    else values[name] = textOf(formData, name)
  }
  return values
}

/** The deadline rows someone filled in (a row with neither a label nor a date is ignored). */
export const deadlineRows = (values: FieldValues) => {
  const labels = valuesOf(values, 'deadlineLabel')
  const dates = valuesOf(values, 'deadlineDate')
  return Array.from({ length: Math.max(labels.length, dates.length) }, (_, index) => ({
    index,
    label: labels[index] ?? '',
    date: dates[index] ?? '',
  })).filter((row) => row.label !== '' || row.date !== '')
}

// An A-number is "A" and 8 or 9 digits, often written with dashes or spaces.
const A_NUMBER = /\bA[\s-]?\d{2,3}[\s-]?\d{3}[\s-]?\d{3}\b/i

/** The fields of one step that need fixing, keyed by field name (deadline rows by `deadline-<n>`). */
export const validateIntakeStep = ({
  step,
  values,
  options,
}: {
  step: number
  values: FieldValues
  options: IntakeOptions
}): Record<string, string> => {
  const errors: Record<string, string> = {}
  const one = (name: string) => valueOf(values, name)
  const many = (name: string) => valuesOf(values, name)
  if (step === 0) {
    if (!one('country')) errors.country = 'Choose the applicant’s country of origin.'
    else if (!hasValue(options.countries, one('country')))
      errors.country = 'Choose a country from the list.'
    if (many('persecutionTypes').length === 0)
      errors.persecutionTypes =
        'Choose at least one type of persecution. The library is matched on these.'
    else if (!many('persecutionTypes').every((v) => hasValue(options.persecutionTypes, v)))
      errors.persecutionTypes = 'Choose types of persecution from the list.'
    if (!many('protectedGrounds').every((v) => hasValue(options.protectedGrounds, v)))
      errors.protectedGrounds = 'Choose protected grounds from the list.'
    if (many('reliefSought').length === 0)
      errors.reliefSought = 'Choose the relief sought: asylum, withholding of removal or CAT.'
    else if (!many('reliefSought').every((v) => hasValue(options.reliefTypes, v)))
      errors.reliefSought = 'Choose relief from the list.'
  }
  if (step === 1) {
    if (!one('proceduralStage')) errors.proceduralStage = 'Choose the stage the case is at now.'
    else if (!hasValue(options.proceduralStages, one('proceduralStage')))
      errors.proceduralStage = 'Choose a stage from the list.'
    Object.assign(
      errors,
      validateCourtChoice({ values, courts: options.courts, adjudicators: options.adjudicators }),
    )
    if (!detentionOptions.some((option) => option.value === one('detention')))
      errors.detention = 'Say whether the applicant is detained, or choose “Not known”.'
    Object.assign(
      errors,
      lengthErrors([
        {
          name: 'language',
          label: 'Applicant’s language',
          value: one('language'),
          max: caseLimits.language,
        },
      ]),
    )
  }
  if (step === 2) {
    if (one('nextHearingDate') && !parseDay(one('nextHearingDate')))
      errors.nextHearingDate = 'Enter a real date, for example 2026-03-12, or leave it empty.'
    const rows = deadlineRows(values)
    if (rows.length > caseLimits.deadlines)
      errors.deadlines = tooManyMessage({
        label: 'Other deadlines',
        count: rows.length,
        max: caseLimits.deadlines,
      })
    for (const row of rows) {
      if (!row.label) errors[`deadlineLabel-${row.index}`] = 'Say what this deadline is for.'
      Object.assign(
        errors,
        lengthErrors([
          {
            name: `deadlineLabel-${row.index}`,
            label: `Deadline ${row.index + 1}: what is due`,
            value: row.label,
            max: caseLimits.deadlineLabel,
          },
        ]),
      )
      if (!parseDay(row.date))
        errors[`deadlineDate-${row.index}`] = 'Enter the date of this deadline.'
    }
  }
  if (step === 3) {
    const tooLong = lengthErrors([
      { name: 'facts', label: 'Facts of the claim', value: one('facts'), max: caseLimits.facts },
    ])
    if (tooLong.facts) errors.facts = tooLong.facts
    else if (A_NUMBER.test(one('facts')))
      errors.facts =
        'Remove what looks like an A-number. The case number identifies the case; no client identifiers are needed.'
  }
  return errors
}

/** The first step with something to fix, and everything to fix, across the whole intake. */
export const validateIntake = ({
  values,
  options,
}: {
  values: FieldValues
  options: IntakeOptions
}): { step: number; errors: Record<string, string> } | null => {
  for (let step = 0; step < intakeSteps.length; step += 1) {
    const errors = validateIntakeStep({ step, values, options })
    if (Object.keys(errors).length > 0) return { step, errors }
  }
  return null
}

const idOrNull = (value: string) => (value ? Number(value) : null)

/**
 * The court and adjudicator answers for the service that stores them (a typed one is added
 * unconfirmed there): toCaseData leaves both out.
 */
export const courtChoiceOf = (values: FieldValues) => ({
  court: courtAnswerOf(values),
  adjudicator: adjudicatorAnswerOf(values),
})

/** The case fields to store, from validated answers (court and adjudicator: courtChoiceOf). */
export const toCaseData = (values: FieldValues) => {
  const one = (name: string) => valueOf(values, name)
  return {
    country: Number(one('country')),
    persecutionTypes: valuesOf(values, 'persecutionTypes').map(Number),
    protectedGrounds: valuesOf(values, 'protectedGrounds') as NonNullable<Case['protectedGrounds']>,
    reliefSought: valuesOf(values, 'reliefSought').map(Number),
    proceduralStage: idOrNull(one('proceduralStage')),
    nextHearingDate: one('nextHearingDate') ? parseDay(one('nextHearingDate')) : null,
    deadlines: deadlineRows(values).map((row) => ({
      label: row.label,
      date: parseDay(row.date) as string,
    })),
    detention: one('detention') as NonNullable<Case['detention']>,
    language: one('language') || null,
    facts: one('facts') || null,
  }
}

const idString = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? String((value as { id: number }).id)
      : String(value)

/** A stored case as form answers, for editing. */
export const fromCase = (theCase: Case): FieldValues => ({
  country: idString(theCase.country),
  persecutionTypes: (theCase.persecutionTypes ?? []).map(idString),
  protectedGrounds: [...(theCase.protectedGrounds ?? [])],
  reliefSought: (theCase.reliefSought ?? []).map(idString),
  proceduralStage: idString(theCase.proceduralStage),
  court: idString(theCase.court),
  courtName: '',
  adjudicator: idString(theCase.adjudicator),
  adjudicatorName: '',
  detention: theCase.detention ?? 'unknown',
  language: theCase.language ?? '',
  nextHearingDate: toDayInput(theCase.nextHearingDate),
  deadlineLabel: (theCase.deadlines ?? []).map((d) => d.label),
  deadlineDate: (theCase.deadlines ?? []).map((d) => toDayInput(d.date)),
  facts: theCase.facts ?? '',
})

export const emptyIntake = (): FieldValues => ({
  country: '',
  persecutionTypes: [],
  protectedGrounds: [],
  reliefSought: [],
  proceduralStage: '',
  court: '',
  courtName: '',
  adjudicator: '',
  adjudicatorName: '',
  detention: 'unknown',
  language: '',
  nextHearingDate: '',
  deadlineLabel: [],
  deadlineDate: [],
  facts: '',
})

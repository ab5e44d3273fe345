import { detentionOptions } from '@/collections/Cases/options'

import { formatDay, parseDay } from './dates'
import type { SummaryRow } from './edit-conflict'
import type { FieldValues } from './form-state'
import { valueOf, valuesOf } from './form-state'
import { courtChoiceLabels } from './court-choice'
import type { IntakeOptions } from './options'
import { labelOf } from './options'

export type IntakeSummaryRow = SummaryRow & {
  /** Index into intakeSteps: the step where the answer is given. */
  step: number
}

const day = (value: string) => {
  const parsed = parseDay(value)
  return parsed ? formatDay(parsed) : value
}

/**
 * Every intake answer as a person reads it (labels, not ids; dates written out), in the order of
 * the steps. The review step shows it, and an edit conflict compares answers with it.
 */
export const summarizeIntake = (
  values: FieldValues,
  options: IntakeOptions,
): IntakeSummaryRow[] => {
  const one = (name: string) => valueOf(values, name)
  const many = (name: string) => valuesOf(values, name)
  const labels = (name: string, list: IntakeOptions[keyof IntakeOptions]) =>
    many(name)
      .map((value) => labelOf(list, value))
      .join(', ')
  const chosen = (name: string, list: IntakeOptions[keyof IntakeOptions]) =>
    one(name) ? labelOf(list, one(name)) : ''
  const courtChoice = courtChoiceLabels({
    values,
    courts: options.courts,
    adjudicators: options.adjudicators,
  })
  const deadlines = many('deadlineLabel')
    .map((label, index) => ({ label, date: many('deadlineDate')[index] ?? '' }))
    .filter((row) => row.label || row.date)
  return [
    {
      step: 0,
      label: 'Country of origin',
      value: chosen('country', options.countries),
      fields: ['country'],
    },
    {
      step: 0,
      label: 'Types of persecution',
      value: labels('persecutionTypes', options.persecutionTypes),
      fields: ['persecutionTypes'],
    },
    {
      step: 0,
      label: 'Protected grounds',
      value: labels('protectedGrounds', options.protectedGrounds),
      fields: ['protectedGrounds'],
    },
    {
      step: 0,
      label: 'Relief sought',
      value: labels('reliefSought', options.reliefTypes),
      fields: ['reliefSought'],
    },
    {
      step: 1,
      label: 'Procedural stage',
      value: chosen('proceduralStage', options.proceduralStages),
      fields: ['proceduralStage'],
    },
    {
      step: 1,
      label: 'Court or asylum office',
      value: courtChoice.court,
      fields: ['court', 'courtName'],
    },
    {
      step: 1,
      label: 'Adjudicator',
      value: courtChoice.adjudicator,
      fields: ['adjudicator', 'adjudicatorName'],
    },
    {
      step: 1,
      label: 'Detention',
      value: labelOf([...detentionOptions], one('detention') || 'unknown'),
      fields: ['detention'],
    },
    { step: 1, label: 'Language', value: one('language'), fields: ['language'] },
    {
      step: 2,
      label: 'Next hearing',
      value: one('nextHearingDate') ? day(one('nextHearingDate')) : '',
      fields: ['nextHearingDate'],
    },
    {
      step: 2,
      label: 'Other deadlines',
      value: deadlines.map((d) => `${d.label}: ${day(d.date)}`).join('; '),
      fields: ['deadlineLabel', 'deadlineDate'],
    },
    { step: 3, label: 'Facts of the claim', value: one('facts'), fields: ['facts'] },
  ]
}

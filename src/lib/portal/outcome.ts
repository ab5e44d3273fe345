import { futureDecisionMessage, isFutureDecision } from '@/collections/Outcomes/decisionDate'
import type { OutcomeResult } from '@/collections/Outcomes/options'
import { outcomeLimits, outcomeResults } from '@/collections/Outcomes/options'
import { lengthErrors } from '@/lib/limits'
import type { Outcome } from '@/payload-types'

import { validateCourtChoice } from './court-choice'
import { parseDay, todayDay } from './dates'
import type { FieldValues } from './form-state'
import { isChecked, listOf, textOf, valueOf, valuesOf } from './form-state'
import type { Option, OutcomeOptions } from './options'
import { hasValue } from './options'

/** A result per relief, or none: the form lets a decision leave a relief undecided. */
export const resultOptions: Option[] = [
  ...outcomeResults,
  { value: '', label: 'Not decided in this decision' },
]

export const defaultExpertRows = 2
export const maxExpertRows = outcomeLimits.expertFeedback

export type OutcomeChoices = Pick<
  OutcomeOptions,
  'proceduralStages' | 'courts' | 'adjudicators' | 'experts'
> & {
  /** The relief types the form asks a result for. */
  reliefs: Option[]
  argumentTags: Option[]
  evidenceTags: Option[]
}

/** Everything the outcome form sent except the file. */
export const parseOutcome = (formData: FormData): FieldValues => {
  const rowCount = Math.min(
    Number(textOf(formData, 'expertRows')) || defaultExpertRows,
    maxExpertRows,
  )
  const values: FieldValues = {
    decisionDate: textOf(formData, 'decisionDate'),
    stage: textOf(formData, 'stage'),
    court: textOf(formData, 'court'),
    courtName: textOf(formData, 'courtName'),
    adjudicator: textOf(formData, 'adjudicator'),
    adjudicatorName: textOf(formData, 'adjudicatorName'),
    arguments: listOf(formData, 'arguments'),
    argumentsText: textOf(formData, 'argumentsText'),
    persuasiveEvidence: listOf(formData, 'persuasiveEvidence'),
    persuasiveEvidenceText: textOf(formData, 'persuasiveEvidenceText'),
    rationale: textOf(formData, 'rationale'),
    containsIndividualizedAnalysis: isChecked(formData, 'containsIndividualizedAnalysis')
      ? 'on'
      : '',
    clientPermission: isChecked(formData, 'clientPermission') ? 'on' : '',
    permissionToShare: isChecked(formData, 'permissionToShare') ? 'on' : '',
    additionalInformation: textOf(formData, 'additionalInformation'),
    expertRows: String(rowCount),
  }
  for (const key of formData.keys()) {
    if (key.startsWith('result-')) values[key] = textOf(formData, key)
  }
  for (let row = 0; row < rowCount; row += 1) {
    values[`expert-${row}`] = textOf(formData, `expert-${row}`)
    values[`expertName-${row}`] = textOf(formData, `expertName-${row}`)
    values[`expertFeedback-${row}`] = textOf(formData, `expertFeedback-${row}`)
    values[`keepConfidential-${row}`] = isChecked(formData, `keepConfidential-${row}`) ? 'on' : ''
  }
  return values
}

const expertRows = (values: FieldValues) =>
  Array.from({ length: Number(valueOf(values, 'expertRows')) || 0 }, (_, row) => ({
    row,
    expert: valueOf(values, `expert-${row}`),
    expertName: valueOf(values, `expertName-${row}`),
    feedback: valueOf(values, `expertFeedback-${row}`),
    keepConfidential: valueOf(values, `keepConfidential-${row}`) === 'on',
  })).filter((r) => r.expert || r.expertName || r.feedback)

/** What to fix, keyed by field name; `hasFile` says whether a decision document was attached. */
export const validateOutcome = ({
  values,
  choices,
  hasFile,
}: {
  values: FieldValues
  choices: OutcomeChoices
  hasFile: boolean
}): Record<string, string> => {
  const errors: Record<string, string> = {}
  const one = (name: string) => valueOf(values, name)
  const date = one('decisionDate')
  if (!date) errors.decisionDate = 'Enter the date of the decision.'
  else if (!parseDay(date)) errors.decisionDate = 'Enter a real date, for example 2026-03-12.'
  else if (isFutureDecision(date, todayDay())) errors.decisionDate = futureDecisionMessage
  if (one('stage') && !hasValue(choices.proceduralStages, one('stage')))
    errors.stage = 'Choose a stage from the list.'
  Object.assign(
    errors,
    validateCourtChoice({ values, courts: choices.courts, adjudicators: choices.adjudicators }),
  )
  const results = choices.reliefs.map((relief) => one(`result-${relief.value}`))
  if (results.every((r) => !r)) {
    errors[`result-${choices.reliefs[0]?.value ?? 'none'}`] =
      'Give the result for at least one form of relief.'
  }
  for (const relief of choices.reliefs) {
    const result = one(`result-${relief.value}`)
    if (result && !hasValue(resultOptions, result))
      errors[`result-${relief.value}`] = 'Choose a result from the list.'
  }
  if (!valuesOf(values, 'arguments').every((v) => hasValue(choices.argumentTags, v)))
    errors.arguments = 'Choose arguments from the list.'
  if (!valuesOf(values, 'persuasiveEvidence').every((v) => hasValue(choices.evidenceTags, v)))
    errors.persuasiveEvidence = 'Choose evidence from the list.'
  Object.assign(
    errors,
    lengthErrors(
      (
        [
          ['argumentsText', 'More about the arguments'],
          ['persuasiveEvidenceText', 'More about the evidence'],
          ['rationale', 'The adjudicator’s rationale'],
          ['additionalInformation', 'Additional information'],
        ] as const
      ).map(([name, label]) => ({ name, label, value: one(name), max: outcomeLimits[name] })),
    ),
  )
  if (hasFile) {
    if (one('containsIndividualizedAnalysis') !== 'on')
      errors.containsIndividualizedAnalysis =
        'Confirm the decision contains individualized analysis, or remove the file.'
    if (one('clientPermission') !== 'on')
      errors.clientPermission =
        'Confirm your client gave permission to share the decision, or remove the file.'
  }
  for (const row of expertRows(values)) {
    if (row.expert && !hasValue(choices.experts, row.expert))
      errors[`expert-${row.row}`] = 'Choose an expert from the list.'
    if (!row.expert && !row.expertName)
      errors[`expertName-${row.row}`] = 'Choose the expert from the list or type their name.'
    Object.assign(
      errors,
      lengthErrors([
        {
          name: `expertName-${row.row}`,
          label: `Expert ${row.row + 1}: name`,
          value: row.expertName,
          max: outcomeLimits.expertName,
        },
        {
          name: `expertFeedback-${row.row}`,
          label: `Expert ${row.row + 1}: your feedback`,
          value: row.feedback,
          max: outcomeLimits.feedback,
        },
      ]),
    )
  }
  return errors
}

type OutcomeData = Omit<Outcome, 'id' | 'createdAt' | 'updatedAt' | 'reportedBy'>

/**
 * The outcome to store, from validated answers. The court and adjudicator come from
 * `courtAnswerOf` / `adjudicatorAnswerOf` (a typed one is added unconfirmed by the service).
 */
export const toOutcomeData = ({
  values,
  caseId,
  reliefs,
  decisionDocument,
}: {
  values: FieldValues
  caseId: number
  reliefs: Option[]
  decisionDocument?: number
}): OutcomeData => {
  const one = (name: string) => valueOf(values, name)
  const id = (name: string) => (one(name) ? Number(one(name)) : null)
  return {
    case: caseId,
    decisionDate: parseDay(one('decisionDate')) as string,
    stage: id('stage'),
    results: reliefs
      .filter((relief) => one(`result-${relief.value}`))
      .map((relief) => ({
        relief: Number(relief.value),
        result: one(`result-${relief.value}`) as OutcomeResult,
      })),
    arguments: valuesOf(values, 'arguments') as Outcome['arguments'],
    argumentsText: one('argumentsText') || null,
    persuasiveEvidence: valuesOf(values, 'persuasiveEvidence') as Outcome['persuasiveEvidence'],
    persuasiveEvidenceText: one('persuasiveEvidenceText') || null,
    rationale: one('rationale') || null,
    decisionDocument: decisionDocument ?? null,
    containsIndividualizedAnalysis:
      Boolean(decisionDocument) && one('containsIndividualizedAnalysis') === 'on',
    clientPermission: Boolean(decisionDocument) && one('clientPermission') === 'on',
    permissionToShare: one('permissionToShare') === 'on',
    expertFeedback: expertRows(values).map((row) => ({
      expert: row.expert ? Number(row.expert) : null,
      expertName: row.expertName || null,
      feedback: row.feedback || null,
      keepConfidential: row.keepConfidential,
    })),
    additionalInformation: one('additionalInformation') || null,
  }
}

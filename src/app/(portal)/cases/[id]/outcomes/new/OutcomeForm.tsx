'use client'

import { useActionState, useState } from 'react'

import { outcomeLimits } from '@/collections/Outcomes/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import {
  Checkbox,
  CheckboxGroup,
  FileField,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from '@/components/forms/Fields'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { useFileSizeCheck } from '@/components/forms/useFileSizeCheck'
import { useHasScript } from '@/components/forms/useHasScript'
import type { FieldValues, FormState } from '@/lib/portal/form-state'
import { initialFormState, valueOf, valuesOf } from '@/lib/portal/form-state'
import type { OutcomeChoices } from '@/lib/portal/outcome'
import { defaultExpertRows, maxExpertRows, resultOptions } from '@/lib/portal/outcome'

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  choices: OutcomeChoices
  initial: FieldValues
  maxDecisionBytes: number
}

export const OutcomeForm = ({ action, choices, initial, maxDecisionBytes }: Props) => {
  const { sizeError, onFileChange } = useFileSizeCheck({
    maxBytes: maxDecisionBytes,
    label: 'a decision',
  })
  const [state, formAction] = useActionState(action, initialFormState(initial))
  const value = (name: string) => valueOf(state.values, name)
  const [rows, setRows] = useState(Number(value('expertRows')) || defaultExpertRows)
  // Adding expert rows needs JavaScript; without it the form shows two rows, which covers most cases.
  const canAddRows = useHasScript()
  return (
    <form
      action={formAction}
      className="form form--wide"
      noValidate
      aria-labelledby="outcome-heading"
    >
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      <fieldset className="fieldset fieldset--group">
        <legend>The decision</legend>
        <TextField
          name="decisionDate"
          type="date"
          label="Date of the decision"
          defaultValue={value('decisionDate')}
          error={state.errors.decisionDate}
          width="short"
        />
        <SelectField
          name="stage"
          label="Stage"
          isOptional
          options={choices.proceduralStages}
          defaultValue={value('stage')}
          error={state.errors.stage}
          placeholder="Not known"
        />
        <SelectField
          name="court"
          label="Immigration court or asylum office"
          isOptional
          options={choices.courts}
          defaultValue={value('court')}
          error={state.errors.court}
          placeholder="Not known or not applicable"
        />
        {choices.adjudicators.length > 0 ? (
          <SelectField
            name="adjudicator"
            label="Adjudicator"
            isOptional
            options={choices.adjudicators}
            defaultValue={value('adjudicator')}
            error={state.errors.adjudicator}
            placeholder="Not known or not listed"
          />
        ) : null}
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend>Result for each form of relief</legend>
        {choices.reliefs.map((relief) => (
          <RadioGroup
            key={relief.value}
            name={`result-${relief.value}`}
            label={relief.label}
            options={resultOptions}
            selected={value(`result-${relief.value}`)}
            error={state.errors[`result-${relief.value}`]}
            columns={3}
          />
        ))}
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend>Arguments and evidence</legend>
        <CheckboxGroup
          name="arguments"
          label="Arguments made"
          isOptional
          options={choices.argumentTags}
          selected={valuesOf(state.values, 'arguments')}
          error={state.errors.arguments}
          columns={2}
        />
        <TextArea
          name="argumentsText"
          label="More about the arguments"
          isOptional
          defaultValue={value('argumentsText')}
          error={state.errors.argumentsText}
          limit={outcomeLimits.argumentsText}
          rows={4}
        />
        <CheckboxGroup
          name="persuasiveEvidence"
          label="Evidence the adjudicator found persuasive"
          isOptional
          options={choices.evidenceTags}
          selected={valuesOf(state.values, 'persuasiveEvidence')}
          error={state.errors.persuasiveEvidence}
          columns={2}
        />
        <TextArea
          name="persuasiveEvidenceText"
          label="More about the evidence"
          isOptional
          defaultValue={value('persuasiveEvidenceText')}
          error={state.errors.persuasiveEvidenceText}
          limit={outcomeLimits.persuasiveEvidenceText}
          rows={4}
        />
        <TextArea
          name="rationale"
          label="The adjudicator’s rationale"
          hint="In a few sentences: why the adjudicator decided as they did."
          isOptional
          defaultValue={value('rationale')}
          error={state.errors.rationale}
          limit={outcomeLimits.rationale}
          rows={5}
        />
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend>Decision document</legend>
        <p className="field__hint">
          Upload the decision only if it contains individualized analysis (not only a generalized
          addendum of the law), and only with your client’s permission. Redact it if you can.
        </p>
        <FileField
          name="decisionDocument"
          label="Decision (PDF)"
          hint={`A PDF of up to ${(maxDecisionBytes / 1024 / 1024).toFixed(1)} MB.`}
          isOptional
          accept="application/pdf,.pdf"
          error={sizeError ?? state.errors.decisionDocument}
          onChange={onFileChange}
        />
        <Checkbox
          name="containsIndividualizedAnalysis"
          label="The decision contains individualized analysis"
          hint="Required when you attach a decision."
          defaultChecked={value('containsIndividualizedAnalysis') === 'on'}
          error={state.errors.containsIndividualizedAnalysis}
        />
        <Checkbox
          name="clientPermission"
          label="My client gave permission to share this decision with the TA program"
          hint="Required when you attach a decision."
          defaultChecked={value('clientPermission') === 'on'}
          error={state.errors.clientPermission}
        />
        <Checkbox
          name="permissionToShare"
          label="The TA program may share redacted briefs and decisions from this case with other advocates"
          hint="Only with your client’s permission. Shared materials help attorneys with similar claims."
          defaultChecked={value('permissionToShare') === 'on'}
          error={state.errors.permissionToShare}
        />
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend>
          Feedback on expert witnesses <span className="optional">(optional)</span>
        </legend>
        <p className="field__hint">
          The program may share feedback with the expert it is about, and with other advocates,
          unless you ask to keep it confidential.
        </p>
        <input type="hidden" name="expertRows" value={rows} />
        {Array.from({ length: rows }, (_, row) => (
          <div className="expert-row" key={row}>
            <h3 className="expert-row__title">Expert {row + 1}</h3>
            {choices.experts.length > 0 ? (
              <SelectField
                name={`expert-${row}`}
                label="Expert from the directory"
                isOptional
                options={choices.experts}
                defaultValue={value(`expert-${row}`)}
                error={state.errors[`expert-${row}`]}
                placeholder="Not in the directory"
              />
            ) : null}
            <TextField
              name={`expertName-${row}`}
              label={choices.experts.length > 0 ? 'Or the expert’s name' : 'Expert’s name'}
              isOptional
              defaultValue={value(`expertName-${row}`)}
              error={state.errors[`expertName-${row}`]}
              limit={outcomeLimits.expertName}
              width="medium"
            />
            <TextArea
              name={`expertFeedback-${row}`}
              label="Your feedback"
              hint="Praise, constructive feedback, and any findings the adjudicator made about the expert."
              isOptional
              defaultValue={value(`expertFeedback-${row}`)}
              error={state.errors[`expertFeedback-${row}`]}
              limit={outcomeLimits.feedback}
              rows={3}
            />
            <Checkbox
              name={`keepConfidential-${row}`}
              label="Keep this feedback confidential"
              hint="The program will not share it with the expert or with other advocates."
              defaultChecked={value(`keepConfidential-${row}`) === 'on'}
            />
          </div>
        ))}
        {canAddRows && rows < maxExpertRows ? (
          <div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setRows((count) => Math.min(count + 1, maxExpertRows))}
            >
              Add another expert
            </button>
          </div>
        ) : null}
      </fieldset>

      <TextArea
        name="additionalInformation"
        label="Additional information"
        isOptional
        defaultValue={value('additionalInformation')}
        error={state.errors.additionalInformation}
        limit={outcomeLimits.additionalInformation}
        rows={4}
      />
      <div>
        <SubmitButton pendingLabel="Saving the outcome…">Save outcome</SubmitButton>
      </div>
    </form>
  )
}

'use client'

import { useActionState, useState } from 'react'

import { outcomeLimits } from '@/collections/Outcomes/options'
import {
  Checkbox,
  CheckboxGroup,
  FileField,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from '@/components/forms/Fields'
import { CourtAndAdjudicatorFields } from '@/components/forms/CourtAndAdjudicatorFields'
import { PortalForm } from '@/components/forms/PortalForm'
import { useFileSizeCheck } from '@/components/forms/useFileSizeCheck'
import { useHasScript } from '@/components/forms/useHasScript'
import type { FieldValues, FormState } from '@/lib/portal/form-state'
import { fieldsFrom, initialFormState, valueOf } from '@/lib/portal/form-state'
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
  const field = fieldsFrom(state)
  const [rows, setRows] = useState(Number(valueOf(state.values, 'expertRows')) || defaultExpertRows)
  // Adding expert rows needs JavaScript; without it the form shows two rows, which covers most cases.
  const canAddRows = useHasScript()
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="outcome-heading"
      isWide
      submit={{ label: 'Save outcome', pending: 'Saving the outcome…' }}
    >
      <fieldset className="fieldset fieldset--group">
        <legend>The decision</legend>
        <TextField
          {...field.text('decisionDate')}
          type="date"
          label="Date of the decision"
          width="short"
        />
        <SelectField
          {...field.text('stage')}
          label="Stage"
          isOptional
          options={choices.proceduralStages}
          placeholder="Not known"
        />
        <CourtAndAdjudicatorFields
          field={field}
          courts={choices.courts}
          adjudicators={choices.adjudicators}
          adjudicatorLabel="Adjudicator"
        />
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend>Result for each form of relief</legend>
        {choices.reliefs.map((relief) => (
          <RadioGroup
            key={relief.value}
            {...field.choice(`result-${relief.value}`)}
            label={relief.label}
            options={resultOptions}
            columns={3}
          />
        ))}
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend>Arguments and evidence</legend>
        <CheckboxGroup
          {...field.choices('arguments')}
          label="Arguments made"
          isOptional
          options={choices.argumentTags}
          columns={2}
        />
        <TextArea
          {...field.text('argumentsText')}
          label="More about the arguments"
          isOptional
          limit={outcomeLimits.argumentsText}
          rows={4}
        />
        <CheckboxGroup
          {...field.choices('persuasiveEvidence')}
          label="Evidence the adjudicator found persuasive"
          isOptional
          options={choices.evidenceTags}
          columns={2}
        />
        <TextArea
          {...field.text('persuasiveEvidenceText')}
          label="More about the evidence"
          isOptional
          limit={outcomeLimits.persuasiveEvidenceText}
          rows={4}
        />
        <TextArea
          {...field.text('rationale')}
          label="The adjudicator’s rationale"
          hint="In a few sentences: why the adjudicator decided as they did."
          isOptional
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
          {...field.check('containsIndividualizedAnalysis')}
          label="The decision contains individualized analysis"
          hint="Required when you attach a decision."
        />
        <Checkbox
          {...field.check('clientPermission')}
          label="My client gave permission to share this decision with the TA program"
          hint="Required when you attach a decision."
        />
        <Checkbox
          {...field.check('permissionToShare')}
          label="The TA program may share redacted briefs and decisions from this case with other advocates"
          hint="Only with your client’s permission. Shared materials help attorneys with similar claims."
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
                {...field.text(`expert-${row}`)}
                label="Expert from the directory"
                isOptional
                options={choices.experts}
                placeholder="Not in the directory"
              />
            ) : null}
            <TextField
              {...field.text(`expertName-${row}`)}
              label={choices.experts.length > 0 ? 'Or the expert’s name' : 'Expert’s name'}
              isOptional
              limit={outcomeLimits.expertName}
              width="medium"
            />
            <TextArea
              {...field.text(`expertFeedback-${row}`)}
              label="Your feedback"
              hint="Praise, constructive feedback, and any findings the adjudicator made about the expert."
              isOptional
              limit={outcomeLimits.feedback}
              rows={3}
            />
            <Checkbox
              {...field.check(`keepConfidential-${row}`)}
              label="Keep this feedback confidential"
              hint="The program will not share it with the expert or with other advocates."
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
        {...field.text('additionalInformation')}
        label="Additional information"
        isOptional
        limit={outcomeLimits.additionalInformation}
        rows={4}
      />
    </PortalForm>
  )
}

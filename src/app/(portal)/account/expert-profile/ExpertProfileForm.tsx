'use client'

import { useActionState } from 'react'

import { ConflictNotice, VersionFields } from '@/components/forms/ConflictNotice'
import { profileLimits } from '@/collections/Experts/options'
import {
  CheckboxGroup,
  Checkbox,
  FileField,
  RadioGroup,
  TextArea,
  TextField,
} from '@/components/forms/Fields'
import { GroupedCheckboxes } from '@/components/forms/GroupedCheckboxes'
import { PortalForm } from '@/components/forms/PortalForm'
import { useFileSizeCheck } from '@/components/forms/useFileSizeCheck'
import type { FieldValues } from '@/lib/portal/form-state'
import { fieldsFrom, initialFormState, valuesOf } from '@/lib/portal/form-state'
import type { Option } from '@/lib/portal/options'
import type { ExpertProfileOptions } from '@/lib/portal/vocabularies'

import { saveExpertProfileAction } from './actions'

type Props = {
  initial: FieldValues
  options: ExpertProfileOptions & {
    expertTypes: Option[]
    fees: Option[]
    testimonyKinds: Option[]
  }
  hasCv: boolean
  maxCvBytes: number
  /** The saved profile's `updatedAt`, sent back so a stale save is refused, not applied. */
  version?: string
}

/**
 * The expert's profile: every answer advocates search by, the private CV, and two buttons: save a
 * draft, or save and submit for review. Works without JavaScript (a plain POST to the action).
 */
export const ExpertProfileForm = ({ initial, options, hasCv, maxCvBytes, version }: Props) => {
  const [state, formAction] = useActionState(saveExpertProfileAction, {
    ...initialFormState(initial),
    version,
    baseline: initial,
  })
  const { sizeError, onFileChange } = useFileSizeCheck({ maxBytes: maxCvBytes, label: 'your CV' })
  const field = fieldsFrom(state)
  const countries = valuesOf(state.values, 'countries')
  return (
    <PortalForm
      state={state}
      action={formAction}
      labelledBy="profile-heading"
      isWide
      submit={{
        buttons: (
          <div className="form-actions">
            <button type="submit" name="intent" value="submit" className="button">
              Save and submit for review
            </button>
            <button type="submit" name="intent" value="save" className="button button--secondary">
              Save draft
            </button>
          </div>
        ),
      }}
    >
      {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
      <VersionFields state={state} />
      <h2 id="profile-heading" className="visually-hidden">
        Profile form
      </h2>
      <section aria-labelledby="about-heading" className="form-section">
        <h3 id="about-heading">About you</h3>
        <TextField
          {...field.text('displayName')}
          label="Name as advocates will see it"
          hint="Include your title or degree, e.g. “Dr. Ana Ruiz, PhD”, or your organization’s name."
          limit={profileLimits.displayName}
          autoComplete="name"
        />
        <CheckboxGroup
          {...field.choices('expertTypes')}
          label="Type of expert"
          hint="Choose every type that applies."
          options={options.expertTypes}
          columns={2}
        />
        <TextArea
          {...field.text('credentials')}
          label="Credentials and experience"
          hint="Degrees, positions, publications, and how many declarations or testimonies you have given."
          limit={profileLimits.credentials}
          rows={6}
        />
        <FileField
          name="cv"
          label="CV"
          isOptional
          hint={
            <>
              PDF or Word (.docx), up to {(maxCvBytes / 1024 / 1024).toFixed(0)} MB. Private: only
              you and program staff can open it.
              {hasCv ? ' A CV is on file: choose a file only to replace it.' : ''}
            </>
          }
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          error={sizeError ?? state.errors.cv}
          onChange={onFileChange}
        />
      </section>

      <section aria-labelledby="expertise-heading" className="form-section">
        <h3 id="expertise-heading">Your expertise</h3>
        <GroupedCheckboxes
          key={countries.join(',')}
          name="countries"
          label="Countries of expertise"
          hint="Choose one or more: open a region to see its countries. You can also choose whole regions below."
          error={state.errors.countries}
          groups={options.countries}
          selected={countries}
          filterLabel="Find a country"
          noun={['country', 'countries']}
        />
        <CheckboxGroup
          {...field.choices('regions')}
          label="Regions of expertise"
          isOptional
          options={options.regions}
          columns={3}
        />
        <CheckboxGroup
          {...field.choices('persecutionTypes')}
          label="Types of persecution you can speak to"
          isOptional
          options={options.persecutionTypes}
          columns={2}
        />
        <CheckboxGroup
          {...field.choices('topics')}
          label="Topics"
          isOptional
          options={options.topics}
          columns={2}
        />
        <TextField
          {...field.text('languages')}
          label="Languages you work in"
          hint={`Separate languages with commas, e.g. “English, Spanish, K’iche’”. Up to ${profileLimits.languages} languages of at most ${profileLimits.languageLength} characters each.`}
        />
      </section>

      <section aria-labelledby="terms-heading" className="form-section">
        <h3 id="terms-heading">Testimony, fees and availability</h3>
        <CheckboxGroup
          {...field.choices('testimonyKinds')}
          label="Kinds of testimony"
          options={options.testimonyKinds}
        />
        <RadioGroup {...field.choice('fees')} label="Fees" options={options.fees} />
        <TextField
          {...field.text('feeNotes')}
          label="Notes on fees"
          isOptional
          hint="For example, when you waive or reduce your fee."
          limit={profileLimits.feeNotes}
        />
        <TextField
          {...field.text('location')}
          label="Location"
          isOptional
          hint="City and state, or country."
          limit={profileLimits.location}
        />
        <Checkbox
          {...field.check('isRemoteAvailable')}
          label="I can work remotely (video testimony, remote interviews)"
        />
      </section>

      <section aria-labelledby="contact-heading" className="form-section">
        <h3 id="contact-heading">Contact details advocates will see</h3>
        <TextField
          {...field.text('contactEmail')}
          type="email"
          label="Email"
          autoComplete="email"
        />
        <TextField
          {...field.text('contactPhone')}
          label="Phone"
          isOptional
          autoComplete="tel"
          limit={profileLimits.phone}
          width="medium"
        />
        <TextField
          {...field.text('contactWebsite')}
          type="url"
          label="Website"
          isOptional
          limit={profileLimits.website}
        />
      </section>
    </PortalForm>
  )
}

'use client'

import { useActionState } from 'react'

import { ConflictNotice, VersionFields } from '@/components/forms/ConflictNotice'
import { profileLimits } from '@/collections/Experts/options'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import {
  CheckboxGroup,
  Checkbox,
  FileField,
  RadioGroup,
  TextArea,
  TextField,
} from '@/components/forms/Fields'
import { GroupedCheckboxes } from '@/components/forms/GroupedCheckboxes'
import { useFileSizeCheck } from '@/components/forms/useFileSizeCheck'
import type { FieldValues } from '@/lib/portal/form-state'
import { initialFormState, valueOf, valuesOf } from '@/lib/portal/form-state'
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
  const values = state.values
  const value = (name: string) => valueOf(values, name)
  const selected = (name: string) => valuesOf(values, name)
  return (
    <form
      action={formAction}
      className="form form--wide"
      noValidate
      aria-labelledby="profile-heading"
    >
      <ErrorSummary
        errors={state.errors}
        message={state.status === 'error' ? state.message : undefined}
        attempt={state}
      />
      {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
      <VersionFields state={state} />
      <h2 id="profile-heading" className="visually-hidden">
        Profile form
      </h2>
      <section aria-labelledby="about-heading" className="form-section">
        <h3 id="about-heading">About you</h3>
        <TextField
          name="displayName"
          label="Name as advocates will see it"
          hint="Include your title or degree, e.g. “Dr. Ana Ruiz, PhD”, or your organization’s name."
          defaultValue={value('displayName')}
          error={state.errors.displayName}
          limit={profileLimits.displayName}
          autoComplete="name"
        />
        <CheckboxGroup
          name="expertTypes"
          label="Type of expert"
          hint="Choose every type that applies."
          options={options.expertTypes}
          selected={selected('expertTypes')}
          error={state.errors.expertTypes}
          columns={2}
        />
        <TextArea
          name="credentials"
          label="Credentials and experience"
          hint="Degrees, positions, publications, and how many declarations or testimonies you have given."
          defaultValue={value('credentials')}
          error={state.errors.credentials}
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
          key={selected('countries').join(',')}
          name="countries"
          label="Countries of expertise"
          hint="Choose one or more: open a region to see its countries. You can also choose whole regions below."
          error={state.errors.countries}
          groups={options.countries}
          selected={selected('countries')}
          filterLabel="Find a country"
          noun={['country', 'countries']}
        />
        <CheckboxGroup
          name="regions"
          label="Regions of expertise"
          isOptional
          options={options.regions}
          selected={selected('regions')}
          error={state.errors.regions}
          columns={3}
        />
        <CheckboxGroup
          name="persecutionTypes"
          label="Types of persecution you can speak to"
          isOptional
          options={options.persecutionTypes}
          selected={selected('persecutionTypes')}
          columns={2}
        />
        <CheckboxGroup
          name="topics"
          label="Topics"
          isOptional
          options={options.topics}
          selected={selected('topics')}
          columns={2}
        />
        <TextField
          name="languages"
          label="Languages you work in"
          hint={`Separate languages with commas, e.g. “English, Spanish, K’iche’”. Up to ${profileLimits.languages} languages of at most ${profileLimits.languageLength} characters each.`}
          defaultValue={value('languages')}
          error={state.errors.languages}
        />
      </section>

      <section aria-labelledby="terms-heading" className="form-section">
        <h3 id="terms-heading">Testimony, fees and availability</h3>
        <CheckboxGroup
          name="testimonyKinds"
          label="Kinds of testimony"
          options={options.testimonyKinds}
          selected={selected('testimonyKinds')}
          error={state.errors.testimonyKinds}
        />
        <RadioGroup
          name="fees"
          label="Fees"
          options={options.fees}
          selected={value('fees')}
          error={state.errors.fees}
        />
        <TextField
          name="feeNotes"
          label="Notes on fees"
          isOptional
          hint="For example, when you waive or reduce your fee."
          defaultValue={value('feeNotes')}
          error={state.errors.feeNotes}
          limit={profileLimits.feeNotes}
        />
        <TextField
          name="location"
          label="Location"
          isOptional
          hint="City and state, or country."
          defaultValue={value('location')}
          error={state.errors.location}
          limit={profileLimits.location}
        />
        <Checkbox
          name="isRemoteAvailable"
          label="I can work remotely (video testimony, remote interviews)"
          defaultChecked={value('isRemoteAvailable') === 'on'}
        />
      </section>

      <section aria-labelledby="contact-heading" className="form-section">
        <h3 id="contact-heading">Contact details advocates will see</h3>
        <TextField
          name="contactEmail"
          type="email"
          label="Email"
          defaultValue={value('contactEmail')}
          error={state.errors.contactEmail}
          autoComplete="email"
        />
        <TextField
          name="contactPhone"
          label="Phone"
          isOptional
          defaultValue={value('contactPhone')}
          error={state.errors.contactPhone}
          autoComplete="tel"
          limit={profileLimits.phone}
          width="medium"
        />
        <TextField
          name="contactWebsite"
          type="url"
          label="Website"
          isOptional
          defaultValue={value('contactWebsite')}
          error={state.errors.contactWebsite}
          limit={profileLimits.website}
        />
      </section>

      <div className="form-actions">
        <button type="submit" name="intent" value="submit" className="button">
          Save and submit for review
        </button>
        <button type="submit" name="intent" value="save" className="button button--secondary">
          Save draft
        </button>
      </div>
    </form>
  )
}

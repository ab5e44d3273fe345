'use server'

import { revalidatePath } from 'next/cache'
import type { Payload } from 'payload'
import { redirect } from 'next/navigation'

import {
  expertTypes,
  feeOptions,
  profileLimits,
  testimonyKinds,
} from '@/collections/Experts/options'
import { submitExpertProfile } from '@/collections/Experts/services/submitProfile'
import { expectVersion, isVersionConflict } from '@/hooks/serializeWrites'
import { lengthErrors } from '@/lib/limits'
import { getViewer } from '@/lib/payload'
import { readVersioned, resolveConflict } from '@/lib/portal/edit-conflict'
import {
  expertProfileFieldNames,
  expertProfileValues,
  summarizeExpertProfile,
} from '@/lib/portal/expert-profile-values'
import type { FieldValues, FormState } from '@/lib/portal/form-state'
import {
  formError,
  isChecked,
  isEmail,
  listOf,
  payloadFieldErrors,
  textOf,
} from '@/lib/portal/form-state'
import { storeUpload, uploadedFile } from '@/lib/uploads/store'
import { loadExpertProfileOptions } from '@/lib/portal/vocabularies'
import { hasRole } from '@/lib/roles'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { Expert, User } from '@/payload-types'

const ids = (values: string[]) => values.filter((v) => /^\d{1,10}$/.test(v)).map(Number)

const within = <T extends string>(values: string[], allowed: readonly { value: T }[]) =>
  values.filter((v): v is T => allowed.some((o) => o.value === v))

/** Languages typed as a list: split on commas, semicolons or new lines, trimmed, de-duplicated. */
const languagesOf = (text: string) => [
  ...new Map(
    text
      .split(/[,;\n]/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => [l.toLowerCase(), l]),
  ).values(),
]

const fieldOfSubmitError: Record<string, string> = {
  'contact.email': 'contactEmail',
}

/** The latest saved profile merged with the expert's answers, after a refused (stale) save. */
const conflictState = async ({
  payload,
  viewer,
  values,
  baseline,
}: {
  payload: Payload
  viewer: User
  values: FieldValues
  baseline?: FieldValues
}) => {
  const [{ docs }, options] = await Promise.all([
    payload.find({
      collection: 'experts',
      where: { user: { equals: viewer.id } },
      draft: true,
      limit: 1,
      depth: 0,
      user: viewer,
      overrideAccess: false,
    }),
    loadExpertProfileOptions({ payload, user: viewer }),
  ])
  const latest = docs[0]
  if (!latest) return null
  const saved = expertProfileValues(latest, viewer.name, viewer.email)
  const merged = resolveConflict({
    baseline,
    saved,
    yours: values,
    summarize: (answers) =>
      summarizeExpertProfile(answers, {
        ...options,
        expertTypes,
        fees: feeOptions,
        testimonyKinds,
      }),
  })
  return {
    values: merged.values,
    conflict: merged.conflict,
    version: latest.updatedAt,
    baseline: saved,
  }
}

/**
 * Saves the expert's profile as a draft (an expert's save never changes a listed profile) and,
 * with intent=submit, sends it for vetting (submitExpertProfile, as POST /api/experts/:id/submit). The form's values
 * come back on any error; a CV goes privately into expert-documents first.
 */
export async function saveExpertProfileAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const intent = textOf(formData, 'intent') === 'submit' ? 'submit' : 'save'
  const values: FieldValues = {
    displayName: textOf(formData, 'displayName'),
    expertTypes: listOf(formData, 'expertTypes'),
    countries: listOf(formData, 'countries'),
    regions: listOf(formData, 'regions'),
    persecutionTypes: listOf(formData, 'persecutionTypes'),
    topics: listOf(formData, 'topics'),
    languages: textOf(formData, 'languages'),
    credentials: textOf(formData, 'credentials'),
    fees: textOf(formData, 'fees'),
    feeNotes: textOf(formData, 'feeNotes'),
    location: textOf(formData, 'location'),
    isRemoteAvailable: isChecked(formData, 'isRemoteAvailable') ? 'on' : '',
    testimonyKinds: listOf(formData, 'testimonyKinds'),
    contactEmail: textOf(formData, 'contactEmail'),
    contactPhone: textOf(formData, 'contactPhone'),
    contactWebsite: textOf(formData, 'contactWebsite'),
  }
  const versioned = readVersioned(formData, expertProfileFieldNames)
  const text = (name: string) => String(values[name] ?? '')
  const list = (name: string) => (values[name] as string[]) ?? []

  const errors: Record<string, string> = {}
  if (!text('displayName')) errors.displayName = 'Enter your name as advocates should see it.'
  const languages = languagesOf(text('languages'))
  if (languages.length > profileLimits.languages) {
    errors.languages = `List at most ${profileLimits.languages} languages.`
  } else if (languages.some((language) => language.length > profileLimits.languageLength)) {
    errors.languages = `Keep each language under ${profileLimits.languageLength} characters, separated by commas.`
  }
  if (list('regions').length > profileLimits.regions)
    errors.regions = `Choose at most ${profileLimits.regions} regions.`
  if (list('countries').length > profileLimits.countries) {
    errors.countries = `Choose at most ${profileLimits.countries} countries. For wider expertise, choose whole regions below.`
  }
  if (text('contactEmail') && !isEmail(text('contactEmail'))) {
    errors.contactEmail = 'Enter an email address like name@example.org.'
  }
  const website = text('contactWebsite')
  if (website && !/^https?:\/\/[^\s]+$/i.test(website)) {
    errors.contactWebsite = 'Enter a web address starting with https://.'
  }
  const limited = [
    ['displayName', 'Name as advocates will see it', profileLimits.displayName],
    ['credentials', 'Credentials and experience', profileLimits.credentials],
    ['feeNotes', 'Notes on fees', profileLimits.feeNotes],
    ['location', 'Location', profileLimits.location],
    ['contactPhone', 'Phone', profileLimits.phone],
    ['contactWebsite', 'Website', profileLimits.website],
  ] as const
  for (const [name, message] of Object.entries(
    lengthErrors(limited.map(([name, label, max]) => ({ name, label, value: text(name), max }))),
  )) {
    errors[name] ??= message
  }
  const file = uploadedFile(formData, 'cv')
  if (Object.keys(errors).length > 0) {
    return formError({
      ...versioned,
      values,
      errors,
      message: file ? 'Please correct the highlighted answers. Choose your CV again.' : undefined,
    })
  }

  const { payload, user } = await getViewer()
  if (!user) return formError({ values, message: 'Your session has ended. Log in again.' })
  const viewer = user as User
  if (!hasRole(viewer, 'expert')) {
    return formError({ values, message: 'Only expert witness accounts have a profile.' })
  }

  let cv: number | undefined
  if (file) {
    const stored = await storeUpload({
      payload,
      user: viewer,
      collection: 'expert-documents',
      file,
    })
    if (stored.error) return formError({ ...versioned, values, errors: { cv: stored.error } })
    cv = stored.id
  }

  const data: Partial<Expert> = {
    displayName: text('displayName'),
    expertTypes: within(list('expertTypes'), expertTypes),
    countries: ids(list('countries')),
    regions: list('regions'),
    persecutionTypes: ids(list('persecutionTypes')),
    topics: ids(list('topics')),
    languages,
    credentials: text('credentials') || null,
    fees: within([text('fees')], feeOptions)[0] ?? null,
    feeNotes: text('feeNotes') || null,
    location: text('location') || null,
    isRemoteAvailable: values.isRemoteAvailable === 'on',
    testimonyKinds: within(list('testimonyKinds'), testimonyKinds),
    contact: {
      email: text('contactEmail') || null,
      phone: text('contactPhone') || null,
      website: website || null,
    },
    ...(cv !== undefined ? { cv } : {}),
  }

  let profileId: number
  try {
    const { docs } = await payload.find({
      collection: 'experts',
      where: { user: { equals: viewer.id } },
      draft: true,
      limit: 1,
      depth: 0,
      select: { displayName: true },
      user: viewer,
      overrideAccess: false,
    })
    const saved = docs[0]
      ? await payload.update({
          collection: 'experts',
          id: docs[0].id,
          data,
          draft: true,
          depth: 0,
          user: viewer,
          overrideAccess: false,
          // Applies only to the version the form was loaded from; a stale one is refused (409).
          context: versioned.version
            ? expectVersion('experts', docs[0].id, versioned.version)
            : undefined,
        })
      : await payload.create({
          collection: 'experts',
          data: { ...data, displayName: text('displayName'), user: viewer.id },
          draft: true,
          depth: 0,
          user: viewer,
          overrideAccess: false,
        })
    profileId = saved.id
  } catch (error) {
    if (isVersionConflict(error)) {
      const conflict = await conflictState({
        payload,
        viewer,
        values,
        baseline: versioned.baseline,
      })
      if (conflict) {
        return formError({
          ...conflict,
          message: `Your profile was saved from another window or by program staff while you were editing it. Nothing of yours is lost: check the answers below, then save again to apply your changes.${file ? ' Choose your CV again.' : ''}`,
        })
      }
    }
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0)
      return formError({ ...versioned, values, errors: fieldErrors })
    payload.logger.error({ err: error, msg: 'Saving an expert profile failed' })
    return formError({
      ...versioned,
      values,
      message: 'We could not save your profile. Please try again.',
    })
  }

  if (intent === 'submit') {
    const submitted = await submitExpertProfile({
      req: await viewerRequest(payload, viewer),
      id: profileId,
    })
    if (!submitted.ok) {
      const fieldErrors = Object.fromEntries(
        Object.entries(submitted.fieldErrors ?? {}).map(([field, message]) => [
          fieldOfSubmitError[field] ?? field,
          message,
        ]),
      )
      return formError({
        values,
        errors: fieldErrors,
        message:
          submitted.status === 400
            ? 'Your changes are saved as a draft. Complete the highlighted answers to submit the profile.'
            : submitted.message,
      })
    }
  }
  revalidatePath('/account/expert-profile')
  redirect(`/account/expert-profile?saved=${intent === 'submit' ? 'submitted' : 'draft'}`)
}

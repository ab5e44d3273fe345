'use server'

import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { advocateTypes } from '@/collections/Users/options'
import { checkPassword } from '@/lib/auth/password-policy'
import { spendPasswordCheckTime } from '@/lib/auth/password-hashing'
import {
  accountExistsEmail,
  verificationEmail,
  verificationEmailSubject,
} from '@/lib/email-templates'
import { inTransaction } from '@/lib/db/transaction'
import { getPayloadClient } from '@/lib/payload'
import { accountLengthErrors } from '@/lib/portal/account-details'
import type { FormState } from '@/lib/portal/form-state'
import { formError, isChecked, isEmail, payloadFieldErrors, textOf } from '@/lib/portal/form-state'
import { findOrCreateOrganization } from '@/lib/portal/organizations'
import { queueEmail } from '@/lib/queue-email'
import { selfServiceRoles } from '@/lib/roles'
import type { User } from '@/payload-types'

/**
 * Registers an advocate or expert account. Every address gets the same answer ("check your
 * email"): a new one gets the confirmation link, one that already has an account gets a note
 * saying so, and the page never tells which it was.
 */
export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const role = textOf(formData, 'role')
  const values = {
    role,
    name: textOf(formData, 'name'),
    email: textOf(formData, 'email').toLowerCase(),
    advocateType: textOf(formData, 'advocateType'),
    organization: textOf(formData, 'organization'),
    terms: isChecked(formData, 'terms') ? 'on' : '',
  }
  const password = String(formData.get('password') ?? '')
  const errors: Record<string, string> = {}
  const isAdvocate = role === 'advocate'
  if (!(selfServiceRoles as readonly string[]).includes(role))
    errors.role = 'Choose the kind of account you need.'
  if (!values.name) errors.name = 'Enter your name.'
  if (!isEmail(values.email)) errors.email = 'Enter your email address, like name@example.org.'
  const passwordProblems = checkPassword({ password, email: values.email })
  if (passwordProblems.length > 0) errors.password = passwordProblems.join(' ')
  if (isAdvocate) {
    if (!advocateTypes.some((o) => o.value === values.advocateType))
      errors.advocateType = 'Choose what best describes your role.'
    if (!values.organization)
      errors.organization = 'Enter the organization you work with, or “Solo practice”.'
  }
  if (!values.terms) errors.terms = 'Accept the terms of use to create an account.'
  Object.assign(
    errors,
    accountLengthErrors({ name: values.name, organization: values.organization, isAdvocate }),
  )
  if (Object.keys(errors).length > 0) return formError({ values, errors })

  const payload = await getPayloadClient()
  // One transaction: a new organization, the account and its queued confirmation email are saved
  // together or not at all.
  const req = await createLocalReq({}, payload)
  try {
    await inTransaction(req, async () => {
      const existing = await payload.find({
        collection: 'users',
        where: { email: { equals: values.email } },
        limit: 1,
        depth: 0,
        select: {},
        // Whether the address is taken decides which email goes out; the page says the same either way.
        overrideAccess: true,
        req,
      })
      if (existing.docs.length > 0) {
        // Take as long as creating an account would, so the answer's timing says nothing either.
        await spendPasswordCheckTime(password)
        await queueEmail(req, { to: values.email, ...accountExistsEmail() })
      } else {
        const organization = isAdvocate
          ? await findOrCreateOrganization({ payload, req, name: values.organization })
          : undefined
        const user = (await payload.create({
          collection: 'users',
          data: {
            name: values.name,
            email: values.email,
            password,
            role: role as 'advocate' | 'expert',
            organization,
            advocateType: isAdvocate ? (values.advocateType as User['advocateType']) : undefined,
            termsAcceptedAt: new Date().toISOString(),
          },
          // Registration acts for a guest: the Users access rules allow advocate and expert accounts only.
          overrideAccess: false,
          // Sent as a queued job below instead, so a slow or failing mail server never blocks sign-up.
          disableVerificationEmail: true,
          showHiddenFields: true,
          depth: 0,
          req,
        })) as User & { _verificationToken?: string }
        if (!user._verificationToken) throw new Error('The new account has no verification token.')
        await queueEmail(req, {
          to: values.email,
          subject: verificationEmailSubject,
          html: verificationEmail({ token: user._verificationToken, name: values.name }),
        })
      }
    })
  } catch (error) {
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length === 0) {
      payload.logger.error({ err: error, msg: 'Registration failed' })
      return formError({
        values,
        message: 'We could not create your account just now. Please try again in a few minutes.',
      })
    }
    return formError({ values, errors: fieldErrors })
  }
  redirect('/register/check-email')
}

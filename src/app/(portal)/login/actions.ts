'use server'

import config from '@payload-config'
import { login } from '@payloadcms/next/auth'
import { redirect } from 'next/navigation'

import { safeNextPath } from '@/lib/portal/session'
import { isStaffUser } from '@/lib/roles'

/** Maps Payload's login errors to one plain message each, without saying whether an email exists. */
const loginErrorCode = (error: unknown): string => {
  // Neither error.name (minified in production builds) nor instanceof (the package may load twice)
  // is reliable here. 403 means unverified; a locked account answers like wrong credentials (401).
  const { status } = error as { status?: number }
  return status === 403 ? 'unverified' : 'invalid'
}

export async function loginAction(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim()
  const password = String(formData.get('password') ?? '')
  const next = safeNextPath(formData.get('next'))
  const back = (error: string) =>
    `/login?error=${error}${next ? `&next=${encodeURIComponent(next)}` : ''}`
  if (!email || !password) redirect(back('missing'))
  let destination = next ?? '/'
  try {
    const result = await login({ collection: 'users', config, email, password })
    if (isStaffUser(result.user) && !next) destination = '/admin'
  } catch (error) {
    redirect(back(loginErrorCode(error)))
  }
  redirect(destination)
}

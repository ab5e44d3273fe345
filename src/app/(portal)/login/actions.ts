'use server'

import config from '@payload-config'
import { login } from '@payloadcms/next/auth'
import { redirect } from 'next/navigation'

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
  if (!email || !password) redirect('/login?error=missing')
  let destination = '/'
  try {
    const result = await login({ collection: 'users', config, email, password })
    if (isStaffUser(result.user)) destination = '/admin'
  } catch (error) {
    redirect(`/login?error=${loginErrorCode(error)}`)
  }
  redirect(destination)
}

'use server'

import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload'

export async function verifyEmailAction(formData: FormData) {
  const token = String(formData.get('token') ?? '')
  const payload = await getPayloadClient()
  try {
    // The token is the credential here: verification acts for no signed-in user.
    await payload.verifyEmail({ collection: 'users', token })
  } catch {
    redirect('/verify?error=invalid')
  }
  redirect('/login?verified=1')
}

import type { Metadata } from 'next'
import Link from 'next/link'

import { ForgotPasswordForm } from './ForgotPasswordForm'

export const metadata: Metadata = { title: 'Forgot your password?' }

type Props = { searchParams: Promise<{ sent?: string }> }

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const { sent } = await searchParams
  if (sent) {
    return (
      <div className="narrow prose">
        <h1>Check your email</h1>
        <p className="alert alert--success" role="status">
          If an account uses that address, we sent it a link to choose a new password. The link
          works once and expires in one hour.
        </p>
        <p>
          Nothing arrived after a few minutes? Look in your spam or junk folder, or{' '}
          <Link href="/forgot-password">ask for another link</Link>.
        </p>
        <p>
          <Link href="/login">Back to log in</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="narrow">
      <h1>Forgot your password?</h1>
      <p className="lead">
        Enter the email address of your account and we will send you a link to choose a new
        password.
      </p>
      <ForgotPasswordForm />
      <p>
        Remembered it? <Link href="/login">Log in</Link>.
      </p>
    </div>
  )
}

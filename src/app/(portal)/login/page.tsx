import type { Metadata } from 'next'
import Link from 'next/link'

import { safeNextPath } from '@/lib/portal/session'

import { loginAction } from './actions'

export const metadata: Metadata = { title: 'Log in' }

const messages: Record<string, string> = {
  missing: 'Enter your email address and password.',
  invalid:
    'That email address and password do not match an account. After five failed attempts an account is locked for 15 minutes.',
  unverified: 'Please confirm your email address first: use the link in the message we sent you.',
}

type Props = {
  searchParams: Promise<{ error?: string; verified?: string; reset?: string; next?: string }>
}

export default async function LoginPage({ searchParams }: Props) {
  const { error, verified, reset, next } = await searchParams
  const message = error ? (messages[error] ?? messages.invalid) : null
  const nextPath = safeNextPath(next)
  return (
    <div className="narrow">
      <h1>Log in</h1>
      {verified ? (
        <p className="alert alert--success" role="status">
          Your email address is confirmed. You can log in now.
        </p>
      ) : null}
      {reset ? (
        <p className="alert alert--success" role="status">
          Your password has been changed and you were signed out everywhere. Log in with your new
          password.
        </p>
      ) : null}
      {nextPath && !message ? <p>Please log in to continue.</p> : null}
      {message ? (
        <p className="alert alert--error" role="alert" id="login-error">
          {message}
        </p>
      ) : null}
      <form
        action={loginAction}
        className="form"
        aria-describedby={message ? 'login-error' : undefined}
      >
        {nextPath ? <input type="hidden" name="next" value={nextPath} /> : null}
        <div className="field">
          <label htmlFor="email">Email address</label>
          <input id="email" name="email" type="email" autoComplete="email" required />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Log in
          </button>
          <Link href="/forgot-password">Forgot your password?</Link>
        </div>
      </form>
      <h2>New to the TA Library?</h2>
      <p>
        Attorneys, accredited representatives, paralegals, law students and expert witnesses can
        register for free.
      </p>
      <p>
        <Link href="/register" className="button button--secondary">
          Create an account
        </Link>
      </p>
    </div>
  )
}

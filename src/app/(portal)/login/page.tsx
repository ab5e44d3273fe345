import type { Metadata } from 'next'

import { loginAction } from './actions'

export const metadata: Metadata = { title: 'Log in' }

const messages: Record<string, string> = {
  missing: 'Enter your email address and password.',
  invalid:
    'That email address and password do not match an account. After five failed attempts an account is locked for 15 minutes.',
  unverified: 'Please confirm your email address first: use the link in the message we sent you.',
}

type Props = { searchParams: Promise<{ error?: string; verified?: string }> }

export default async function LoginPage({ searchParams }: Props) {
  const { error, verified } = await searchParams
  const message = error ? (messages[error] ?? messages.invalid) : null
  return (
    <>
      <h1>Log in</h1>
      {verified ? (
        <p className="alert alert--success" role="status">
          Your email address is confirmed. You can log in now.
        </p>
      ) : null}
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
        <div>
          <button type="submit" className="button">
            Log in
          </button>
        </div>
      </form>
    </>
  )
}

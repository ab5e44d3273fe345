import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

/**
 * How long every password-reset request takes, whoever it names. Payload answers an unknown email
 * at once but, for a known one, stores a token and queues the email (a sendEmail job, sent after
 * the commit), so the duration would say which addresses have accounts. The request instead always
 * answers after this long; slower work finishes after the answer and logs its own failure.
 */
export const passwordResetResponseMs = 1_000

/**
 * Starts Payload's forgot-password operation for `email` and resolves after exactly
 * `passwordResetResponseMs`, never with an error: the caller answers the same way for every address.
 * Payload's own limits still apply (one email per address per `minRequestInterval`, 15 s by default).
 */
export const requestPasswordReset = async ({
  payload,
  collection,
  email,
}: {
  payload: Payload
  collection: 'users'
  email: string
}): Promise<void> => {
  const started = performance.now()
  // Its own request and transaction (no `req`): it may outlive the HTTP request that started it.
  const work = payload.forgotPassword({ collection, data: { email } }).then(
    () => undefined,
    (error: unknown) => {
      payload.logger.error({ err: error, msg: 'Password reset request failed' })
    },
  )
  await Promise.race([work, sleep(passwordResetResponseMs)])
  const remaining = passwordResetResponseMs - (performance.now() - started)
  if (remaining > 0) await sleep(remaining)
}

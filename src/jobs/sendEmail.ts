import type { TaskConfig } from 'payload'

import { deliverOnce } from '@/lib/email-delivery'
import { deliverEmailNow } from '@/lib/email'
import { emailRetryDelayMs } from '@/lib/env'

export type SendEmailInput = { to: string; subject: string; html: string; key?: string }

/**
 * Sends one email. Queued from hooks, endpoints and the email adapter itself (every email, Payload's
 * verification and reset ones included), so a slow or failing mail server never blocks or loses
 * the record that caused it: the job retries with backoff and stays visible to staff. Its
 * idempotency key (set when queued; the job's own id for jobs queued without one) makes a job that
 * runs twice send once (src/lib/email-delivery.ts).
 */
export const sendEmailTask: TaskConfig<{ input: SendEmailInput; output: { messageId: string } }> = {
  slug: 'sendEmail',
  label: 'Send email',
  // Waits of EMAIL_RETRY_DELAY_MS, doubling: with the default 30 s, ten retries over about 8.5 h.
  retries: { attempts: 10, backoff: { type: 'exponential', delay: emailRetryDelayMs } },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'key', type: 'text' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const key = input.key || `job-${job.id}-${job.createdAt}`
    const { messageId } = await deliverOnce({
      payload: req.payload,
      key,
      message: { to: input.to, subject: input.subject, html: input.html },
      deliverNow: (message) => deliverEmailNow(req.payload, message),
    })
    return { output: { messageId } }
  },
}

import type { TaskConfig } from 'payload'

export type SendEmailInput = { to: string; subject: string; html: string }

/**
 * Sends one email. Queued from hooks and endpoints, so a slow or failing mail server never blocks
 * or loses the record that caused it: the job retries with backoff and stays visible to staff.
 */
export const sendEmailTask: TaskConfig<{ input: SendEmailInput; output: { messageId: string } }> = {
  slug: 'sendEmail',
  label: 'Send email',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const result = (await req.payload.sendEmail({
      to: input.to,
      subject: input.subject,
      html: input.html,
    })) as { messageId?: string } | undefined
    return { output: { messageId: result?.messageId ?? '' } }
  },
}

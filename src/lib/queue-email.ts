import type { PayloadRequest } from 'payload'

import type { SendEmailInput } from '@/jobs/sendEmail'

/** Queues an email in the request's transaction; the jobs runner sends it after the commit. */
export const queueEmail = async (req: PayloadRequest, input: SendEmailInput) => {
  await req.payload.jobs.queue({ task: 'sendEmail', queue: 'email', input, req })
}

import { emailStaffReplyToSender, senderAccountEmail } from '@/hooks/emailStaffReplyToSender'
import type { ResourceSubmission } from '@/payload-types'

/** Staff's reply goes to the account that sent the resource. */
export const emailStaffReply = emailStaffReplyToSender<ResourceSubmission>({
  kind: 'resource-submission',
  recipientOf: senderAccountEmail,
})

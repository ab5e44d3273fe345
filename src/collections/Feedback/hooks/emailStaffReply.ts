import { emailStaffReplyToSender, senderAccountEmail } from '@/hooks/emailStaffReplyToSender'
import type { Feedback } from '@/payload-types'

/**
 * Staff's reply goes to the reply address the person gave, else to the account that sent the
 * feedback; a guest who gave no address gets no email.
 */
export const emailStaffReply = emailStaffReplyToSender<Feedback>({
  kind: 'feedback',
  recipientOf: async ({ doc, req }) => doc.replyEmail || (await senderAccountEmail({ doc, req })),
})

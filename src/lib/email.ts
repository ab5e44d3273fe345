import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { emailFrom, isBuildPhase, isProduction, outboxDir, smtpSettings } from './env'
import { queueOutgoingEmail } from './queue-email'

/**
 * Development transport: each message becomes an .eml file in the outbox folder (open it in any
 * mail program or read it as text), and its subject and path are logged so links can be followed.
 */
export const createOutboxTransport = (
  dir: string,
): Transport<{ messageId: string; path: string }> => ({
  name: 'ta-library-outbox',
  version: '1',
  send(mail, callback) {
    mail.message.build(async (buildError, raw) => {
      if (buildError) return callback(buildError, undefined as never)
      try {
        await fs.mkdir(dir, { recursive: true })
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const file = path.join(dir, `${stamp}-${randomUUID().slice(0, 8)}.eml`)
        await fs.writeFile(file, raw)
        const subject = String(mail.data.subject ?? '')
        console.info(`[email] "${subject}" to ${String(mail.data.to)} written to ${file}`)
        callback(null, { messageId: mail.message.messageId(), path: file })
      } catch (error) {
        callback(error as Error, undefined as never)
      }
    })
  },
})

type DeliveringAdapter = ReturnType<EmailAdapter> & {
  deliverNow: (message: SendEmailOptions) => Promise<unknown>
}

/**
 * The adapter Payload sees: its `sendEmail` (Payload's verification and reset emails, and any
 * `payload.sendEmail` call) queues a sendEmail job instead of sending, so an email is never lost
 * and never fails the request. `deliverNow` is the real transport, for that job only.
 */
export const queueingEmailAdapter = async (
  delivery: EmailAdapter | Promise<EmailAdapter>,
): Promise<EmailAdapter> => {
  const createDelivery = await delivery
  return ({ payload }) => {
    const direct = createDelivery({ payload })
    const adapter: DeliveringAdapter = {
      name: `${direct.name}-queued`,
      defaultFromAddress: direct.defaultFromAddress,
      defaultFromName: direct.defaultFromName,
      sendEmail: (message) => queueOutgoingEmail({ payload, message }),
      deliverNow: (message) => direct.sendEmail(message),
    }
    return adapter
  }
}

/** Sends through the real transport, bypassing the queue (the sendEmail job's last step). */
export const deliverEmailNow = (payload: Payload, message: SendEmailOptions) => {
  const adapter = payload.email as Partial<DeliveringAdapter>
  if (typeof adapter.deliverNow !== 'function') {
    throw new Error('The email adapter is not the queueing adapter: nothing can be delivered.')
  }
  return adapter.deliverNow(message)
}

export const buildEmailAdapter = () => {
  const smtp = smtpSettings()
  if (!smtp && isProduction && !isBuildPhase) {
    // The server refuses to start before this; this guards `next start` run by hand.
    throw new Error('SMTP_HOST is not set: TA Library will not start in production without mail.')
  }
  const transport = smtp
    ? nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
      })
    : nodemailer.createTransport(createOutboxTransport(outboxDir))
  return queueingEmailAdapter(
    nodemailerAdapter({
      defaultFromAddress: emailFrom.address,
      defaultFromName: emailFrom.name,
      transport,
      // Verifying opens an SMTP connection at every start; send failures are reported where they happen.
      skipVerify: true,
    }),
  )
}

import fs from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on loopback that keeps every message it receives as an .eml file. */
export const startSmtpSink = async ({ dir, port }: { dir: string; port: number }) => {
  await fs.mkdir(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        count += 1
        const file = path.join(dir, `${Date.now()}-${String(count).padStart(4, '0')}.eml`)
        fs.writeFile(file, Buffer.concat(chunks)).then(() => callback(), callback)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** The newest message the sink received for an address, waiting for it to arrive. */
export const waitForEmail = async ({
  dir,
  to,
  timeoutMs = 15_000,
}: {
  dir: string
  to: string
  timeoutMs?: number
}) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = (await fs.readdir(dir)).sort().reverse()
    for (const file of files) {
      const parsed = await simpleParser(await fs.readFile(path.join(dir, file)))
      const recipients = Array.isArray(parsed.to)
        ? parsed.to.map((a) => a.text).join(',')
        : (parsed.to?.text ?? '')
      if (recipients.includes(to)) {
        return {
          subject: parsed.subject ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          text: parsed.text ?? '',
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No email to ${to} arrived within ${timeoutMs} ms`)
}

/** Every .eml file in `dir` (none if it does not exist), oldest first, parsed. */
export const readEmlFolder = async (dir: string) => {
  const files = (await fs.readdir(dir).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.eml'))
    .sort()
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await fs.readFile(path.join(dir, file)))
      const to = Array.isArray(parsed.to)
        ? parsed.to.map((a) => a.text).join(', ')
        : (parsed.to?.text ?? '')
      return {
        file,
        to,
        subject: parsed.subject ?? '',
        messageId: parsed.messageId ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
        text: parsed.text ?? '',
      }
    }),
  )
}

/** Every message the sink has stored, oldest first, with its recipients and Message-ID. */
export const receivedEmails = async ({ dir }: { dir: string }) =>
  (await readEmlFolder(dir)).map(({ to, subject, messageId, html }) => ({
    to,
    subject,
    messageId,
    html,
  }))

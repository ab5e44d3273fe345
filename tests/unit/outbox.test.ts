import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import { describe, expect, it, vi } from 'vitest'

import { createOutboxTransport } from '@/lib/email'

describe('development outbox transport', () => {
  it('should write each message as a readable .eml file and log where', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ta-outbox-')), 'outbox')
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const transport = nodemailer.createTransport(createOutboxTransport(dir))
    await transport.sendMail({
      from: 'TA Library <ta@example.org>',
      to: 'someone@example.org',
      subject: 'Case TA-2026-000001 was shared with you',
      html: '<p>Open <a href="http://localhost:3000/cases/1">the case</a></p>',
    })
    const files = readdirSync(dir)
    expect(files).toHaveLength(1)
    const parsed = await simpleParser(readFileSync(path.join(dir, files[0]!)))
    expect(parsed.subject).toBe('Case TA-2026-000001 was shared with you')
    expect(parsed.html).toContain('http://localhost:3000/cases/1')
    expect(info.mock.calls.flat().join(' ')).toContain(path.join(dir, files[0]!))
    info.mockRestore()
  })
})

import type { TextField } from 'payload'

import { isStaffField } from '@/access/isStaff'

const maxOriginalNameLength = 255

/** Control characters, zero-width and bidirectional marks: they hide or reorder what staff read. */
const isInvisible = (codePoint: number) =>
  codePoint < 0x20 ||
  (codePoint >= 0x7f && codePoint <= 0x9f) ||
  (codePoint >= 0x200b && codePoint <= 0x200f) ||
  (codePoint >= 0x202a && codePoint <= 0x202e) ||
  (codePoint >= 0x2066 && codePoint <= 0x2069) ||
  codePoint === 0xfeff

/**
 * The name the uploader's computer gave the file, made safe to display: no folders, no invisible
 * or direction-changing characters, at most 255 characters. It is only ever shown, never used as
 * a path or URL.
 */
export const sanitizeOriginalName = (name: string): string => {
  const base = (name.split(/[\\/]/).pop() ?? '').normalize('NFC')
  const visible = Array.from(base)
    .filter((char) => !isInvisible(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  return Array.from(visible).slice(0, maxOriginalNameLength).join('')
}

/**
 * Stored files get random names; this keeps the uploaded name for staff. Set only by the upload
 * hook from the file itself, never from submitted data.
 */
export const originalNameField: TextField = {
  name: 'originalName',
  type: 'text',
  label: 'Original file name',
  maxLength: maxOriginalNameLength,
  // Uploaders name files after clients; the name is for staff, like the audit trail.
  access: { read: isStaffField },
  admin: {
    readOnly: true,
    description: 'The name the file had when it was uploaded. Stored files get random names.',
  },
}

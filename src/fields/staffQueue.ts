import type { RelationshipField, SelectField, TextareaField } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { slugs } from '@/collections/slugs'

/**
 * The fields every staff queue shares (assistance requests, resource submissions, feedback, expert
 * vetting): who sent the item, where staff are with it, and staff's own notes. Each collection
 * brings its own choices and limits from its options.ts; the names, columns and access are these.
 */

type Choice = { readonly value: string; readonly label: string }

/** Who sent the item: set from the session by the `setSubmittedBy` hook, never from the request. */
export const submittedByField = (): RelationshipField => ({
  name: 'submittedBy',
  type: 'relationship',
  relationTo: slugs.users,
  index: true,
  admin: { readOnly: true },
})

/** Where staff are with the item: whoever reads the item sees it, only staff set it. */
export const queueStatusField = ({
  options,
  defaultValue = 'new',
}: {
  options: readonly Choice[]
  defaultValue?: string
}): SelectField => ({
  name: 'status',
  type: 'select',
  defaultValue,
  index: true,
  access: { create: isStaffField, update: isStaffField },
  options: options.map(({ value, label }) => ({ value, label })),
})

/** Staff's working notes on the item: staff only read or write them. */
export const staffNotesField = ({
  maxLength,
  description,
}: {
  maxLength: number
  description?: string
}): TextareaField => ({
  name: 'staffNotes',
  type: 'textarea',
  maxLength,
  access: { read: isStaffField, create: isStaffField, update: isStaffField },
  ...(description ? { admin: { description } } : {}),
})

import type { DateField, RelationshipField, SelectField, TextareaField } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { nobodyField } from '@/access/nobody'
import { slugs } from '@/collections/slugs'
import { roles } from '@/lib/roles'

/**
 * The fields every staff queue shares (assistance requests, resource submissions, feedback, expert
 * vetting, decision documents to review): who sent the item, where staff are with it, who on staff
 * has it, staff's own notes and, where the sender reads the item, staff's reply. Each collection
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

/** The roles an item may be assigned to: program staff and admins. */
export const assignableRoles = roles.filter((role) => role === 'staff' || role === 'admin')

/**
 * The staff member who has the item. Only staff read or set it; the relationship offers, and the
 * server accepts, staff and admin accounts only (Payload validates `filterOptions` on every save,
 * so REST, GraphQL and the Local API refuse an advocate's id with a 400 on this field).
 */
export const assigneeField = (): RelationshipField => ({
  name: 'assignee',
  type: 'relationship',
  relationTo: slugs.users,
  index: true,
  filterOptions: { role: { in: [...assignableRoles] } },
  access: { read: isStaffField, create: isStaffField, update: isStaffField },
  // Staff accounts are made by admins in Users, never from a queue item.
  admin: {
    position: 'sidebar',
    allowCreate: false,
    description: 'The staff member handling this item.',
  },
})

/**
 * Staff's answer to the sender: whoever reads the item reads it, only staff write it. The
 * collection's `dateStaffReply` hook (src/hooks) dates each new reply (`staffRepliedAtField`).
 */
export const staffReplyField = ({
  maxLength,
  description,
}: {
  maxLength: number
  description: string
}): TextareaField => ({
  name: 'staffReply',
  type: 'textarea',
  maxLength,
  access: { create: isStaffField, update: isStaffField },
  admin: { description },
})

/** When staff last changed the reply: set by the server only, from the clock. */
export const staffRepliedAtField = (): DateField => ({
  name: 'staffRepliedAt',
  type: 'date',
  index: true,
  access: { create: nobodyField, update: nobodyField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime' },
    description: 'Set when a reply is saved.',
  },
})

import type { Payload, Where } from 'payload'

import { openAssistanceStatuses } from '@/collections/AssistanceRequests/options'
import { openDecisionReviewStatuses } from '@/collections/DecisionDocuments/options'
import { openReviewStatuses } from '@/collections/Experts/options'
import { feedbackCategories, openFeedbackStatuses } from '@/collections/Feedback/options'
import { openResourceSubmissionStatuses } from '@/collections/ResourceSubmissions/options'
import type { AppCollectionSlug } from '@/collections/slugs'
import { idOf } from '@/lib/ids'
import { isStaffUser } from '@/lib/roles'
import type { User } from '@/payload-types'

/** A request due within this many days is highlighted on the dashboard. */
export const dueSoonDays = 14

/** How many items each dashboard list shows (the queue's own list has the rest). */
export const dashboardListLimit = 10

type QueueSlug = Extract<
  AppCollectionSlug,
  'assistance-requests' | 'resource-submissions' | 'feedback' | 'experts' | 'decision-documents'
>

/** Each staff queue: its open items (the field and the values that keep an item open). */
const queues: {
  slug: QueueSlug
  label: string
  field: 'status' | 'reviewStatus'
  open: readonly string[]
  titleField: string
}[] = [
  {
    slug: 'assistance-requests',
    label: 'Assistance requests',
    field: 'status',
    open: openAssistanceStatuses,
    titleField: 'subject',
  },
  {
    slug: 'resource-submissions',
    label: 'Resource submissions',
    field: 'status',
    open: openResourceSubmissionStatuses,
    titleField: 'title',
  },
  {
    slug: 'feedback',
    label: 'Feedback',
    field: 'status',
    open: openFeedbackStatuses,
    titleField: 'category',
  },
  {
    slug: 'experts',
    label: 'Expert profiles waiting for vetting',
    field: 'reviewStatus',
    open: openReviewStatuses,
    titleField: 'displayName',
  },
  {
    slug: 'decision-documents',
    label: 'Decision documents to review for redaction',
    field: 'status',
    open: openDecisionReviewStatuses,
    titleField: 'originalName',
  },
]

export type QueueCount = { slug: QueueSlug; label: string; open: number; href: string }
export type DeadlineItem = {
  id: number
  subject: string
  caseNumber: string
  status: string
  deadline: string
  daysLeft: number
  isDueSoon: boolean
  href: string
}
export type AssignedItem = {
  slug: QueueSlug
  queue: string
  id: number
  title: string
  href: string
}
export type StaffDashboard = {
  queues: QueueCount[]
  deadlines: DeadlineItem[]
  assignedToMe: AssignedItem[]
}

const openWhere = (queue: (typeof queues)[number]): Where => ({
  [queue.field]: { in: [...queue.open] },
})

/** The admin list of the queue's open items: Payload's list view reads this `where`. */
const openListHref = (queue: (typeof queues)[number]) =>
  `/admin/collections/${queue.slug}?${queue.open
    .map((value, i) => `where[${queue.field}][in][${i}]=${encodeURIComponent(value)}`)
    .join('&')}`

const docHref = (slug: QueueSlug, id: number) => `/admin/collections/${slug}/${id}`

const dayMs = 86_400_000

/** Whole days from `now` to `deadline`, counted in calendar days (UTC), negative when passed. */
const daysUntil = (deadline: string, now: Date) => {
  const startOfDay = (date: Date) =>
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
  return Math.round((startOfDay(new Date(deadline)) - startOfDay(now)) / dayMs)
}

/**
 * What the staff dashboard shows, read as the staff member (`overrideAccess: false`): the open
 * items of each queue, the open assistance requests with a deadline, nearest first (those due
 * within `dueSoonDays` flagged, passed ones included), and the open items assigned to them.
 * Anyone but staff gets nothing: the admin panel is staff-only, and this says so again.
 */
export const loadStaffDashboard = async ({
  payload,
  user,
  now = new Date(),
}: {
  payload: Payload
  user: User | null | undefined
  now?: Date
}): Promise<StaffDashboard | null> => {
  if (!user || !isStaffUser(user)) return null
  const asStaff = { user, overrideAccess: false, depth: 0 } as const
  const counts = await Promise.all(
    queues.map(async (queue) => {
      const { totalDocs } = await payload.find({
        collection: queue.slug,
        ...asStaff,
        where: openWhere(queue),
        // A profile's vetting state is on its latest draft, the version staff review.
        draft: queue.slug === 'experts',
        limit: 1,
        select: {},
      })
      return { slug: queue.slug, label: queue.label, open: totalDocs, href: openListHref(queue) }
    }),
  )
  const requests = await payload.find({
    collection: 'assistance-requests',
    ...asStaff,
    depth: 1,
    where: {
      and: [{ status: { in: [...openAssistanceStatuses] } }, { urgentDeadline: { exists: true } }],
    },
    sort: 'urgentDeadline',
    limit: dashboardListLimit,
    select: { subject: true, urgentDeadline: true, status: true, case: true },
    populate: { cases: { caseNumber: true } },
  })
  const deadlines = requests.docs.map((request) => {
    const daysLeft = daysUntil(request.urgentDeadline!, now)
    return {
      id: request.id,
      subject: request.subject,
      caseNumber: typeof request.case === 'object' ? (request.case.caseNumber ?? '') : '',
      status: request.status ?? 'new',
      deadline: request.urgentDeadline!,
      daysLeft,
      isDueSoon: daysLeft <= dueSoonDays,
      href: docHref('assistance-requests', request.id),
    }
  })
  const assigned = await Promise.all(
    queues.map(async (queue) => {
      const { docs } = await payload.find({
        collection: queue.slug,
        ...asStaff,
        where: { and: [openWhere(queue), { assignee: { equals: user.id } }] },
        draft: queue.slug === 'experts',
        sort: '-updatedAt',
        limit: dashboardListLimit,
        select: { [queue.titleField]: true },
      })
      return docs.map((doc) => {
        const id = idOf(doc.id)!
        const value = (doc as unknown as Record<string, unknown>)[queue.titleField]
        const title =
          feedbackCategories.find((category) => category.value === value)?.label ?? value
        return {
          slug: queue.slug,
          queue: queue.label,
          id,
          title: typeof title === 'string' && title ? title : `#${id}`,
          href: docHref(queue.slug, id),
        }
      })
    }),
  )
  return { queues: counts, deadlines, assignedToMe: assigned.flat() }
}

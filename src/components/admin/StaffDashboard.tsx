import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { assistanceStatuses } from '@/collections/AssistanceRequests/options'
import { formatDay } from '@/lib/portal/dates'
import { dueSoonDays, loadStaffDashboard } from '@/lib/staff-dashboard'
import type { User } from '@/payload-types'

const statusLabel = (value: string) =>
  assistanceStatuses.find((status) => status.value === value)?.label ?? value

const dueText = (daysLeft: number) => {
  if (daysLeft < 0) return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago`
  if (daysLeft === 0) return 'today'
  if (daysLeft === 1) return 'tomorrow'
  return `in ${daysLeft} days`
}

/**
 * The admin panel's dashboard (replaces Payload's grid of collection cards): open items per
 * queue, assistance requests by nearest deadline, and what is assigned to the signed-in staff
 * member. A server component; it reads as that staff member (src/lib/staff-dashboard.ts).
 */
export const StaffDashboard = async ({ payload, user }: AdminViewServerProps) => {
  const data = await loadStaffDashboard({ payload, user: user as User | null })
  // The admin panel lets staff in only (users.access.admin); anyone else sees nothing here.
  if (!data) return null
  return (
    <Gutter className="staff-dashboard">
      <h1>Staff dashboard</h1>
      <section aria-labelledby="queues-heading" className="staff-dashboard__section">
        <h2 id="queues-heading">Open items</h2>
        <ul className="staff-dashboard__counts">
          {data.queues.map((queue) => (
            <li key={queue.slug} className="staff-dashboard__count card">
              <Link href={queue.href}>
                <span className="staff-dashboard__number">{queue.open}</span>{' '}
                <span>{queue.label}</span>
                <span className="visually-hidden">: open the list</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="deadlines-heading" className="staff-dashboard__section">
        <h2 id="deadlines-heading">Assistance requests by nearest deadline</h2>
        <p className="staff-dashboard__note">
          Open requests with a deadline, nearest first. Those due within {dueSoonDays} days are
          marked “Due soon”.
        </p>
        {data.deadlines.length === 0 ? (
          <p>No open request has a deadline.</p>
        ) : (
          <table className="staff-dashboard__table">
            <thead>
              <tr>
                <th scope="col">Deadline</th>
                <th scope="col">Request</th>
                <th scope="col">Case</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.deadlines.map((item) => (
                <tr key={item.id} className={item.isDueSoon ? 'is-due-soon' : undefined}>
                  <td>
                    {item.isDueSoon ? <strong className="due-soon-badge">Due soon</strong> : null}{' '}
                    {formatDay(item.deadline)} ({dueText(item.daysLeft)})
                  </td>
                  <td>
                    <Link href={item.href}>{item.subject}</Link>
                  </td>
                  <td>{item.caseNumber}</td>
                  <td>{statusLabel(item.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="assigned-heading" className="staff-dashboard__section">
        <h2 id="assigned-heading">Assigned to me</h2>
        {data.assignedToMe.length === 0 ? (
          <p>Nothing open is assigned to you.</p>
        ) : (
          <ul className="staff-dashboard__assigned">
            {data.assignedToMe.map((item) => (
              <li key={`${item.slug}-${item.id}`}>
                <Link href={item.href}>{item.title}</Link>{' '}
                <span className="staff-dashboard__queue">({item.queue})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Gutter>
  )
}

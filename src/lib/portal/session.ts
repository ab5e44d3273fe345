import 'server-only'

import { redirect } from 'next/navigation'

import { getViewer } from '@/lib/payload'
import { hasRole } from '@/lib/roles'
import type { Role } from '@/lib/roles'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

/**
 * A path to return to after logging in, or null. Only same-site paths are accepted ("/x", never
 * "//evil.example" or "https://…"), so the login form cannot be used to send people elsewhere.
 */
export const safeNextPath = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (/[\u0000-\u001f]/.test(value)) return null
  return value
}

export const loginPath = (next: string) => `/login?next=${encodeURIComponent(next)}`

/**
 * The signed-in viewer of a page that needs one: guests go to the login page and come back here
 * afterwards. `roles` limits the page to some roles; anyone else gets the "not for you" page.
 * `req` is the viewer's request for domain services and loaders such as findCaseAs.
 */
export const requireViewer = async ({ path, roles }: { path: string; roles?: Role[] }) => {
  const viewer = await getViewer()
  if (!viewer.user) redirect(loginPath(path))
  const user = viewer.user as User
  if (roles && !hasRole(user, ...roles)) redirect('/account')
  return { payload: viewer.payload, user, req: await viewerRequest(viewer.payload, user) }
}

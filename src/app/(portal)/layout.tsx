import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { isAdvocateOrStaff } from '@/access/isAdvocateOrStaff'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getViewer } from '@/lib/payload'
import { isStaffUser } from '@/lib/roles'

import './portal.css'

export const metadata: Metadata = {
  title: { default: 'TA Library', template: '%s · TA Library' },
  description:
    'Technical assistance for attorneys and advocates representing asylum seekers: a tailored library for each case.',
}

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { user } = await getViewer()
  return (
    <html lang="en">
      <body>
        <SiteHeader
          userName={user?.name}
          isStaff={isStaffUser(user)}
          mayUseDirectory={isAdvocateOrStaff({ req: { user } })}
        />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}

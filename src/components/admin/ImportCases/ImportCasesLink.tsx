import Link from 'next/link'
import type { ServerProps } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** Above the Cases list, for staff: the way to the legacy-case import. */
export const ImportCasesLink = ({ user }: Pick<ServerProps, 'user'>) =>
  isStaffUser(user) ? (
    <div className="gutter--left gutter--right" style={{ marginBottom: 16 }}>
      <Link className="btn btn--style-secondary btn--size-small" href="/admin/import-cases">
        Import legacy cases (CSV or XLSX)
      </Link>
    </div>
  ) : null

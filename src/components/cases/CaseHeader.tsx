import Link from 'next/link'

import type { CaseTab } from './CaseTabs'
import { CaseTabs } from './CaseTabs'

type Props = {
  caseId: number
  caseNumber?: string | null
  country?: string
  role: 'owner' | 'shared' | 'staff'
  current: CaseTab
  /** The page's own heading under the case number, e.g. "Share Case". */
  title?: string
}

const roleLabels = {
  owner: 'You registered this case',
  shared: 'Shared with you',
  staff: 'Program staff view',
}

/** The case number, whose case it is to the viewer, and the section tabs: the top of every case page. */
export const CaseHeader = ({ caseId, caseNumber, country, role, current, title }: Props) => (
  <div className="case-header">
    <p className="breadcrumb">
      <Link href="/account">My Account</Link>
    </p>
    <h1>
      <span className="case-header__number">Case {caseNumber}</span>
      {title ? (
        <span className="case-header__title">
          <span className="visually-hidden">: </span>
          {title}
        </span>
      ) : null}
    </h1>
    <p className="case-header__meta">
      {country ? <span>{country}</span> : null}
      <span className={`badge badge--${role}`}>{roleLabels[role]}</span>
    </p>
    <CaseTabs caseId={caseId} current={current} />
  </div>
)

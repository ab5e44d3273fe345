import Link from 'next/link'

export type CaseTab = 'overview' | 'library' | 'share' | 'outcomes' | 'assistance'

const tabs: { id: CaseTab; label: string; path: string }[] = [
  { id: 'overview', label: 'Overview', path: '' },
  { id: 'library', label: 'Library', path: '/library' },
  { id: 'share', label: 'Share Case', path: '/share' },
  { id: 'outcomes', label: 'Outcomes', path: '/outcomes' },
  { id: 'assistance', label: 'Request Assistance', path: '/assistance' },
]

/** The case page's sections, as plain links (they work without JavaScript). */
export const CaseTabs = ({ caseId, current }: { caseId: number | string; current: CaseTab }) => (
  <nav aria-label="Case sections" className="tabs">
    <ul>
      {tabs.map((tab) => (
        <li key={tab.id}>
          <Link
            href={`/cases/${caseId}${tab.path}`}
            aria-current={tab.id === current ? 'page' : undefined}
            className="tabs__link"
          >
            {tab.label}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
)

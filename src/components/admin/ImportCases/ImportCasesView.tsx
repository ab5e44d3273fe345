import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { legacyImportColumns, legacyImportLimits } from '@/collections/Cases/options'
import { isStaffUser } from '@/lib/roles'

import { ImportCasesForm } from './ImportCasesForm'

/**
 * /admin/import-cases: staff bring in legacy cases from a CSV or XLSX file, checking it first.
 * Staff only; anyone else who reaches the admin panel is told so, and the endpoint refuses them too.
 */
export const ImportCasesView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const isStaff = isStaffUser(user)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav
        nav={[
          { label: 'Cases', url: '/admin/collections/cases' },
          { label: 'Import legacy cases' },
        ]}
      />
      <Gutter>
        <main className="import-cases" style={{ maxWidth: 1100, paddingBottom: 48 }}>
          <h1 style={{ margin: '24px 0 8px' }}>Import legacy cases</h1>
          {isStaff ? (
            <>
              <p style={{ margin: '0 0 8px' }}>
                Bring in cases that already have a program case number (TA-YYYY-NNNNNN). Each case
                keeps its number and appears on its owner’s My Account at once.
              </p>
              <details style={{ margin: '0 0 16px' }}>
                <summary style={{ cursor: 'pointer', fontWeight: 600 }}>
                  What the file must hold
                </summary>
                <p>
                  A .csv or .xlsx file of at most {legacyImportLimits.fileBytes / 1024 / 1024} MB
                  and {legacyImportLimits.rows} rows, with the column names in its first row.
                  Several values in one cell are separated by “;”. Dates are written YYYY-MM-DD;
                  deadlines as “label: YYYY-MM-DD”. Vocabulary values are matched by name or slug.
                </p>
                <ul>
                  {legacyImportColumns.map((column) => (
                    <li key={column.key}>
                      {column.label}
                      {'isRequired' in column && column.isRequired ? ' (required)' : ''}
                    </li>
                  ))}
                </ul>
              </details>
              <ImportCasesForm />
            </>
          ) : (
            <p role="alert">Only program staff can import cases.</p>
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}

'use client'

import Link from 'next/link'
import { useId, useRef, useState } from 'react'

import type { ImportReport, RowReport } from '@/collections/Cases/services/importLegacyCases'

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'report'; report: ImportReport }

const statusLabel: Record<RowReport['status'], string> = {
  ready: 'Ready to import',
  unchanged: 'Already imported, unchanged',
  problem: 'Problem',
  imported: 'Imported',
  failed: 'Not imported',
}

const send = async (file: File, mode: 'check' | 'import'): Promise<State> => {
  const body = new FormData()
  body.set('file', file)
  body.set('mode', mode)
  try {
    const response = await fetch('/api/cases/import-legacy', {
      method: 'POST',
      credentials: 'include',
      body,
    })
    const answer = (await response.json().catch(() => ({}))) as Partial<ImportReport> & {
      message?: string
    }
    if (answer.rows && answer.summary) return { kind: 'report', report: answer as ImportReport }
    return { kind: 'error', text: answer.message ?? 'The file could not be checked.' }
  } catch {
    return { kind: 'error', text: 'The file could not be sent. Check your connection.' }
  }
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

const headline = ({ outcome, summary }: ImportReport) => {
  if (outcome === 'imported') {
    return `Imported ${plural(summary.imported, 'case')}. ${summary.unchanged} already imported, unchanged; ${summary.failed} not imported.`
  }
  if (outcome === 'refused') {
    return `Nothing was imported: ${plural(summary.problem, 'row has', 'rows have')} problems. Fix them and check the file again.`
  }
  if (summary.problem > 0) {
    return `${plural(summary.problem, 'row has', 'rows have')} problems. Nothing was written. Fix the file and check it again.`
  }
  if (summary.ready === 0) {
    return 'Nothing to import: every case in the file is already imported, unchanged.'
  }
  return `The file is ready: ${plural(summary.ready, 'case')} to import, ${summary.unchanged} already imported and unchanged. Nothing was written yet.`
}

/**
 * The legacy-case import form (admin view /admin/import-cases): choose a file, "Check file" (the
 * dry run), read every row's problems, then "Import N cases" once the file has none.
 */
export const ImportCasesForm = () => {
  const baseId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [state, setState] = useState<State>({ kind: 'idle' })

  const run = async (mode: 'check' | 'import') => {
    if (!file) {
      setState({ kind: 'error', text: 'Choose a .csv or .xlsx file first.' })
      inputRef.current?.focus()
      return
    }
    setState({
      kind: 'busy',
      text:
        mode === 'check' ? 'Checking the file…' : 'Importing the cases… this can take a minute.',
    })
    setState(await send(file, mode))
    requestAnimationFrame(() => resultRef.current?.focus())
  }

  const report = state.kind === 'report' ? state.report : null
  const toImport =
    report?.outcome === 'checked' && report.summary.problem === 0 ? report.summary.ready : 0
  const listed = report?.rows.filter((row) => row.problems.length > 0) ?? []

  return (
    <section aria-labelledby={`${baseId}-form`} className="import-cases-form">
      <h2 id={`${baseId}-form`} style={{ margin: '0 0 8px', fontSize: 20 }}>
        1. Check the file
      </h2>
      <label
        htmlFor={`${baseId}-file`}
        style={{ display: 'block', fontWeight: 600, margin: '0 0 4px' }}
      >
        Legacy cases file (.csv or .xlsx)
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-file`}
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${baseId}-hint`}
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null)
          setState({ kind: 'idle' })
        }}
      />
      <p id={`${baseId}-hint`} style={{ margin: '4px 0 12px', fontSize: 13 }}>
        Checking writes nothing: it lists every row’s problems first.
      </p>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <button
          type="button"
          className="btn btn--style-primary btn--size-medium"
          style={{ margin: 0 }}
          disabled={state.kind === 'busy'}
          onClick={() => run('check')}
        >
          Check file
        </button>
        {toImport > 0 ? (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            style={{ margin: 0 }}
            onClick={() => run('import')}
          >
            {`Import ${plural(toImport, 'case')}`}
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" style={{ margin: '12px 0 0' }}>
        {state.kind === 'busy' ? <p>{state.text}</p> : null}
      </div>
      {state.kind === 'error' ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>
          {state.text}
        </p>
      ) : null}
      {report ? (
        <div className="import-cases-report" style={{ marginTop: 16 }}>
          <h2 ref={resultRef} tabIndex={-1} style={{ margin: '0 0 8px', fontSize: 20 }}>
            {report.outcome === 'imported' ? 'Import result' : '2. What the check found'}
          </h2>
          <p style={{ fontWeight: 600 }}>{headline(report)}</p>
          <ul style={{ margin: '0 0 12px' }}>
            <li>{plural(report.summary.rows, 'row')} read</li>
            {report.outcome === 'imported' ? (
              <li>{report.summary.imported} imported</li>
            ) : (
              <li>{report.summary.ready} ready to import</li>
            )}
            <li>{report.summary.unchanged} already imported, unchanged</li>
            <li>{plural(report.summary.problem, 'row')} with problems</li>
            {report.summary.failed > 0 ? (
              <li>{report.summary.failed} not imported (batch failed)</li>
            ) : null}
          </ul>
          {report.ignoredColumns.length > 0 ? (
            <p>Columns not used (ignored): {report.ignoredColumns.join(', ')}</p>
          ) : null}
          {listed.length > 0 ? (
            <table
              className="import-cases-problems"
              style={{ borderCollapse: 'collapse', width: '100%' }}
            >
              <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>
                Rows with problems
              </caption>
              <thead>
                <tr>
                  {['Line', 'Case number', 'Owner email', 'Status', 'Problems'].map((heading) => (
                    <th key={heading} scope="col" style={cellStyle}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {listed.map((row) => (
                  <tr key={row.line}>
                    <td style={cellStyle}>{row.line}</td>
                    <td style={cellStyle}>{row.caseNumber || '—'}</td>
                    <td style={cellStyle}>{row.ownerEmail || '—'}</td>
                    <td style={cellStyle}>{statusLabel[row.status]}</td>
                    <td style={cellStyle}>
                      <ul style={{ margin: 0, paddingLeft: 18 }}>
                        {row.problems.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.outcome === 'imported' ? (
            <p>
              <Link href="/admin/collections/cases?where[legacyImport][equals]=true">
                Open the imported cases
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

const cellStyle = {
  border: '1px solid var(--theme-elevation-150)',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
} as const

import type { PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { inTransaction } from '@/lib/db/transaction'
import { idOf } from '@/lib/ids'
import { parseDay } from '@/lib/portal/dates'
import { isStaffUser } from '@/lib/roles'
import { done, refuse, type ServiceResult } from '@/lib/services/result'
import { readTable } from '@/lib/tabular'
import type { Case } from '@/payload-types'

import { legacyImportContextKey } from '../hooks/stampLegacyImport'
import {
  caseLimits,
  caseNumberPattern,
  caseStatuses,
  detentionOptions,
  legacyImportColumns,
  legacyImportLimits,
  protectedGrounds,
  type LegacyImportColumn,
} from '../options'
import { normalizeEmail } from './accounts'

/**
 * Staff bring in cases registered before the TA Library, keeping their case numbers, from a CSV or
 * XLSX file. `check` (the dry run) reads and judges every row and writes nothing; `import` judges
 * the file again the same way, refuses it whole while any row has a problem, and otherwise writes
 * the new rows in transactions of `batchSize` rows: a batch that fails is rolled back alone, the
 * others stay. Idempotent: a row whose case number already exists with the same owner is reported
 * "already imported, unchanged" and not touched (not even when its other values differ: an import
 * never edits a case; staff edit it in the admin panel). A case number held by a case of another
 * owner is a problem: the row is refused, the existing case is never overwritten or moved (staff
 * use "Transfer to another advocate" for that).
 */
export type ImportMode = 'check' | 'import'

export type RowStatus = 'ready' | 'unchanged' | 'problem' | 'imported' | 'failed'

export type RowReport = {
  /** The row's line in the file (the header is line 1). */
  line: number
  caseNumber: string
  ownerEmail: string
  status: RowStatus
  problems: string[]
  caseId?: number
}

export type ImportReport = {
  mode: ImportMode
  /** `refused`: an import of a file with problems, nothing written. */
  outcome: 'checked' | 'imported' | 'refused'
  rows: RowReport[]
  /** Headers the file has that no column uses (they are ignored). */
  ignoredColumns: string[]
  summary: Record<RowStatus, number> & { rows: number }
}

type Term = { id: number; name: string; slug: string }
type Adjudicator = Term & { court: number | null }
type Owner = { id: number; email: string; role: string | null | undefined }
type Existing = { id: number; caseNumber: string; owner: number | null }

type CaseData = Pick<
  Case,
  | 'caseNumber'
  | 'owner'
  | 'country'
  | 'persecutionTypes'
  | 'protectedGrounds'
  | 'reliefSought'
  | 'proceduralStage'
  | 'court'
  | 'adjudicator'
  | 'intakeDate'
  | 'nextHearingDate'
  | 'deadlines'
  | 'detention'
  | 'language'
  | 'status'
>

type Judged = RowReport & { data?: CaseData }

const columnLabel = Object.fromEntries(
  legacyImportColumns.map((column) => [column.key, column.label]),
) as Record<LegacyImportColumn, string>

/** A header or alias reduced to letters and digits: "Case #", "case_number" and "CASE NUMBER" meet. */
const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '')

const aliasToColumn = new Map<string, LegacyImportColumn>(
  legacyImportColumns.flatMap((column) =>
    [column.key, column.label, ...column.aliases].map((alias) => [headerKey(alias), column.key]),
  ),
)

const listOf = (text: string) => [
  ...new Set(
    text
      .split(/[;|\n]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
]

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

/** A calendar day written YYYY-MM-DD or M/D/YYYY (US), stored at noon UTC; null when not a real day. */
const dayOf = (text: string): string | null => {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : text
  return parseDay(iso)
}

const termIndex = (terms: Term[]) => {
  const byKey = new Map<string, Term>()
  for (const term of terms) {
    byKey.set(fold(term.slug), term)
    byKey.set(fold(term.name), term)
  }
  return (text: string) => byKey.get(fold(text)) ?? null
}

const optionIndex = <Value extends string>(options: readonly { value: Value; label: string }[]) => {
  const byKey = new Map<string, Value>()
  for (const option of options) {
    byKey.set(fold(option.value), option.value)
    byKey.set(fold(option.label), option.value)
  }
  return (text: string) => byKey.get(fold(text)) ?? null
}

const findProtectedGround = optionIndex(protectedGrounds)
const findDetention = optionIndex(detentionOptions)
const findStatus = optionIndex(caseStatuses)

const emptySummary = (): ImportReport['summary'] => ({
  rows: 0,
  ready: 0,
  unchanged: 0,
  problem: 0,
  imported: 0,
  failed: 0,
})

const summarize = (rows: RowReport[]) => {
  const summary = emptySummary()
  summary.rows = rows.length
  for (const row of rows) summary[row.status] += 1
  return summary
}

const publicRow = ({ data: _data, ...row }: Judged): RowReport => row

/** Everything the rows are judged against, read once per file as the staff member. */
const loadLookups = async ({
  req,
  emails,
  caseNumbers,
}: {
  req: PayloadRequest
  emails: string[]
  caseNumbers: string[]
}) => {
  const asViewer = {
    req,
    user: req.user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
  } as const
  const terms = async (
    collection: 'countries' | 'persecution-types' | 'relief-types' | 'procedural-stages' | 'courts',
  ) =>
    (
      await req.payload.find({ collection, ...asViewer, select: { name: true, slug: true } })
    ).docs.map(({ id, name, slug }) => ({ id, name, slug }))
  // One after another: inside a transaction these share one connection.
  const countries = await terms('countries')
  const persecutionTypes = await terms('persecution-types')
  const reliefTypes = await terms('relief-types')
  const stages = await terms('procedural-stages')
  const courts = await terms('courts')
  const adjudicators = (
    await req.payload.find({
      collection: 'adjudicators',
      ...asViewer,
      select: { name: true, slug: true, court: true },
    })
  ).docs.map(({ id, name, slug, court }): Adjudicator => ({ id, name, slug, court: idOf(court) }))
  const owners: Owner[] =
    emails.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'users',
            ...asViewer,
            where: { email: { in: emails } },
            select: { email: true, role: true },
          })
        ).docs.map(({ id, email, role }) => ({ id, email, role }))
  const existing = await findExisting(req, caseNumbers)
  return {
    country: termIndex(countries),
    persecutionType: termIndex(persecutionTypes),
    relief: termIndex(reliefTypes),
    stage: termIndex(stages),
    court: termIndex(courts),
    adjudicators,
    owners: new Map(owners.map((owner) => [owner.email.toLowerCase(), owner])),
    existing,
  }
}

/** The cases that already hold any of these numbers, by number (read as the staff member). */
const findExisting = async (req: PayloadRequest, caseNumbers: string[]) => {
  if (caseNumbers.length === 0) return new Map<string, Existing>()
  const where: Where = { caseNumber: { in: caseNumbers } }
  const { docs } = await req.payload.find({
    collection: 'cases',
    req,
    user: req.user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
    where,
    select: { caseNumber: true, owner: true },
  })
  return new Map(
    docs.map((doc): [string, Existing] => [
      String(doc.caseNumber),
      { id: doc.id, caseNumber: String(doc.caseNumber), owner: idOf(doc.owner) },
    ]),
  )
}

type Lookups = Awaited<ReturnType<typeof loadLookups>>

/** One row's verdict: its problems, or the case it would create. */
const judgeRow = ({
  line,
  cell,
  lookups,
  firstLineOf,
}: {
  line: number
  cell: (key: LegacyImportColumn) => string
  lookups: Lookups
  firstLineOf: Map<string, number>
}): Judged => {
  const problems: string[] = []
  const caseNumber = cell('caseNumber').toUpperCase()
  const ownerEmail = normalizeEmail(cell('ownerEmail')) ?? cell('ownerEmail')
  const report = { line, caseNumber, ownerEmail }

  if (!caseNumber) problems.push('Case number is missing.')
  else if (!caseNumberPattern.test(caseNumber)) {
    problems.push(
      `Case number “${caseNumber}” is not in the program’s format TA-YYYY-NNNNNN (for example TA-2019-000123).`,
    )
  } else if (firstLineOf.get(caseNumber) !== line) {
    problems.push(
      `Case number ${caseNumber} is also on line ${firstLineOf.get(caseNumber)}: each case once.`,
    )
  }

  const owner = ownerEmail ? lookups.owners.get(ownerEmail) : undefined
  if (!cell('ownerEmail')) problems.push('Owner email is missing.')
  else if (!owner) problems.push(`No TA Library account uses the owner email ${ownerEmail}.`)
  else if (owner.role !== 'advocate') {
    problems.push(`${ownerEmail} is not an advocate account; only advocates own cases.`)
  }

  const existing = lookups.existing.get(caseNumber)
  if (existing && owner && existing.owner === owner.id && firstLineOf.get(caseNumber) === line) {
    return { ...report, status: 'unchanged', problems: [], caseId: existing.id }
  }
  if (existing && existing.owner !== owner?.id) {
    problems.push(
      `Case number ${caseNumber} already belongs to a case of another owner; it is not changed by an import.`,
    )
  }

  const one = (key: LegacyImportColumn, find: (text: string) => Term | null, list: string) => {
    const text = cell(key)
    if (!text) return null
    const term = find(text)
    if (!term) problems.push(`${columnLabel[key]} “${text}” is not in the ${list} list.`)
    return term?.id ?? null
  }
  const many = (key: LegacyImportColumn, find: (text: string) => Term | null, list: string) =>
    listOf(cell(key)).flatMap((text) => {
      const term = find(text)
      if (!term) problems.push(`${columnLabel[key]} “${text}” is not in the ${list} list.`)
      return term ? [term.id] : []
    })
  const option = <Value>(key: LegacyImportColumn, find: (text: string) => Value | null) => {
    const text = cell(key)
    if (!text) return null
    const value = find(text)
    if (value === null) problems.push(`${columnLabel[key]} “${text}” is not one of its choices.`)
    return value
  }
  const day = (key: LegacyImportColumn) => {
    const text = cell(key)
    if (!text) return null
    const value = dayOf(text)
    if (!value) {
      problems.push(`${columnLabel[key]} “${text}” is not a real date; write it as YYYY-MM-DD.`)
    }
    return value
  }

  if (!cell('country')) problems.push('Country is missing.')
  const country = one('country', lookups.country, 'Countries')
  const persecutionTypes = many('persecutionTypes', lookups.persecutionType, 'Persecution types')
  const reliefSought = many('reliefSought', lookups.relief, 'Relief types')
  const proceduralStage = one('proceduralStage', lookups.stage, 'Procedural stages')
  const court = one('court', lookups.court, 'Courts and asylum offices')
  const grounds = listOf(cell('protectedGrounds')).flatMap((text) => {
    const value = findProtectedGround(text)
    if (!value) problems.push(`Protected ground “${text}” is not one of its choices.`)
    return value ? [value] : []
  })

  let adjudicator: number | null = null
  const judgeName = cell('adjudicator')
  if (judgeName) {
    const named = lookups.adjudicators.filter(
      (a) => fold(a.name) === fold(judgeName) || fold(a.slug) === fold(judgeName),
    )
    const matches = court ? named.filter((a) => a.court === court) : named
    if (matches.length === 1) adjudicator = matches[0]!.id
    else if (matches.length > 1) {
      problems.push(`Adjudicator “${judgeName}” sits in several courts; give the court.`)
    } else if (court && named.length > 0) {
      problems.push(`Adjudicator “${judgeName}” is not listed for the court “${cell('court')}”.`)
    } else problems.push(`Adjudicator “${judgeName}” is not in the Adjudicators list.`)
  }

  const deadlines = listOf(cell('deadlines')).flatMap((text) => {
    const match = /^(.+?)\s*:\s*([0-9/-]+)$/.exec(text)
    const date = match ? dayOf(match[2]!) : null
    if (!match || !date) {
      problems.push(`Deadline “${text}” is not “label: YYYY-MM-DD”.`)
      return []
    }
    if (match[1]!.length > caseLimits.deadlineLabel) {
      problems.push(`Deadline label “${match[1]}” is over ${caseLimits.deadlineLabel} characters.`)
    }
    return [{ label: match[1]!, date }]
  })
  if (deadlines.length > caseLimits.deadlines) {
    problems.push(`A case holds at most ${caseLimits.deadlines} deadlines.`)
  }
  const language = cell('language')
  if (language.length > caseLimits.language) {
    problems.push(`Language is over ${caseLimits.language} characters.`)
  }

  const intakeDate = day('intakeDate')
  const nextHearingDate = day('nextHearingDate')
  const detention = option('detention', findDetention)
  const status = option('status', findStatus)

  if (problems.length > 0 || !owner || country === null) {
    return { ...report, status: 'problem', problems }
  }
  return {
    ...report,
    status: 'ready',
    problems: [],
    data: {
      caseNumber,
      owner: owner.id,
      country,
      persecutionTypes,
      protectedGrounds: grounds,
      reliefSought,
      proceduralStage,
      court,
      adjudicator,
      intakeDate,
      nextHearingDate,
      deadlines,
      ...(detention ? { detention } : {}),
      language: language || null,
      ...(status ? { status } : {}),
    },
  }
}

/** Reads the file and judges every row; refuses a file that cannot be read or lacks a column. */
const judgeFile = async ({
  req,
  name,
  bytes,
}: {
  req: PayloadRequest
  name: string
  bytes: Uint8Array
}): Promise<ServiceResult<{ rows: Judged[]; ignoredColumns: string[] }>> => {
  const read = await readTable({ name, bytes, limits: legacyImportLimits })
  if (!read.ok) return refuse(read.code === 'too-large' ? 413 : 400, read.code, read.message)
  const { headers, rows } = read.table

  const columnAt = new Map<LegacyImportColumn, number>()
  const ignoredColumns: string[] = []
  for (const [index, header] of headers.entries()) {
    const key = aliasToColumn.get(headerKey(header))
    if (!key) {
      if (header) ignoredColumns.push(header)
      continue
    }
    if (columnAt.has(key)) {
      return refuse(
        400,
        'duplicate-column',
        `Two columns are both “${columnLabel[key]}” (“${headers[columnAt.get(key)!]}” and “${header}”). Keep one.`,
      )
    }
    columnAt.set(key, index)
  }
  const missing = legacyImportColumns.filter(
    (column) => 'isRequired' in column && column.isRequired && !columnAt.has(column.key),
  )
  if (missing.length > 0) {
    return refuse(
      400,
      'missing-columns',
      `The file needs the column${missing.length > 1 ? 's' : ''} ${missing
        .map((column) => `“${column.label}”`)
        .join(', ')} in its first row.`,
    )
  }

  const cellOf = (row: string[]) => (key: LegacyImportColumn) => {
    const index = columnAt.get(key)
    return index === undefined ? '' : (row[index] ?? '').trim()
  }
  const dataRows = rows
    .map((row, index) => ({ line: index + 2, cell: cellOf(row) }))
    .filter(({ cell }) => legacyImportColumns.some((column) => cell(column.key) !== ''))
  if (dataRows.length === 0) return refuse(400, 'empty', 'The file has no case rows.')

  const firstLineOf = new Map<string, number>()
  for (const { line, cell } of dataRows) {
    const number = cell('caseNumber').toUpperCase()
    if (number && !firstLineOf.has(number)) firstLineOf.set(number, line)
  }
  const emails = [
    ...new Set(dataRows.map(({ cell }) => normalizeEmail(cell('ownerEmail'))).filter(Boolean)),
  ] as string[]
  const caseNumbers = [...firstLineOf.keys()].filter((number) => caseNumberPattern.test(number))
  const lookups = await loadLookups({ req, emails, caseNumbers })
  return done({
    rows: dataRows.map(({ line, cell }) => judgeRow({ line, cell, lookups, firstLineOf })),
    ignoredColumns,
  })
}

const batchesOf = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )

/** Writes one batch in its own transaction; a failure rolls back the whole batch and says why. */
const writeBatch = async ({
  req,
  batch,
  importedAt,
}: {
  req: PayloadRequest
  batch: Judged[]
  importedAt: string
}): Promise<Judged[]> => {
  // A request of its own per batch, so each batch is its own transaction.
  const batchReq = await createLocalReq({ user: req.user! }, req.payload)
  try {
    return await inTransaction(batchReq, async () => {
      // Another import may have written some of these numbers since the check: judged again here.
      const existing = await findExisting(
        batchReq,
        batch.map((row) => row.caseNumber),
      )
      const written: Judged[] = []
      for (const row of batch) {
        const held = existing.get(row.caseNumber)
        if (held && held.owner === row.data!.owner) {
          written.push({ ...row, status: 'unchanged', caseId: held.id })
          continue
        }
        if (held) throw new Error(`case number ${row.caseNumber} was taken meanwhile`)
        const created = await req.payload.create({
          collection: 'cases',
          req: batchReq,
          user: req.user,
          overrideAccess: false,
          depth: 0,
          select: { caseNumber: true },
          data: { ...row.data!, legacyImport: true },
          context: { [legacyImportContextKey]: importedAt },
        })
        await recordAccessEvent({
          req: batchReq,
          action: 'import',
          caseId: created.id,
          details: { line: row.line, owner: row.data!.owner },
        })
        written.push({ ...row, status: 'imported', caseId: created.id })
      }
      return written
    })
  } catch (error) {
    const first = batch[0]!.line
    const last = batch.at(-1)!.line
    req.payload.logger.error({ err: error, msg: `Legacy import batch ${first}-${last} failed` })
    return batch.map((row) => ({
      ...row,
      status: 'failed' as const,
      problems: [
        `Not imported: the batch of lines ${first}–${last} failed and was rolled back (${
          error instanceof Error ? error.message : 'unknown error'
        }). Other batches are kept; import the file again to retry.`,
      ],
    }))
  }
}

export const importLegacyCases = async ({
  req,
  file,
  mode,
  batchSize = legacyImportLimits.batchSize,
}: {
  req: PayloadRequest
  file: { name: string; bytes: Uint8Array } | null
  mode: ImportMode
  batchSize?: number
}): Promise<ServiceResult<ImportReport>> => {
  if (!req.user) return refuse(401, 'not-signed-in', 'Log in as program staff to import cases.')
  if (!isStaffUser(req.user)) {
    return refuse(403, 'staff-only', 'Only program staff can import legacy cases.')
  }
  if (!file) return refuse(400, 'no-file', 'Choose a .csv or .xlsx file to check.')
  const judged = await judgeFile({ req, name: file.name, bytes: file.bytes })
  if (!judged.ok) return judged
  const { rows, ignoredColumns } = judged.value

  const hasProblems = rows.some((row) => row.status === 'problem')
  if (mode === 'check' || hasProblems) {
    const reported = rows.map(publicRow)
    return done(
      {
        mode,
        outcome: mode === 'check' ? 'checked' : 'refused',
        rows: reported,
        ignoredColumns,
        summary: summarize(reported),
      },
      mode === 'check' ? 200 : 422,
    )
  }

  const importedAt = new Date().toISOString()
  const results = new Map<number, Judged>()
  for (const batch of batchesOf(
    rows.filter((row) => row.status === 'ready'),
    Math.max(1, batchSize),
  )) {
    for (const row of await writeBatch({ req, batch, importedAt })) results.set(row.line, row)
  }
  const reported = rows.map((row) => publicRow(results.get(row.line) ?? row))
  return done({
    mode,
    outcome: 'imported',
    rows: reported,
    ignoredColumns,
    summary: summarize(reported),
  })
}

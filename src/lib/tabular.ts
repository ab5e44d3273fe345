import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

/**
 * Reads a spreadsheet a person uploaded (CSV or XLSX) into a header row and text rows. Nothing in
 * a file is ever evaluated: a CSV cell is its text, an XLSX formula cell is its formula's source
 * text ("=…"), never the result the spreadsheet cached for it.
 */
export type Table = { headers: string[]; rows: string[][] }

export type TableRefusal = {
  code: 'wrong-file-type' | 'too-large' | 'too-many-rows' | 'empty' | 'unreadable'
  message: string
}

export type TableResult = { ok: true; table: Table } | ({ ok: false } & TableRefusal)

export type TableLimits = {
  /** Largest file accepted, in bytes. */
  fileBytes: number
  /** Largest sum of the sizes an XLSX file declares for its unpacked parts (a zip bomb guard). */
  unpackedBytes: number
  /** Most data rows (header excluded). */
  rows: number
  /** Most columns read. */
  columns: number
  /** Longest cell, in characters. */
  cellChars: number
}

const refuseTable = (code: TableRefusal['code'], message: string): TableResult => ({
  ok: false,
  code,
  message,
})

const isZip = (bytes: Uint8Array) =>
  bytes.length > 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04

/**
 * The total size the zip's central directory declares for its entries, or null when it cannot be
 * read. A declared size can lie, so this is a first wall (with the file size limit), not proof.
 */
const declaredUnpackedBytes = (bytes: Uint8Array): number | null => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lowest = Math.max(0, bytes.length - 65_557)
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue
    const entries = view.getUint16(at + 10, true)
    let cursor = view.getUint32(at + 16, true)
    let total = 0
    for (let i = 0; i < entries; i += 1) {
      if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== 0x02014b50) return null
      const size = view.getUint32(cursor + 24, true)
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY
      total += size
      cursor +=
        46 +
        view.getUint16(cursor + 28, true) +
        view.getUint16(cursor + 30, true) +
        view.getUint16(cursor + 32, true)
    }
    return total
  }
  return null
}

const clip = (text: string, limits: TableLimits) => text.trim().slice(0, limits.cellChars)

/** One XLSX cell as text: formulas as their source, dates as YYYY-MM-DD, rich text joined. */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  }
  if (typeof value === 'object') {
    if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`
    if ('sharedFormula' in value) return `=${String(value.formula ?? value.sharedFormula)}`
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('error' in value) return String(value.error)
    return ''
  }
  return String(value)
}

const readXlsx = async (bytes: Uint8Array, limits: TableLimits): Promise<TableResult> => {
  const unpacked = declaredUnpackedBytes(bytes)
  if (unpacked === null) {
    return refuseTable(
      'unreadable',
      'This .xlsx file could not be read. Save it again from Excel, or export it as CSV.',
    )
  }
  if (unpacked > limits.unpackedBytes) {
    return refuseTable(
      'too-large',
      'This .xlsx file unpacks to more data than an import may hold. Split it into smaller files.',
    )
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch {
    return refuseTable(
      'unreadable',
      'This .xlsx file could not be read. Save it again from Excel, or export it as CSV.',
    )
  }
  const sheet = workbook.worksheets[0]
  if (!sheet || sheet.actualRowCount === 0) return refuseTable('empty', 'The file has no rows.')
  if (sheet.rowCount - 1 > limits.rows) {
    return refuseTable(
      'too-many-rows',
      `An import holds at most ${limits.rows} rows. Split the file.`,
    )
  }
  const grid: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    const width = Math.min(row.cellCount, limits.columns)
    for (let c = 1; c <= width; c += 1) cells.push(clip(cellText(row.getCell(c).value), limits))
    grid.push(cells)
  }
  return toTable(grid, limits)
}

const readCsv = (bytes: Uint8Array, limits: TableLimits): TableResult => {
  if (bytes.includes(0)) {
    return refuseTable(
      'wrong-file-type',
      'This is not a CSV text file. Choose a .csv or .xlsx file.',
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuseTable(
      'unreadable',
      'This CSV file is not UTF-8 text. Save it as “CSV UTF-8” and try again.',
    )
  }
  let grid: string[][]
  try {
    grid = parse(text, {
      bom: true,
      relax_column_count: true,
      // Blank lines stay (and are skipped later), so every row keeps its line number.
      skip_empty_lines: false,
      // One row past the limit is enough to know the file is too long.
      to: limits.rows + 2,
      max_record_size: limits.cellChars * limits.columns,
      // Several spreadsheets write ';' where the locale uses ',' for decimals.
      delimiter:
        text.split(/\r?\n/, 1)[0]!.includes(';') && !text.split(/\r?\n/, 1)[0]!.includes(',')
          ? ';'
          : ',',
    }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    return refuseTable(
      'unreadable',
      `This CSV file could not be read${line ? ` (near line ${line})` : ''}. Check its quotes.`,
    )
  }
  return toTable(
    grid.map((row) => row.slice(0, limits.columns).map((cell) => clip(cell, limits))),
    limits,
  )
}

const toTable = (grid: string[][], limits: TableLimits): TableResult => {
  const [headers, ...rows] = grid
  if (!headers || headers.every((cell) => cell === ''))
    return refuseTable('empty', 'The file has no header row.')
  if (rows.length > limits.rows) {
    return refuseTable(
      'too-many-rows',
      `An import holds at most ${limits.rows} rows. Split the file.`,
    )
  }
  return { ok: true, table: { headers, rows } }
}

/**
 * Reads an uploaded CSV or XLSX file, chosen by its name and checked against its content: an .xlsx
 * must be a zip, a .csv must be UTF-8 text. Anything else is refused with a sentence to act on.
 */
export const readTable = async ({
  name,
  bytes,
  limits,
}: {
  name: string
  bytes: Uint8Array
  limits: TableLimits
}): Promise<TableResult> => {
  if (bytes.length === 0) return refuseTable('empty', 'The file is empty.')
  if (bytes.length > limits.fileBytes) {
    return refuseTable(
      'too-large',
      `The file is larger than ${Math.round(limits.fileBytes / 1024 / 1024)} MB. Split it into smaller files.`,
    )
  }
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (extension === 'xlsx') {
    if (!isZip(bytes))
      return refuseTable(
        'wrong-file-type',
        'This file is named .xlsx but is not an Excel workbook.',
      )
    return readXlsx(bytes, limits)
  }
  if (extension === 'csv') {
    if (isZip(bytes))
      return refuseTable(
        'wrong-file-type',
        'This file is named .csv but is a workbook. Rename it .xlsx or export it as CSV.',
      )
    return readCsv(bytes, limits)
  }
  if (extension === 'xls') {
    return refuseTable(
      'wrong-file-type',
      'Old .xls workbooks are not read. Save the file as .xlsx or CSV.',
    )
  }
  return refuseTable('wrong-file-type', 'Choose a .csv or .xlsx file.')
}

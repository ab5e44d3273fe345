import { randomInt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { importLegacyCases } from '@/collections/Cases/services/importLegacyCases'
import { demoAccounts } from '@/seed/demo-accounts'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { startWithAccounts, type TestAccount } from '../helpers/accounts'
import { rest } from '../helpers/payload'
import { requestAs } from '../helpers/services'

/**
 * The legacy-case import (src/collections/Cases/services/importLegacyCases.ts) through its endpoint
 * POST /api/cases/import-legacy, as the admin view calls it, and through the service itself.
 */
const unique = `imp${Date.now().toString(36)}`
const year = 1990 + randomInt(0, 30)
let serial = randomInt(0, 900_000)
/** A case number in the program's format that no other file uses. */
const nextNumber = () => `TA-${year}-${String((serial += 1)).padStart(6, '0')}`

const header = [
  'Case number',
  'Owner email',
  'Country',
  'Persecution types',
  'Relief',
  'Stage',
  'Court',
  'Adjudicator',
  'Intake date',
  'Next hearing',
  'Deadlines',
  'Language',
]

const quote = (cell: string) => (/[",\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
const csvOf = (rows: string[][]) => [header, ...rows].map((r) => r.map(quote).join(',')).join('\n')

const formOf = ({
  name,
  content,
  mode,
}: {
  name: string
  content: string | Uint8Array
  mode: string
}) => {
  const form = new FormData()
  form.set(
    'file',
    new File([typeof content === 'string' ? content : new Uint8Array(content)], name),
  )
  form.set('mode', mode)
  return form
}

let payload: Payload
let people: Record<'owner' | 'otherOwner' | 'expert' | 'staff' | 'admin' | 'advocate', TestAccount>
let removeCreatedRecords: () => Promise<void>
let judge: string
const sf = 'San Francisco Immigration Court'

/** A good row for `owner`, with every column filled. */
const goodRow = (caseNumber: string, owner = people.owner.email) => [
  caseNumber,
  owner,
  'guatemala',
  'Domestic violence; gang-based-harm',
  'asylum;Withholding of removal',
  'Immigration court (defensive)',
  sf,
  judge,
  '2019-04-02',
  '2027-03-12',
  'Brief due: 2027-02-01; Biometrics: 2/15/2027',
  'Spanish',
]

const upload = (
  account: TestAccount | null,
  {
    name = 'legacy.csv',
    content,
    mode,
  }: { name?: string; content: string | Uint8Array; mode: 'check' | 'import' },
) =>
  rest('POST', '/cases/import-legacy', {
    ...(account ? { token: account.token } : {}),
    form: formOf({ name, content, mode }),
  })

const countCases = async () =>
  (await payload.count({ collection: 'cases', overrideAccess: true })).totalDocs // test bookkeeping
const countImportEvents = async () =>
  (
    await payload.count({
      collection: 'access-events',
      where: { action: { equals: 'import' } },
      overrideAccess: true, // test bookkeeping
    })
  ).totalDocs

const storedByNumber = async (caseNumbers: string[]) =>
  (
    await payload.find({
      collection: 'cases',
      where: { caseNumber: { in: caseNumbers } },
      pagination: false,
      depth: 0,
      sort: 'caseNumber',
      overrideAccess: true, // reading what was stored, whoever may see it
    })
  ).docs

beforeAll(async () => {
  const started = await startWithAccounts({
    unique,
    password: `${unique} passphrase`,
    roles: {
      owner: 'advocate',
      otherOwner: 'advocate',
      advocate: 'advocate',
      expert: 'expert',
      staff: 'staff',
      admin: 'admin',
    },
  })
  payload = started.payload
  people = started.accounts
  removeCreatedRecords = started.removeCreatedRecords
  const court = await idsBySlug(payload, 'courts')
  judge = `Judge Alma Test ${unique}`
  // Trusted fixtures: the adjudicators these rows name (the roster is seeded elsewhere).
  await payload.create({
    collection: 'adjudicators',
    overrideAccess: true,
    data: {
      name: judge,
      slug: `judge-alma-${unique}`,
      court: court('san-francisco-immigration-court'),
    },
  })
  await payload.create({
    collection: 'adjudicators',
    overrideAccess: true,
    data: {
      name: `Judge Only In LA ${unique}`,
      slug: `judge-la-${unique}`,
      court: court('los-angeles-n-los-angeles-street-immigration-court'),
    },
  })
}, 180_000)

afterAll(async () => {
  vi.restoreAllMocks()
  await removeCreatedRecords()
})

describe('the dry run', () => {
  const lines = {} as Record<string, string[]>
  let before: { cases: number; events: number }
  let report: Record<string, unknown> & {
    rows: { line: number; status: string; problems: string[] }[]
  }
  let status: number
  let taken: string

  beforeAll(async () => {
    taken = nextNumber()
    // Trusted fixture: a case of another owner already holding a number the file names.
    await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        caseNumber: taken,
        owner: people.otherOwner.user.id,
        country: (await idsBySlug(payload, 'countries'))('honduras'),
      },
    })
    const good = nextNumber()
    const rows: Record<string, string[]> = {
      good: goodRow(good),
      unknownOwner: goodRow(nextNumber(), `nobody-${unique}@test.example`),
      notAdvocate: goodRow(nextNumber(), people.expert.email),
      unknownCountry: Object.assign(goodRow(nextNumber()), { 2: 'Atlantis' }),
      unknownPersecution: Object.assign(goodRow(nextNumber()), { 3: 'Dragons' }),
      duplicateInFile: goodRow(good),
      heldByOther: goodRow(taken),
      impossibleDate: Object.assign(goodRow(nextNumber()), { 9: '2027-02-30' }),
      badDate: Object.assign(goodRow(nextNumber()), { 8: 'last spring' }),
      missingCountry: Object.assign(goodRow(nextNumber()), { 2: '' }),
      wrongFormat: goodRow('CGRS-12345'),
      judgeElsewhere: Object.assign(goodRow(nextNumber()), { 7: `Judge Only In LA ${unique}` }),
    }
    Object.assign(lines, rows)
    before = { cases: await countCases(), events: await countImportEvents() }
    const res = await upload(people.staff, { content: csvOf(Object.values(rows)), mode: 'check' })
    status = res.status
    report = res.json as typeof report
  })

  const problemsOf = (key: string) => {
    const line = Object.keys(lines).indexOf(key) + 2
    return report.rows.find((row) => row.line === line)?.problems.join(' ') ?? ''
  }

  it('should answer 200 with a row for every line of the file', () => {
    expect(status).toBe(200)
    expect(report.rows.map((row) => row.line)).toEqual(Object.keys(lines).map((_, i) => i + 2))
  })

  it.each([
    ['unknownOwner', `No TA Library account uses the owner email nobody-${unique}@test.example.`],
    ['notAdvocate', 'is not an advocate account'],
    ['unknownCountry', 'Country “Atlantis” is not in the Countries list.'],
    ['unknownPersecution', 'Persecution types “Dragons” is not in the Persecution types list.'],
    ['duplicateInFile', 'is also on line 2'],
    ['heldByOther', 'already belongs to a case of another owner'],
    ['impossibleDate', 'Next hearing “2027-02-30” is not a real date'],
    ['badDate', 'Intake date “last spring” is not a real date'],
    ['missingCountry', 'Country is missing.'],
    ['wrongFormat', 'Case number “CGRS-12345” is not in the program’s format'],
    ['judgeElsewhere', 'is not listed for the court “San Francisco Immigration Court”'],
  ])('should report the %s row’s problem', (key, message) => {
    expect(problemsOf(key)).toContain(message)
  })

  it('should find nothing wrong with the good row', () => {
    expect(report.rows[0]).toMatchObject({ line: 2, status: 'ready', problems: [] })
  })

  it('should write no case and no event', async () => {
    expect(await countCases()).toBe(before.cases)
    expect(await countImportEvents()).toBe(before.events)
  })

  it('should refuse to import the same file (422) and write nothing', async () => {
    const res = await upload(people.staff, { content: csvOf(Object.values(lines)), mode: 'import' })
    expect(res.status).toBe(422)
    expect(res.json.outcome).toBe('refused')
    expect(await countCases()).toBe(before.cases)
    expect(await countImportEvents()).toBe(before.events)
    expect((await storedByNumber([taken]))[0]?.owner).toBe(people.otherOwner.user.id)
  })
})

describe('an import', () => {
  const numbers = [nextNumber(), nextNumber(), nextNumber()]
  let firstImport: Awaited<ReturnType<typeof upload>>
  let casesAfterFirst: number

  beforeAll(async () => {
    const content = csvOf(numbers.map((n) => goodRow(n)))
    firstImport = await upload(people.staff, { content, mode: 'import' })
    casesAfterFirst = await countCases()
  })

  it('should keep the given case numbers, owner and values', async () => {
    expect(firstImport.status).toBe(200)
    expect(firstImport.json.summary).toMatchObject({ rows: 3, imported: 3, problem: 0, failed: 0 })
    const stored = await storedByNumber(numbers)
    const terms = await idsBySlug(payload, 'relief-types')
    expect(stored.map((c) => [c.caseNumber, c.owner, c.legacyImport])).toEqual(
      numbers.map((n) => [n, people.owner.user.id, true]),
    )
    expect(stored[0]).toMatchObject({
      reliefSought: [terms('asylum'), terms('withholding')],
      intakeDate: '2019-04-02T12:00:00.000Z',
      nextHearingDate: '2027-03-12T12:00:00.000Z',
      language: 'Spanish',
    })
    expect(stored[0]!.deadlines?.map((d) => [d.label, d.date])).toEqual([
      ['Brief due', '2027-02-01T12:00:00.000Z'],
      ['Biometrics', '2027-02-15T12:00:00.000Z'],
    ])
    expect(typeof stored[0]!.importedAt).toBe('string')
  })

  it('should let the owner read the imported cases at once (REST and Local API)', async () => {
    const res = await rest(
      'GET',
      `/cases?depth=0&limit=10&where[caseNumber][in]=${numbers.join(',')}&sort=caseNumber`,
      { token: people.owner.token },
    )
    expect(res.json.docs.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(numbers)
    const mine = await payload.find({
      collection: 'cases',
      user: people.owner.user,
      overrideAccess: false,
      where: { owner: { equals: people.owner.user.id } },
      depth: 0,
      sort: 'caseNumber',
    })
    expect(mine.docs.map((c) => c.caseNumber)).toEqual(numbers)
  })

  it('should log one import event per case, by the staff member', async () => {
    const stored = await storedByNumber(numbers)
    const { docs } = await payload.find({
      collection: 'access-events',
      where: { and: [{ action: { equals: 'import' } }, { case: { in: stored.map((c) => c.id) } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true, // test bookkeeping
    })
    expect(docs.map((e) => e.actor).sort()).toEqual(stored.map(() => people.staff.user.id))
  })

  it('should change nothing when the same file is imported again', async () => {
    const before = await storedByNumber(numbers)
    const events = await countImportEvents()
    const res = await upload(people.staff, {
      content: csvOf(numbers.map((n) => goodRow(n))),
      mode: 'import',
    })
    expect(res.status).toBe(200)
    expect(res.json.summary).toMatchObject({ rows: 3, unchanged: 3, imported: 0 })
    expect(res.json.rows.map((r: { status: string }) => r.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ])
    expect(await countCases()).toBe(casesAfterFirst)
    expect(await countImportEvents()).toBe(events)
    expect((await storedByNumber(numbers)).map((c) => c.updatedAt)).toEqual(
      before.map((c) => c.updatedAt),
    )
  })

  it('should call a repeated row of an imported case a duplicate, not another owner’s', async () => {
    const rows = [goodRow(numbers[0]!), goodRow(numbers[0]!)]
    const res = await upload(people.staff, { content: csvOf(rows), mode: 'check' })
    expect(
      res.json.rows.map((r: { status: string; problems: string[] }) => [r.status, r.problems]),
    ).toEqual([
      ['unchanged', []],
      ['problem', [`Case number ${numbers[0]} is also on line 2: each case once.`]],
    ])
  })

  it('should report a re-imported file as already imported in its dry run too', async () => {
    const res = await upload(people.admin, {
      content: csvOf(numbers.map((n) => goodRow(n))),
      mode: 'check',
    })
    expect(res.json.summary).toMatchObject({ unchanged: 3, ready: 0, problem: 0 })
  })
})

describe('a failing batch', () => {
  it('should roll back only that batch and keep the others', async () => {
    const numbers = [nextNumber(), nextNumber(), nextNumber(), nextNumber(), nextNumber()]
    const failing = numbers[3]!
    const content = csvOf(numbers.map((n) => goodRow(n)))
    const original = payload.create.bind(payload)
    const spy = vi.spyOn(payload, 'create').mockImplementation(((
      args: Parameters<Payload['create']>[0],
    ) => {
      if (
        args.collection === 'cases' &&
        (args.data as { caseNumber?: string }).caseNumber === failing
      ) {
        return Promise.reject(new Error('simulated write failure'))
      }
      return original(args)
    }) as Payload['create'])
    const req = await requestAs(payload, people.staff.user)
    const result = await importLegacyCases({
      req,
      file: { name: 'legacy.csv', bytes: new TextEncoder().encode(content) },
      mode: 'import',
      batchSize: 2,
    })
    spy.mockRestore()
    expect(result.ok && result.value.rows.map((r) => r.status)).toEqual([
      'imported',
      'imported',
      'failed',
      'failed',
      'imported',
    ])
    expect((await storedByNumber(numbers)).map((c) => c.caseNumber)).toEqual([
      numbers[0],
      numbers[1],
      numbers[4],
    ])
    const again = await importLegacyCases({
      req: await requestAs(payload, people.staff.user),
      file: { name: 'legacy.csv', bytes: new TextEncoder().encode(content) },
      mode: 'import',
      batchSize: 2,
    })
    expect(again.ok && again.value.rows.map((r) => r.status)).toEqual([
      'unchanged',
      'unchanged',
      'imported',
      'imported',
      'unchanged',
    ])
  })
})

describe('who may import', () => {
  it.each([
    ['an advocate', 'advocate', 403, 'staff-only'],
    ['an expert', 'expert', 403, 'staff-only'],
    ['a visitor who is not signed in', null, 401, 'not-signed-in'],
  ] as const)(
    'should refuse %s on the endpoint and store nothing',
    async (_who, key, status, code) => {
      const number = nextNumber()
      const before = await countCases()
      const res = await upload(key ? people[key] : null, {
        content: csvOf([goodRow(number)]),
        mode: 'import',
      })
      expect([res.status, res.json.error]).toEqual([status, code])
      expect(await countCases()).toBe(before)
      expect(await storedByNumber([number])).toEqual([])
    },
  )

  it.each([
    ['an advocate', 'advocate'],
    ['an expert', 'expert'],
  ] as const)('should refuse %s calling the service (Local API as the user)', async (_who, key) => {
    const number = nextNumber()
    const result = await importLegacyCases({
      req: await requestAs(payload, people[key].user),
      file: { name: 'legacy.csv', bytes: new TextEncoder().encode(csvOf([goodRow(number)])) },
      mode: 'import',
    })
    expect(result.ok ? 'imported' : result.code).toBe('staff-only')
    expect(await storedByNumber([number])).toEqual([])
  })

  it('should not let an advocate choose a case number or mark a case imported over REST', async () => {
    const number = nextNumber()
    const country = (await idsBySlug(payload, 'countries'))('guatemala')
    const res = await rest('POST', '/cases', {
      token: people.advocate.token,
      body: {
        caseNumber: number,
        country,
        legacyImport: true,
        importedAt: new Date().toISOString(),
        intakeDate: '2019-01-01T12:00:00.000Z',
      },
    })
    expect(res.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'cases',
      id: res.json.doc.id,
      depth: 0,
      overrideAccess: true,
    })
    expect([
      stored.caseNumber === number,
      stored.legacyImport,
      stored.importedAt ?? null,
      stored.intakeDate ?? null,
    ]).toEqual([false, false, null, null])
  })
})

describe('the file reader', () => {
  it('should read an XLSX workbook, its date cells included', async () => {
    const number = nextNumber()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Cases')
    sheet.addRow(['CASE #', 'Attorney Email', 'Country of origin', 'Next hearing date'])
    sheet.addRow([
      number,
      people.owner.email.toUpperCase(),
      'Honduras',
      new Date(Date.UTC(2027, 5, 9)),
    ])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const res = await upload(people.staff, { name: 'legacy.xlsx', content: bytes, mode: 'import' })
    expect(res.json.summary).toMatchObject({ imported: 1 })
    const [stored] = await storedByNumber([number])
    expect([stored?.owner, stored?.nextHearingDate]).toEqual([
      people.owner.user.id,
      '2027-06-09T12:00:00.000Z',
    ])
  })

  it('should take an XLSX formula as its text, never its cached result', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Cases')
    sheet.addRow(['Case number', 'Owner email', 'Country'])
    sheet.addRow([
      nextNumber(),
      people.owner.email,
      { formula: 'HYPERLINK("http://x.test","Guatemala")', result: 'Guatemala' },
    ])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const res = await upload(people.staff, { name: 'legacy.xlsx', content: bytes, mode: 'check' })
    expect(res.json.rows[0].problems).toEqual([
      'Country “=HYPERLINK("http://x.test","Guatemala")” is not in the Countries list.',
    ])
  })

  it('should store a formula-looking CSV cell as plain text', async () => {
    const number = nextNumber()
    const row = Object.assign(goodRow(number), { 11: "=cmd|' /C calc'!A0" })
    const res = await upload(people.staff, { content: csvOf([row]), mode: 'import' })
    expect(res.json.summary).toMatchObject({ imported: 1 })
    expect((await storedByNumber([number]))[0]?.language).toBe("=cmd|' /C calc'!A0")
  })

  it.each([
    [
      'a PNG named .csv',
      'legacy.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      400,
      'wrong-file-type',
    ],
    ['a text file named .xlsx', 'legacy.xlsx', 'Case number,Owner email', 400, 'wrong-file-type'],
    ['a .txt file', 'legacy.txt', 'Case number,Owner email', 400, 'wrong-file-type'],
    ['an old .xls workbook', 'legacy.xls', 'whatever', 400, 'wrong-file-type'],
    [
      'a file without the required columns',
      'legacy.csv',
      'Country,Stage\nGuatemala,',
      400,
      'missing-columns',
    ],
    [
      'a file over the row limit',
      'legacy.csv',
      csvOf(Array.from({ length: 2001 }, () => ['TA-2000-000001', 'a@b.test', 'Guatemala'])),
      400,
      'too-many-rows',
    ],
    [
      'a file over the size limit',
      'legacy.csv',
      `Case number,Owner email,Country\n${'x'.repeat(2 * 1024 * 1024)}`,
      413,
      'too-large',
    ],
  ] as const)('should refuse %s with a message', async (_what, name, content, status, code) => {
    const before = await countCases()
    const res = await upload(people.staff, { name, content, mode: 'import' })
    expect([res.status, res.json.error]).toEqual([status, code])
    expect(res.json.message).toMatch(/\w+/)
    expect(await countCases()).toBe(before)
  })

  it('should keep each row’s line number when the file has blank lines', async () => {
    const content = `${csvOf([goodRow(nextNumber())])}\n\n${goodRow('CGRS-1').map(quote).join(',')}`
    const res = await upload(people.staff, { content, mode: 'check' })
    expect(res.json.rows.map((r: { line: number }) => r.line)).toEqual([2, 4])
  })

  it('should match headers and values case-insensitively, by name or slug', async () => {
    const number = nextNumber()
    const content = `case_number;OWNER;country of origin;Persecution\n${number};${people.owner.email};EL SALVADOR;political-opinion`
    const res = await upload(people.staff, { content, mode: 'check' })
    expect(res.json.rows[0]).toMatchObject({ status: 'ready', problems: [] })
  })
})

describe('the demo files in src/seed', () => {
  beforeAll(async () => {
    const organization = await payload.create({
      collection: 'organizations',
      overrideAccess: true, // trusted fixture
      data: { name: `Demo org ${unique}`, kind: 'nonprofit' },
    })
    for (const account of demoAccounts.filter((a) => a.key !== 'admin' && a.key !== 'staff')) {
      // Trusted fixtures: the demo accounts the files name (the test database has no demo seed).
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        disableVerificationEmail: true,
        data: {
          email: account.email,
          password: account.password,
          name: account.name,
          role: account.role,
          _verified: true,
          organization: account.role === 'advocate' ? organization.id : undefined,
        },
      })
    }
  })

  const check = async (file: string) =>
    (
      await upload(people.staff, {
        content: readFileSync(path.resolve('src/seed', file), 'utf8'),
        mode: 'check',
      })
    ).json as { rows: { line: number; status: string; problems: string[] }[] }

  it('should find the clean demo file ready to import', async () => {
    const report = await check('legacy-cases-demo.csv')
    expect(report.rows.map((row) => [row.status, row.problems])).toEqual([
      ['ready', []],
      ['ready', []],
      ['ready', []],
    ])
  })

  it('should find a problem on every row of the demo file with errors but the first', async () => {
    const report = await check('legacy-cases-demo-with-errors.csv')
    expect(report.rows.map((row) => [row.line, row.status, row.problems.length > 0])).toEqual([
      [2, 'ready', false],
      [3, 'problem', true],
      [4, 'problem', true],
      [5, 'problem', true],
      [6, 'problem', true],
    ])
  })
})

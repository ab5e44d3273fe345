/** The cases, with their intake answers (rels, protected grounds), shares and deadlines. */
import { caseFacts } from '../corpus'
import { weighted } from '../random'

import {
  arrayRowColumns,
  DAY,
  insertRows,
  iso,
  now,
  relsColumns,
  rowId,
  selectColumns,
  type Generation,
} from './rows'
import type { generateAdjudicators } from './adjudicators'
import type { generateUsers } from './users'
import type { Vocabulary } from './vocabulary'

export type GeneratedCase = {
  id: number
  caseNumber: string
  countryId: number
  persecutionIds: number[]
  reliefIds: number[]
  ownerId: number
  createdAt: number
  stageId: number
  courtId: number | null
  adjudicatorId: number | null
}

export const generateCases = async (
  { client, random, counts, time }: Generation,
  {
    caseCountry,
    recentDate,
    persecutionFor,
    relief,
    stageDist,
    asylumOffices,
    immigrationCourts,
    isCentralAmerican,
  }: Vocabulary,
  {
    ownerDist,
    adjudicatorsByCourt,
  }: Awaited<ReturnType<typeof generateUsers>> & Awaited<ReturnType<typeof generateAdjudicators>>,
) => {
  const cases: GeneratedCase[] = []
  const caseRows: unknown[][] = []
  const caseRels: unknown[][] = []
  const groundRows: unknown[][] = []
  const shareRows: unknown[][] = []
  const deadlineRows: unknown[][] = []
  const caseNumbers = new Set<string>()
  const groundDist = weighted(
    ['particular-social-group', 'political-opinion', 'religion', 'race', 'nationality'],
    [60, 20, 8, 7, 5],
  )
  const languages = [
    'English',
    'French',
    'Haitian Creole',
    'Russian',
    'Mandarin',
    'Portuguese',
    'Arabic',
    'Tigrinya',
    'Punjabi',
    'Spanish',
    'Wolof',
    'Pashto',
  ]
  for (let id = 1; id <= counts.cases; id += 1) {
    const c = caseCountry.one(random)
    const createdAt = recentDate(6)
    const year = new Date(createdAt).getUTCFullYear()
    let caseNumber: string
    do {
      caseNumber = `TA-${year}-${String(random.int(0, 999_999)).padStart(6, '0')}`
    } while (caseNumbers.has(caseNumber))
    caseNumbers.add(caseNumber)
    const persecutionIds = persecutionFor(c.id)
      .distinct(random, random.pick([1, 1, 2, 2, 3]))
      .map((t) => t.id)
    const reliefIds = [
      ...(random.chance(0.97) ? [relief('asylum').id] : []),
      ...(random.chance(0.92) ? [relief('withholding').id] : []),
      ...(random.chance(0.75) ? [relief('cat').id] : []),
    ]
    if (reliefIds.length === 0) reliefIds.push(relief('asylum').id)
    const st = stageDist.one(random)
    const court =
      st.slug === 'asylum-office' ? random.pick(asylumOffices) : random.pick(immigrationCourts)
    const courtAdjudicators = adjudicatorsByCourt.get(court.id) ?? []
    const adjudicatorId =
      court.kind === 'immigration-court' && courtAdjudicators.length > 0 && random.chance(0.5)
        ? random.pick(courtAdjudicators)
        : null
    const ownerId = ownerDist.one(random)
    const isCentral = isCentralAmerican.has(c.id)
    cases.push({
      id,
      caseNumber,
      countryId: c.id,
      persecutionIds,
      reliefIds,
      ownerId,
      createdAt,
      stageId: st.id,
      courtId: court.id,
      adjudicatorId,
    })
    caseRows.push([
      id,
      caseNumber,
      random.chance(0.25) ? 'closed' : 'open',
      ownerId,
      c.id,
      st.id,
      court.id,
      adjudicatorId,
      random.chance(0.6) ? iso(now + random.int(7, 540) * DAY) : null,
      random.pick(['detained', 'not-detained', 'not-detained', 'unknown']),
      isCentral
        ? random.chance(0.15)
          ? random.pick(['K’iche’', 'Mam', 'Q’anjob’al'])
          : 'Spanish'
        : random.pick(languages),
      caseFacts(random),
      random.chance(0.05),
      iso(createdAt + random.int(0, 60) * DAY),
      iso(createdAt),
    ])
    persecutionIds.forEach((pid, i) => caseRels.push([i + 1, id, 'persecutionTypes', pid, null]))
    reliefIds.forEach((rid, i) => caseRels.push([i + 1, id, 'reliefSought', null, rid]))
    groundDist.distinct(random, random.pick([1, 1, 2])).forEach((g, i) => {
      groundRows.push([i + 1, id, g])
    })
    if (random.chance(0.1)) {
      shareRows.push([
        1,
        id,
        rowId(random),
        random.int(1, counts.advocates),
        ownerId,
        iso(createdAt + random.int(1, 90) * DAY),
        true,
      ])
    }
    if (random.chance(0.3)) {
      const n = random.int(1, 2)
      for (let i = 0; i < n; i += 1) {
        deadlineRows.push([
          i + 1,
          id,
          rowId(random),
          random.pick(['Evidence due', 'Brief due', 'Biometrics', 'Master calendar hearing']),
          iso(now + random.int(1, 300) * DAY),
        ])
      }
    }
  }
  await time('cases', async () => {
    await insertRows(
      client,
      'cases',
      [
        { name: 'id', type: 'int' },
        { name: 'case_number', type: 'text' },
        { name: 'status', type: 'text', cast: 'enum_cases_status' },
        { name: 'owner_id', type: 'int' },
        { name: 'country_id', type: 'int' },
        { name: 'procedural_stage_id', type: 'int' },
        { name: 'court_id', type: 'int' },
        { name: 'adjudicator_id', type: 'int' },
        { name: 'next_hearing_date', type: 'timestamptz' },
        { name: 'detention', type: 'text', cast: 'enum_cases_detention' },
        { name: 'language', type: 'text' },
        { name: 'facts', type: 'text' },
        { name: 'legacy_import', type: 'bool' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      caseRows,
    )
    await insertRows(
      client,
      'cases_rels',
      relsColumns(
        { name: 'persecution_types_id', type: 'int' },
        { name: 'relief_types_id', type: 'int' },
      ),
      caseRels,
    )
    await insertRows(
      client,
      'cases_protected_grounds',
      selectColumns('enum_cases_protected_grounds'),
      groundRows,
    )
    await insertRows(
      client,
      'cases_shares',
      arrayRowColumns(
        { name: 'user_id', type: 'int' },
        { name: 'shared_by_id', type: 'int' },
        { name: 'shared_at', type: 'timestamptz' },
        { name: 'attestation', type: 'bool' },
      ),
      shareRows,
    )
    await insertRows(
      client,
      'cases_deadlines',
      arrayRowColumns({ name: 'label', type: 'text' }, { name: 'date', type: 'timestamptz' }),
      deadlineRows,
    )
  })
  return { cases }
}

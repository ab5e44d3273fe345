/**
 * Fills a FRESH bench database with a realistic, deterministic TA Library:
 * 20,000 resources, 60,000 cases with intake answers, 100,000 outcomes (× BENCH_SCALE), plus the
 * organizations, advocates and audit trail around them.
 *
 *   npx tsx bench/library/generate.ts
 *
 * Payload is initialised once with the real config (schema push, vocabularies), then rows go in
 * with multi-row INSERT … SELECT FROM unnest(…) into Payload's own tables, the library index is
 * rebuilt with the engine's reindexAllResources, and the tables are analysed.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import {
  benchDatabaseName,
  benchDir,
  describeUrl,
  log,
  manifestPath,
  openBenchDatabase,
  type CaseTarget,
  type Manifest,
} from './config'
import {
  bodyParagraphs,
  caseFacts,
  centralAmericaBoost,
  expertTitleFor,
  headlineCountrySlugs,
  outcomeText,
  persecutionOrder,
  summaryFor,
  tailCountrySlugs,
  titleFor,
  type TextContext,
} from './corpus'
import { createRandom, weighted, zipfWeights, type Random } from './random'

const seed = Number(process.env.BENCH_SEED || 20261127)
const scale = Number(process.env.BENCH_SCALE || 1)
const counts = {
  resources: Math.round(20_000 * scale),
  cases: Math.round(60_000 * scale),
  outcomes: Math.round(100_000 * scale),
  advocates: Math.round(4_000 * scale),
  organizations: Math.round(600 * scale),
  adjudicators: 300,
  accessEvents: Math.round(200_000 * scale),
}

if (process.env.NODE_ENV === 'production') {
  console.error('Run the generator without NODE_ENV=production: it relies on schema push.')
  process.exit(2)
}

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 27, 12, 0, 0)
const iso = (ms: number) => new Date(ms).toISOString()

// ---------------------------------------------------------------------------------------------
// Bulk insert: one INSERT … SELECT FROM unnest($1::t[], …) per batch, one array per column.

type ColumnType = 'int' | 'text' | 'bool' | 'timestamptz' | 'numeric'
type Column = { name: string; type: ColumnType; cast?: string }

/**
 * Every generated row, hashed in insertion order: the same seed and scale must give the same
 * checksum (the manifest records it), whatever shape the generator's code takes.
 */
const rowsChecksum = createHash('sha256')

const insertRows = async (
  client: pg.Client,
  table: string,
  columns: Column[],
  rows: unknown[][],
  batchSize = 5_000,
) => {
  const names = columns.map((c) => `"${c.name}"`).join(', ')
  const select = columns.map((c, i) => `u.c${i}${c.cast ? `::${c.cast}` : ''}`).join(', ')
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')
  const aliases = columns.map((_, i) => `c${i}`).join(', ')
  const text = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases})`
  rowsChecksum.update(`${table}:${names}:${rows.length}:${JSON.stringify(rows)}\n`)
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize)
    const values = columns.map((_, i) => batch.map((row) => row[i] ?? null))
    await client.query(text, values)
  }
}

/** Payload gives array rows string ids (ObjectId-like); any unique string works. */
const rowId = (random: Random) =>
  Array.from({ length: 24 }, () => '0123456789abcdef'[random.int(0, 15)]).join('')

const main = async () => {
  const started = performance.now()
  const timings: Record<string, number> = {}
  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    const result = await work()
    timings[label] = Math.round(performance.now() - t0)
    log(`${label}: ${timings[label]} ms`)
    return result
  }

  mkdirSync(benchDir, { recursive: true })
  const db = await openBenchDatabase({ isFresh: true })
  log(`Fresh bench database: ${describeUrl(db.url)}`)

  // The real config, as a development start would run it: schema push, vocabularies, no demo.
  process.env.DATABASE_URL = db.url
  process.env.DATA_DIR = path.join(benchDir, 'data')
  process.env.SEED_DEMO = 'false'
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  // Without these, a development init would connect to the HMR socket of whatever runs on port
  // 3000 and start `generate:types`, which rewrites src/payload-types.ts in the working tree.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../payload.config')
  const { reindexAllResources } = await import('../../src/library/indexer')
  const { runLibraryQuery } = await import('../../src/library/query')
  const { migrations } = await import('../../src/migrations')
  const config = await configPromise
  const payload = await time('payload init (schema push, vocabularies)', () =>
    getPayload({
      config: { ...config, typescript: { ...config.typescript, autoGenerate: false } },
    }),
  )

  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  // Bulk load: the generated rows are consistent by construction, so skip the per-row foreign-key
  // triggers (superuser-only setting; the bench cluster's user is one) and the commit flush.
  await client.query(`SET session_replication_role = replica`).catch(() => {})
  await client.query(`SET synchronous_commit = off`)
  const random = createRandom(seed)

  type Term = { id: number; slug: string; name: string }
  const terms = async (table: string, extra = '') =>
    (
      await client.query<Term & Record<string, unknown>>(
        `SELECT id, slug, name${extra} FROM ${table} ORDER BY id`,
      )
    ).rows
  const countries = await terms('countries')
  const persecutionTypes = await terms('persecution_types')
  const documentTypes = await terms('document_types', ', is_country_scoped')
  const stages = await terms('procedural_stages', ', "order"')
  const topics = await terms('topics', ', audience::text AS audience')
  const reliefTypes = await terms('relief_types')
  const courts = await terms('courts', ', kind::text AS kind')
  const bySlug = <T extends Term>(list: T[]) => {
    const map = new Map(list.map((t) => [t.slug, t]))
    return (slug: string) => {
      const term = map.get(slug)
      if (!term) throw new Error(`Unknown vocabulary slug ${slug}`)
      return term
    }
  }
  const country = bySlug(countries)
  const persecution = bySlug(persecutionTypes)
  const docType = bySlug(documentTypes)
  const stage = bySlug(stages)
  const relief = bySlug(reliefTypes)

  // --- Distributions -------------------------------------------------------------------------
  const headline = headlineCountrySlugs.map((slug) => country(slug))
  const curatedTail = tailCountrySlugs.map((slug) => country(slug))
  const taken = new Set([...headline, ...curatedTail].map((c) => c.id))
  const tail = [...curatedTail, ...random.shuffle(countries.filter((c) => !taken.has(c.id)))].slice(
    0,
    116,
  )
  const tailZipf = zipfWeights(tail.length, 1.1)
  const tailSum = tailZipf.reduce((a, b) => a + b, 0)
  const countryDist = (headlineShares: number[]) =>
    weighted(
      [...headline, ...tail],
      [
        ...headlineShares,
        ...tailZipf.map((w) => (w / tailSum) * (1 - headlineShares.reduce((a, b) => a + b, 0))),
      ],
    )
  const resourceCountry = countryDist([0.17, 0.15, 0.13, 0.11])
  const caseCountry = countryDist([0.2, 0.19, 0.14, 0.1])
  const isCentralAmerican = new Set(headline.map((c) => c.id))

  const persecutionTerms = persecutionOrder.map((slug) => persecution(slug))
  const baseWeights = zipfWeights(persecutionTerms.length, 1)
  const persecutionGlobal = weighted(persecutionTerms, baseWeights)
  const persecutionCentral = weighted(
    persecutionTerms,
    baseWeights.map((w, i) => w * (centralAmericaBoost[persecutionTerms[i]!.slug] ?? 1)),
  )
  const persecutionFor = (countryId: number | null) =>
    countryId !== null && isCentralAmerican.has(countryId) ? persecutionCentral : persecutionGlobal

  const reliefDist = weighted(
    reliefTypes,
    reliefTypes.map((r) => (r.slug === 'asylum' ? 2 : 1)),
  )
  const stageDist = weighted(
    stages,
    stages.map(
      (s) =>
        ({
          'credible-or-reasonable-fear': 8,
          'asylum-office': 20,
          'immigration-court': 55,
          'board-of-immigration-appeals': 10,
          'federal-court': 3,
          'motion-to-reopen-or-reconsider': 4,
        })[s.slug] ?? 1,
    ),
  )
  const advocateTopics = topics.filter((t) => t.audience !== 'experts')
  const expertTopics = topics.filter((t) => t.audience !== 'advocates')
  const advocateTypeDist = weighted(
    [
      'country-conditions',
      'expert-declaration',
      'practice-advisory',
      'sample-brief',
      'unpublished-decision',
      'filing',
      'training',
    ].map((slug) => docType(slug)),
    [0.4, 0.08, 0.09, 0.12, 0.16, 0.09, 0.06],
  )
  const expertTypeDist = weighted(
    ['practice-advisory', 'training', 'expert-declaration', 'country-conditions'].map((slug) =>
      docType(slug),
    ),
    [0.35, 0.35, 0.2, 0.1],
  )
  const immigrationCourts = courts.filter((c) => c.kind === 'immigration-court')
  const asylumOffices = courts.filter((c) => c.kind === 'asylum-office')

  // Skewed toward recent years: density grows with time over `years`.
  const recentDate = (years: number) =>
    now - years * 365 * DAY * (1 - Math.pow(random.next(), 1 / 1.6))

  // --- Organizations and advocates -----------------------------------------------------------
  const orgKinds = ['nonprofit', 'law-firm', 'clinic', 'solo', 'other'] as const
  const orgWords = ['Immigrant', 'Refugee', 'Asylum', 'Justice', 'Legal Aid', 'Human Rights']
  const orgPlaces = [
    'Bay Area',
    'Houston',
    'Chicago',
    'Miami',
    'New York',
    'Los Angeles',
    'Denver',
    'Atlanta',
    'Seattle',
    'Boston',
    'San Antonio',
    'Newark',
    'Charlotte',
    'Phoenix',
  ]
  const states = ['CA', 'TX', 'IL', 'FL', 'NY', 'CO', 'GA', 'WA', 'MA', 'NJ', 'NC', 'AZ']
  const orgRows: unknown[][] = []
  for (let i = 1; i <= counts.organizations; i += 1) {
    const kind = random.pick(orgKinds)
    orgRows.push([
      i,
      `${random.pick(orgPlaces)} ${random.pick(orgWords)} ${kind === 'law-firm' ? 'Partners' : kind === 'clinic' ? 'Clinic' : 'Project'} ${i}`,
      kind,
      random.pick(states),
      iso(now - random.int(400, 3000) * DAY),
    ])
  }
  await time('organizations', () =>
    insertRows(
      client,
      'organizations',
      [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'kind', type: 'text', cast: 'enum_organizations_kind' },
        { name: 'state', type: 'text' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      orgRows,
    ),
  )

  const advocateTypes = [
    'attorney',
    'accredited-representative',
    'paralegal',
    'law-student',
    'other',
  ]
  const advocateOrg: number[] = [0]
  const userRows: unknown[][] = []
  for (let i = 1; i <= counts.advocates; i += 1) {
    const org = random.int(1, counts.organizations)
    advocateOrg.push(org)
    userRows.push([
      i,
      `Bench Advocate ${i}`,
      'advocate',
      org,
      random.pick(advocateTypes),
      `advocate${i}@bench.example`,
      true,
      iso(now - random.int(30, 2000) * DAY),
    ])
  }
  await time('users', () =>
    insertRows(
      client,
      'users',
      [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'role', type: 'text', cast: 'enum_users_role' },
        { name: 'organization_id', type: 'int' },
        { name: 'advocate_type', type: 'text', cast: 'enum_users_advocate_type' },
        { name: 'email', type: 'text' },
        { name: '_verified', type: 'bool' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      userRows,
    ),
  )
  // Some advocates carry many cases, most a few.
  const ownerDist = weighted(
    Array.from({ length: counts.advocates }, (_, i) => i + 1),
    zipfWeights(counts.advocates, 0.6),
  )

  // --- Adjudicators --------------------------------------------------------------------------
  const lastNames = [
    'Alvarez',
    'Brennan',
    'Castillo',
    'Dawson',
    'Evans',
    'Flores',
    'Garcia',
    'Hughes',
    'Ibarra',
    'Jensen',
    'Kim',
    'Lopez',
    'Morales',
    'Nguyen',
    'Ortiz',
    'Patel',
    'Quinn',
    'Reyes',
    'Schmidt',
    'Torres',
  ]
  const adjudicatorRows: unknown[][] = []
  const adjudicatorsByCourt = new Map<number, number[]>()
  for (let i = 1; i <= counts.adjudicators; i += 1) {
    const court = random.pick(immigrationCourts)
    adjudicatorsByCourt.set(court.id, [...(adjudicatorsByCourt.get(court.id) ?? []), i])
    adjudicatorRows.push([i, `IJ ${random.pick(lastNames)} ${i}`, `ij-${i}`, court.id])
  }
  await time('adjudicators', () =>
    insertRows(
      client,
      'adjudicators',
      [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'slug', type: 'text' },
        { name: 'court_id', type: 'int' },
      ],
      adjudicatorRows,
    ),
  )

  // --- Cases ---------------------------------------------------------------------------------
  type GeneratedCase = {
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
      [
        { name: 'order', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'path', type: 'text' },
        { name: 'persecution_types_id', type: 'int' },
        { name: 'relief_types_id', type: 'int' },
      ],
      caseRels,
    )
    await insertRows(
      client,
      'cases_protected_grounds',
      [
        { name: 'order', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'value', type: 'text', cast: 'enum_cases_protected_grounds' },
      ],
      groundRows,
    )
    await insertRows(
      client,
      'cases_shares',
      [
        { name: '_order', type: 'int' },
        { name: '_parent_id', type: 'int' },
        { name: 'id', type: 'text' },
        { name: 'user_id', type: 'int' },
        { name: 'shared_by_id', type: 'int' },
        { name: 'shared_at', type: 'timestamptz' },
        { name: 'attestation', type: 'bool' },
      ],
      shareRows,
    )
    await insertRows(
      client,
      'cases_deadlines',
      [
        { name: '_order', type: 'int' },
        { name: '_parent_id', type: 'int' },
        { name: 'id', type: 'text' },
        { name: 'label', type: 'text' },
        { name: 'date', type: 'timestamptz' },
      ],
      deadlineRows,
    )
  })

  // --- Outcomes ------------------------------------------------------------------------------
  const outcomeRows: unknown[][] = []
  const resultRows: unknown[][] = []
  const argumentRows: unknown[][] = []
  const evidenceRows: unknown[][] = []
  const feedbackRows: unknown[][] = []
  const casesWithOutcomes: GeneratedCase[] = []
  const resultDist = weighted(['granted', 'denied', 'other-relief', 'pending'], [35, 40, 5, 20])
  const argumentValues = [
    'psg-formulation',
    'political-opinion',
    'nexus',
    'state-protection',
    'internal-relocation',
    'past-persecution',
    'well-founded-fear',
    'credibility',
    'one-year-bar',
    'cat-acquiescence',
    'humanitarian-asylum',
    'other',
  ]
  const evidenceValues = [
    'expert-testimony',
    'country-conditions',
    'medical-evaluation',
    'psychological-evaluation',
    'applicant-testimony',
    'witness-declarations',
    'documents-from-country',
    'other',
  ]
  for (let id = 1; id <= counts.outcomes; id += 1) {
    const theCase = cases[random.int(0, cases.length - 1)]!
    casesWithOutcomes.push(theCase)
    const decisionDate = theCase.createdAt + random.next() * Math.max(DAY, now - theCase.createdAt)
    outcomeRows.push([
      id,
      theCase.id,
      theCase.ownerId,
      iso(decisionDate),
      random.chance(0.8) ? theCase.stageId : stageDist.one(random).id,
      theCase.courtId,
      theCase.adjudicatorId,
      random.pick(outcomeText.arguments),
      random.pick(outcomeText.evidence),
      random.pick(outcomeText.rationale),
      random.chance(0.4),
      iso(decisionDate + random.int(1, 30) * DAY),
    ])
    theCase.reliefIds.forEach((rid, i) => {
      resultRows.push([i + 1, id, rowId(random), rid, resultDist.one(random)])
    })
    random
      .sample(argumentValues, random.int(1, 3))
      .forEach((v, i) => argumentRows.push([i + 1, id, v]))
    random
      .sample(evidenceValues, random.int(1, 2))
      .forEach((v, i) => evidenceRows.push([i + 1, id, v]))
    if (random.chance(0.05)) {
      feedbackRows.push([
        1,
        id,
        rowId(random),
        'Dr. Country Expert',
        'Clear, well-sourced declaration.',
        random.chance(0.3),
      ])
    }
  }
  await time('outcomes', async () => {
    await insertRows(
      client,
      'outcomes',
      [
        { name: 'id', type: 'int' },
        { name: 'case_id', type: 'int' },
        { name: 'reported_by_id', type: 'int' },
        { name: 'decision_date', type: 'timestamptz' },
        { name: 'stage_id', type: 'int' },
        { name: 'court_id', type: 'int' },
        { name: 'adjudicator_id', type: 'int' },
        { name: 'arguments_text', type: 'text' },
        { name: 'persuasive_evidence_text', type: 'text' },
        { name: 'rationale', type: 'text' },
        { name: 'permission_to_share', type: 'bool' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      outcomeRows,
    )
    await insertRows(
      client,
      'outcomes_results',
      [
        { name: '_order', type: 'int' },
        { name: '_parent_id', type: 'int' },
        { name: 'id', type: 'text' },
        { name: 'relief_id', type: 'int' },
        { name: 'result', type: 'text', cast: 'enum_outcomes_results_result' },
      ],
      resultRows,
    )
    await insertRows(
      client,
      'outcomes_arguments',
      [
        { name: 'order', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'value', type: 'text', cast: 'enum_outcomes_arguments' },
      ],
      argumentRows,
    )
    await insertRows(
      client,
      'outcomes_persuasive_evidence',
      [
        { name: 'order', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'value', type: 'text', cast: 'enum_outcomes_persuasive_evidence' },
      ],
      evidenceRows,
    )
    await insertRows(
      client,
      'outcomes_expert_feedback',
      [
        { name: '_order', type: 'int' },
        { name: '_parent_id', type: 'int' },
        { name: 'id', type: 'text' },
        { name: 'expert_name', type: 'text' },
        { name: 'feedback', type: 'text' },
        { name: 'keep_confidential', type: 'bool' },
      ],
      feedbackRows,
    )
  })

  // --- Resources -----------------------------------------------------------------------------
  const resourceRows: unknown[][] = []
  const resourceRels: unknown[][] = []
  for (let id = 1; id <= counts.resources; id += 1) {
    const isExpert = random.chance(0.06)
    const type = isExpert ? expertTypeDist.one(random) : advocateTypeDist.one(random)
    const isCountryScoped = Boolean(type.is_country_scoped)
    // Countries: one (sometimes two) for country-scoped types; an occasional tag on others.
    const countryTags = isCountryScoped
      ? resourceCountry.distinct(random, random.chance(0.12) ? 2 : 1)
      : random.chance(0.25)
        ? [resourceCountry.one(random)]
        : []
    const mainCountry = countryTags[0]?.id ?? null
    const persecutionCount = (() => {
      switch (type.slug) {
        case 'country-conditions':
          return random.chance(0.25) ? 0 : random.int(1, 3)
        case 'unpublished-decision':
          return random.chance(0.03) ? 0 : random.int(1, 2)
        case 'expert-declaration':
        case 'sample-brief':
          return random.int(1, 2)
        case 'practice-advisory':
          return random.chance(0.15) ? 0 : random.int(1, 2)
        case 'filing':
          return random.chance(0.2) ? 0 : random.int(1, 2)
        default:
          return random.chance(0.3) ? 0 : random.int(1, 2)
      }
    })()
    const persecutionTags = persecutionFor(mainCountry).distinct(random, persecutionCount)
    const reliefTags = random.chance(type.slug === 'country-conditions' ? 0.85 : 0.5)
      ? []
      : reliefDist.distinct(random, random.int(1, 2))
    const stageTags = random.chance(isCountryScoped ? 0.9 : 0.4)
      ? []
      : stageDist.distinct(random, random.int(1, 2))
    const topicTags = isExpert
      ? random.sample(expertTopics, random.int(1, 2))
      : random.chance(0.55)
        ? []
        : random.sample(advocateTopics, random.int(1, 2))

    const publishedAt = recentDate(15)
    const updatedAt = random.chance(0.3) ? publishedAt + random.next() * (now - publishedAt) : null
    const year = new Date(publishedAt).getUTCFullYear()
    const context: TextContext = {
      countryNames: countryTags.map((c) => c.name),
      persecutionSlugs: persecutionTags.map((p) => p.slug),
      persecutionNames: persecutionTags.map((p) => p.name),
    }
    const title = isExpert
      ? expertTitleFor(random, topicTags[0]?.name ?? 'Expert Practice', year)
      : titleFor(
          random,
          type.slug,
          context,
          year,
          stageTags[0]?.name ?? null,
          topicTags[0]?.name ?? null,
        )
    const summary = summaryFor(random, context, type.name)
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: bodyParagraphs(random, context, random.int(200, 600)).map((text) => ({
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          children: [
            { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          ],
        })),
      },
    }
    const isDecision = type.slug === 'unpublished-decision'
    const clearance = random.next()
    // ~60% of decisions are cleared (redacted and permitted); the rest lack one or both.
    const isRedacted = isDecision && clearance < 0.8
    const hasPermission = isDecision && (clearance < 0.6 || (clearance >= 0.8 && clearance < 0.9))
    const sourceCase = isDecision ? random.pick(casesWithOutcomes).caseNumber : null
    resourceRows.push([
      id,
      title.slice(0, 300),
      summary.slice(0, 2000),
      type.id,
      isExpert ? 'experts' : 'advocates',
      iso(publishedAt),
      updatedAt === null ? null : iso(updatedAt),
      type.slug === 'country-conditions'
        ? random.chance(0.85)
        : type.slug === 'expert-declaration'
          ? random.chance(0.6)
          : random.chance(0.05),
      sourceCase,
      isRedacted,
      hasPermission,
      type.slug === 'training' ? `https://training.example.org/webinars/${id}` : null,
      JSON.stringify(body),
      iso(updatedAt ?? publishedAt),
      iso(publishedAt),
      random.chance(0.95) ? 'published' : 'draft',
    ])
    let order = 1
    const rel = (pathName: string, column: number, tagId: number) => {
      const row: unknown[] = [order, id, pathName, null, null, null, null, null]
      row[3 + column] = tagId
      order += 1
      resourceRels.push(row)
    }
    countryTags.forEach((t) => rel('countries', 0, t.id))
    persecutionTags.forEach((t) => rel('persecutionTypes', 1, t.id))
    reliefTags.forEach((t) => rel('reliefTypes', 2, t.id))
    stageTags.forEach((t) => rel('proceduralStages', 3, t.id))
    topicTags.forEach((t) => rel('topics', 4, t.id))
  }
  await time('resources', async () => {
    await insertRows(
      client,
      'resources',
      [
        { name: 'id', type: 'int' },
        { name: 'title', type: 'text' },
        { name: 'summary', type: 'text' },
        { name: 'document_type_id', type: 'int' },
        { name: 'audience', type: 'text', cast: 'enum_resources_audience' },
        { name: 'published_at', type: 'timestamptz' },
        { name: 'content_updated_at', type: 'timestamptz' },
        { name: 'may_be_filed_as_evidence', type: 'bool' },
        { name: 'source_case_number', type: 'text' },
        { name: 'is_redacted', type: 'bool' },
        { name: 'has_attorney_permission', type: 'bool' },
        { name: 'external_url', type: 'text' },
        { name: 'body', type: 'text', cast: 'jsonb' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
        { name: '_status', type: 'text', cast: 'enum_resources_status' },
      ],
      resourceRows,
      2_000,
    )
    await insertRows(
      client,
      'resources_rels',
      [
        { name: 'order', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'path', type: 'text' },
        { name: 'countries_id', type: 'int' },
        { name: 'persecution_types_id', type: 'int' },
        { name: 'relief_types_id', type: 'int' },
        { name: 'procedural_stages_id', type: 'int' },
        { name: 'topics_id', type: 'int' },
      ],
      resourceRels,
    )
  })

  // --- Audit trail: the library views, opens and downloads of the past two years -------------
  const eventRows: unknown[][] = []
  const actionDist = weighted(['view-library', 'open-resource', 'download'], [70, 20, 10])
  for (let id = 1; id <= counts.accessEvents; id += 1) {
    const theCase = cases[random.int(0, cases.length - 1)]!
    const action = actionDist.one(random)
    const at = iso(now - random.next() * 730 * DAY)
    eventRows.push([
      id,
      action,
      theCase.ownerId,
      advocateOrg[theCase.ownerId],
      theCase.id,
      action === 'view-library' ? null : random.int(1, counts.resources),
      action === 'view-library'
        ? JSON.stringify({ page: 1, total: random.int(200, 3000), hasSearch: random.chance(0.3) })
        : null,
      at,
      at,
    ])
  }
  await time('access events', () =>
    insertRows(
      client,
      'access_events',
      [
        { name: 'id', type: 'int' },
        { name: 'action', type: 'text', cast: 'enum_access_events_action' },
        { name: 'actor_id', type: 'int' },
        { name: 'organization_id', type: 'int' },
        { name: 'case_id', type: 'int' },
        { name: 'resource_id', type: 'int' },
        { name: 'details', type: 'text', cast: 'jsonb' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      eventRows,
    ),
  )

  // Explicit ids were inserted: move each serial sequence past them.
  for (const table of [
    'organizations',
    'users',
    'adjudicators',
    'cases',
    'cases_rels',
    'cases_protected_grounds',
    'outcomes',
    'outcomes_arguments',
    'outcomes_persuasive_evidence',
    'resources',
    'resources_rels',
    'access_events',
  ]) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM "${table}"))`,
    )
  }

  await time('library index (reindexAllResources)', () => reindexAllResources(payload))
  await time('vacuum analyze', () => client.query('VACUUM ANALYZE'))

  // Production starts apply the committed migrations; this schema was pushed from the same
  // config, so record them as applied (and drop the "dev push" marker that would make a
  // production start stop and ask).
  await client.query(`DELETE FROM payload_migrations`)
  for (const migration of migrations) {
    await client.query(`INSERT INTO payload_migrations (name, batch) VALUES ($1, 1)`, [
      migration.name,
    ])
  }

  // --- Targets for the runner ----------------------------------------------------------------
  const largest = (
    await client.query<{ country_id: number; n: string }>(`
      SELECT c AS country_id, count(*) AS n
      FROM library_index li, unnest(li.country_ids) AS c
      WHERE li.document_type_slug = 'country-conditions' AND li.is_published AND li.audience = 'advocates'
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`)
  ).rows[0]!
  const allRelief = reliefTypes.map((r) => r.id).sort((a, b) => a - b)
  const sameSet = (a: number[], b: number[]) =>
    a.length === b.length &&
    [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i])
  const pickCase = (countryId: number, persecutionSlugs: string[]): CaseTarget => {
    const wanted = persecutionSlugs.map((slug) => persecution(slug).id)
    const found =
      cases.find(
        (c) =>
          c.countryId === countryId &&
          sameSet(c.persecutionIds, wanted) &&
          sameSet(c.reliefIds, allRelief),
      ) ??
      cases.find((c) => c.countryId === countryId && c.persecutionIds.includes(wanted[0]!)) ??
      cases.find((c) => c.countryId === countryId)!
    return {
      id: found.id,
      caseNumber: found.caseNumber,
      countryId,
      countryName: countries.find((c) => c.id === countryId)!.name,
      persecutionTypeIds: found.persecutionIds,
      reliefTypeIds: found.reliefIds,
    }
  }
  const typical = pickCase(country('honduras').id, ['gang-based-harm', 'extortion'])
  const largestCountry = {
    ...pickCase(largest.country_id, ['domestic-violence', 'gender-based-violence']),
    countryConditions: Number(largest.n),
  }

  // --- Smoke checks through Payload's Local API and the engine --------------------------------
  const resources = await payload.find({
    collection: 'resources',
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const casesPage = await payload.find({
    collection: 'cases',
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const outcomesPage = await payload.find({
    collection: 'outcomes',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (
    resources.totalDocs !== counts.resources ||
    !resources.docs[0]?.title ||
    casesPage.totalDocs !== counts.cases ||
    !casesPage.docs[0]?.caseNumber ||
    outcomesPage.totalDocs !== counts.outcomes
  ) {
    throw new Error('Smoke check failed: Payload does not read the generated rows back.')
  }
  const library = await runLibraryQuery(payload, {
    scope: {
      kind: 'case',
      theCase: {
        countryId: typical.countryId,
        persecutionTypeIds: typical.persecutionTypeIds,
        reliefTypeIds: typical.reliefTypeIds,
      },
    },
    filters: { countries: [], persecutionTypes: [], documentTypes: [], stages: [], topics: [] },
  })
  log(
    `Smoke check: Payload reads ${resources.totalDocs} resources, ${casesPage.totalDocs} cases, ${outcomesPage.totalDocs} outcomes; ` +
      `typical case ${typical.caseNumber} (${typical.countryName}) has ${library.total} library items.`,
  )

  const tableCounts: Record<string, number> = {}
  for (const table of [
    'organizations',
    'users',
    'cases',
    'cases_rels',
    'outcomes',
    'outcomes_results',
    'resources',
    'resources_rels',
    'library_index',
    'access_events',
  ]) {
    tableCounts[table] = Number(
      (await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n,
    )
  }
  const version = (
    await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
  ).rows[0]!.v
  await client.end()

  timings.total = Math.round(performance.now() - started)
  const manifest: Manifest = {
    seed,
    scale,
    generatedAt: new Date().toISOString(),
    database: {
      kind: db.kind,
      url: describeUrl(db.url),
      postgres: version,
    },
    counts: tableCounts,
    rowsChecksum: rowsChecksum.digest('hex'),
    timingsMs: timings,
    targets: {
      typical,
      largestCountry,
      filterStage: { id: stage('immigration-court').id, name: stage('immigration-court').name },
    },
    documentTypeIds: Object.fromEntries(documentTypes.map((d) => [d.slug, d.id])),
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  log(`Rows: ${JSON.stringify(tableCounts)}`)
  log(
    `Done in ${(timings.total / 1000).toFixed(1)} s; manifest in ${manifestPath} (database ${benchDatabaseName}).`,
  )

  // Payload keeps a pool client for the life of the process; stopping the server under it is the
  // expected end here, not a lost connection worth logging.
  payload.db.pool?.removeAllListeners('error')
  payload.db.pool?.on('error', () => {})
  await payload.destroy().catch(() => {})
  await db.stop()
  process.exit(0)
}

main().catch((error: Error) => {
  console.error(error)
  process.exit(1)
})

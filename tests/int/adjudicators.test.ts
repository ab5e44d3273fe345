import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerCase, editIntake } from '@/collections/Cases/services/saveIntake'
import { reportOutcome } from '@/collections/Outcomes/services/reportOutcome'
import { mergeEntry } from '@/collections/Vocabularies/services/mergeEntry'
import { referencesTo } from '@/collections/Vocabularies/services/references'
import { adjudicatorGroupsFor, validateCourtChoice } from '@/lib/portal/court-choice'
import { courtChoiceOf, toCaseData } from '@/lib/portal/intake'
import { flatten } from '@/lib/portal/options'
import { loadIntakeOptions } from '@/lib/portal/vocabularies'
import type { Case } from '@/payload-types'
import { idsBySlug } from '@/seed/seed-vocabularies'

import type { TestAccount } from '../helpers/accounts'
import { trackCreatedRecords } from '../helpers/cleanup'
import { getTestPayload, graphql, rest } from '../helpers/payload'
import { type CaseRole, makeCaseWithPeople, requestAs } from '../helpers/services'

/**
 * Courts and adjudicators on the intake and the outcome form: a listed entry, or "not listed:
 * type the name", stored unconfirmed at its court (once, however many people type it at once);
 * only staff confirm one or merge it into another, which moves every reference to it.
 */
const unique = `adj${Date.now().toString(36)}`

let payload: Payload
let people: Record<CaseRole, TestAccount>
let theCase: Case
let asylum: number
let courtA: number
let courtB: number
let listedJudge: number
let base: Record<string, string | string[]>
let removeCreatedRecords: () => Promise<void>

const as = (account?: TestAccount) => requestAs(payload, account?.user)

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

/** A complete intake's answers, with the court and adjudicator ones given. */
const intake = (court: Record<string, string>) => ({ ...base, ...court })

/** Registers a case as `account` from intake answers, as the intake's server action does. */
const register = async (account: TestAccount, values: Record<string, string | string[]>) => {
  const result = await registerCase({
    req: await as(account),
    data: toCaseData(values),
    courtChoice: courtChoiceOf(values),
  })
  if (!result.ok) throw new Error(result.message)
  return result.value.id
}

const storedCase = (id: number) =>
  payload.findByID({ collection: 'cases', id, depth: 0, overrideAccess: true })

const adjudicatorsNamed = async (nameKey: string) =>
  (
    await payload.find({
      collection: 'adjudicators',
      where: { nameKey: { equals: nameKey } },
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    })
  ).docs

const courtsNamed = async (nameKey: string) =>
  (
    await payload.find({
      collection: 'courts',
      where: { nameKey: { equals: nameKey } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

const makeCourt = (name: string, verified = true) =>
  payload.create({
    collection: 'courts',
    data: {
      name,
      slug: `${unique}-${name.toLowerCase().replace(/\W+/g, '-')}`,
      kind: 'immigration-court',
      verified,
    },
    overrideAccess: true,
  })

const makeAdjudicator = (name: string, court: number, verified = true) =>
  payload.create({
    collection: 'adjudicators',
    data: {
      name,
      court,
      verified,
      slug: `${unique}-${name.toLowerCase().replace(/\W+/g, '-')}-${court}`,
    },
    overrideAccess: true,
  })

beforeAll(async () => {
  payload = await getTestPayload()
  removeCreatedRecords = await trackCreatedRecords(payload)
  ;({ people, theCase, asylum } = await makeCaseWithPeople({ payload, unique }))
  courtA = (await makeCourt(`Alpha ${unique} Immigration Court`)).id
  courtB = (await makeCourt(`Beta ${unique} Immigration Court`)).id
  listedJudge = (await makeAdjudicator(`Listed Judge ${unique}`, courtA)).id
  const [country, persecution, stage] = await Promise.all([
    idsBySlug(payload, 'countries'),
    idsBySlug(payload, 'persecution-types'),
    idsBySlug(payload, 'procedural-stages'),
  ])
  base = {
    country: String(country('honduras')),
    persecutionTypes: [String(persecution('gang-based-harm'))],
    protectedGrounds: [],
    reliefSought: [String(asylum)],
    proceduralStage: String(stage('immigration-court')),
    court: '',
    courtName: '',
    adjudicator: '',
    adjudicatorName: '',
    detention: 'unknown',
    language: '',
    nextHearingDate: '',
    deadlineLabel: [],
    deadlineDate: [],
    facts: '',
  }
})

afterAll(async () => {
  await removeCreatedRecords()
})

describe('typing a missing adjudicator or court', () => {
  it('should store a typed adjudicator unconfirmed at the chosen court and link the case', async () => {
    const caseId = await register(
      people.owner,
      intake({
        court: String(courtA),
        adjudicator: 'new',
        adjudicatorName: `  Hon. Typed  Judge ${unique} `,
      }),
    )
    const [entry] = await adjudicatorsNamed(`typed judge ${unique}`)
    expect(entry).toMatchObject({
      name: `Hon. Typed  Judge ${unique}`,
      court: courtA,
      verified: false,
    })
    expect(await storedCase(caseId)).toMatchObject({ court: courtA, adjudicator: entry!.id })
  })

  it('should give two advocates typing the same name at one court one entry', async () => {
    const first = await register(
      people.owner,
      intake({
        court: String(courtA),
        adjudicator: 'new',
        adjudicatorName: `José Pérez ${unique}`,
      }),
    )
    const second = await register(
      people.otherAdvocate,
      intake({
        court: String(courtA),
        adjudicatorName: `judge  jose perez ${unique.toUpperCase()}`,
      }),
    )
    const entries = await adjudicatorsNamed(`jose perez ${unique}`)
    expect(entries.map((e) => ({ court: e.court, verified: e.verified }))).toEqual([
      { court: courtA, verified: false },
    ])
    expect((await storedCase(first)).adjudicator).toBe(entries[0]!.id)
    expect((await storedCase(second)).adjudicator).toBe(entries[0]!.id)
  })

  it('should keep one name at two courts as two adjudicators', async () => {
    await register(
      people.owner,
      intake({
        court: String(courtA),
        adjudicator: 'new',
        adjudicatorName: `Same Name ${unique}`,
      }),
    )
    await register(
      people.owner,
      intake({
        court: String(courtB),
        adjudicator: 'new',
        adjudicatorName: `Same Name ${unique}`,
      }),
    )
    const entries = await adjudicatorsNamed(`same name ${unique}`)
    expect(entries.map((e) => e.court).sort()).toEqual([courtA, courtB].sort())
  })

  it('should store one entry when several advocates type the same name at the same moment', async () => {
    const rounds = 8
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const name = `Overlap ${round} ${unique}`
      const typists = [people.owner, people.otherAdvocate, people.shared, people.owner]
      const caseIds = await Promise.all(
        typists.map((account, index) =>
          register(
            account,
            intake({
              court: String(courtB),
              adjudicator: 'new',
              adjudicatorName: index % 2 ? name.toUpperCase() : name,
            }),
          ),
        ),
      )
      const entries = await adjudicatorsNamed(`overlap ${round} ${unique}`)
      const linked = new Set(
        await Promise.all(caseIds.map(async (id) => (await storedCase(id)).adjudicator)),
      )
      const after = { entries: entries.length, linked: [...linked] }
      const expected = { entries: 1, linked: [entries[0]?.id] }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should link a typed name to the listed adjudicator it matches, adding nothing', async () => {
    const caseId = await register(
      people.owner,
      intake({
        court: String(courtA),
        adjudicator: 'new',
        adjudicatorName: `Judge LISTED judge ${unique}`,
      }),
    )
    expect((await storedCase(caseId)).adjudicator).toBe(listedJudge)
    expect((await adjudicatorsNamed(`listed judge ${unique}`)).map((e) => e.id)).toEqual([
      listedJudge,
    ])
  })

  it('should store one typed court and one judge when outcomes type both at the same moment', async () => {
    const rounds = 5
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const answers = await Promise.all(
        [0, 1, 2].map(async () =>
          reportOutcome({
            req: await as(people.owner),
            caseId: theCase.id,
            answers: {
              decisionDate: yesterday(),
              [`result-${asylum}`]: 'granted',
              expertRows: '0',
              court: 'new:immigration-court',
              courtName: `Delta ${round} ${unique} Immigration Court`,
              adjudicator: 'new',
              adjudicatorName: `Delta Judge ${round} ${unique}`,
            },
          }),
        ),
      )
      const courts = await courtsNamed(`delta ${round} ${unique} immigration court`)
      const judges = await adjudicatorsNamed(`delta judge ${round} ${unique}`)
      const after = {
        saved: answers.map((a) => a.ok),
        courts: courts.length,
        judges: judges.map((j) => j.court === courts[0]?.id),
      }
      const expected = { saved: [true, true, true], courts: 1, judges: [true] }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should store a typed court and a judge typed with it, both unconfirmed, on an edit', async () => {
    const caseId = await register(people.owner, intake({}))
    const values = intake({
      court: 'new:asylum-office',
      courtName: `Gamma ${unique} Asylum Office`,
      adjudicator: 'new',
      adjudicatorName: `Officer Typed ${unique}`,
    })
    const result = await editIntake({
      req: await as(people.owner),
      caseId,
      data: toCaseData(values),
      courtChoice: courtChoiceOf(values),
    })
    expect(result.ok).toBe(true)
    const [court] = await courtsNamed(`gamma ${unique} asylum office`)
    const [judge] = await adjudicatorsNamed(`typed ${unique}`)
    expect(court).toMatchObject({ kind: 'asylum-office', verified: false })
    expect(judge).toMatchObject({ court: court!.id, verified: false })
    expect(await storedCase(caseId)).toMatchObject({ court: court!.id, adjudicator: judge!.id })
  })

  it('should store an outcome’s typed adjudicator unconfirmed at its court', async () => {
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: {
        decisionDate: yesterday(),
        [`result-${asylum}`]: 'granted',
        expertRows: '0',
        court: String(courtB),
        adjudicator: 'new',
        adjudicatorName: `Outcome Judge ${unique}`,
      },
    })
    expect(result.ok).toBe(true)
    const [judge] = await adjudicatorsNamed(`outcome judge ${unique}`)
    expect(judge).toMatchObject({ court: courtB, verified: false })
    const outcome = await payload.findByID({
      collection: 'outcomes',
      id: result.ok ? result.value.id : 0,
      depth: 0,
      overrideAccess: true,
    })
    expect(outcome).toMatchObject({ court: courtB, adjudicator: judge!.id })
  })

  it('should store a listed adjudicator chosen on the outcome form', async () => {
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: {
        decisionDate: yesterday(),
        [`result-${asylum}`]: 'denied',
        expertRows: '0',
        court: String(courtA),
        adjudicator: String(listedJudge),
      },
    })
    const outcome = await payload.findByID({
      collection: 'outcomes',
      id: result.ok ? result.value.id : 0,
      depth: 0,
      overrideAccess: true,
    })
    expect(outcome).toMatchObject({ court: courtA, adjudicator: listedJudge })
  })

  it('should refuse an outcome whose adjudicator sits at another court, storing nothing', async () => {
    const before = (await adjudicatorsNamed(`listed judge ${unique}`)).length
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: {
        decisionDate: yesterday(),
        [`result-${asylum}`]: 'denied',
        expertRows: '0',
        court: String(courtB),
        adjudicator: String(listedJudge),
      },
    })
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {}))).toEqual(['adjudicator'])
    expect((await adjudicatorsNamed(`listed judge ${unique}`)).length).toBe(before)
  })
})

describe('the form’s adjudicator choices', () => {
  it('should offer only the chosen court’s adjudicators, unconfirmed ones marked', async () => {
    await makeAdjudicator(`Unconfirmed Filter ${unique}`, courtB, false)
    const options = await loadIntakeOptions({ payload, user: people.owner.user })
    const labels = (court: string) =>
      flatten(adjudicatorGroupsFor(options.adjudicators, court))
        .map((o) => o.label)
        .filter((label) => label.includes(unique))
        .sort()
    expect(labels(String(courtA))).toEqual([
      `Hon. Typed  Judge ${unique} (unconfirmed)`,
      `José Pérez ${unique} (unconfirmed)`,
      `Listed Judge ${unique}`,
      `Same Name ${unique} (unconfirmed)`,
    ])
    expect(labels(String(courtB))).toContain(`Unconfirmed Filter ${unique} (unconfirmed)`)
    expect(labels(String(courtB))).not.toContain(`Listed Judge ${unique}`)
    expect(labels('new:immigration-court')).toEqual([])
  })

  it('should ask for the court before a typed adjudicator, and for the name', async () => {
    const options = await loadIntakeOptions({ payload, user: people.owner.user })
    const check = (values: Record<string, string>) =>
      validateCourtChoice({ values, courts: options.courts, adjudicators: options.adjudicators })
    expect(Object.keys(check({ adjudicator: 'new', adjudicatorName: 'A Name' }))).toEqual([
      'adjudicator',
    ])
    expect(Object.keys(check({ court: String(courtA), adjudicator: 'new' }))).toEqual([
      'adjudicatorName',
    ])
    expect(Object.keys(check({ court: 'new:immigration-court' }))).toEqual(['courtName'])
    expect(check({ court: String(courtA), adjudicator: String(listedJudge) })).toEqual({})
  })
})

describe('who may add or confirm entries', () => {
  it('should refuse an advocate creating a confirmed adjudicator over REST, GraphQL and the Local API', async () => {
    const name = `Self Confirmed ${unique}`
    const restAnswer = await rest('POST', '/adjudicators', {
      token: people.owner.token,
      body: { name, slug: `${unique}-rest`, court: courtA, verified: true },
    })
    const graphAnswer = await graphql(
      `mutation { createAdjudicator(data: { name: "${name}", slug: "${unique}-gql", court: ${courtA}, verified: true }) { id } }`,
      { token: people.owner.token },
    )
    const local = payload.create({
      collection: 'adjudicators',
      data: { name, slug: `${unique}-local`, court: courtA, verified: true },
      user: people.owner.user,
      overrideAccess: false,
    })
    await expect(local).rejects.toMatchObject({ status: 403 })
    expect(restAnswer.status).toBe(403)
    expect(graphAnswer.json.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await adjudicatorsNamed(`self confirmed ${unique}`)).toEqual([])
  })

  it('should refuse an advocate creating a court over REST', async () => {
    const answer = await rest('POST', '/courts', {
      token: people.owner.token,
      body: { name: `Self Court ${unique}`, slug: `${unique}-court`, kind: 'asylum-office' },
    })
    expect(answer.status).toBe(403)
    expect(await courtsNamed(`self court ${unique}`)).toEqual([])
  })

  it('should refuse an advocate confirming a typed entry over REST, GraphQL and the Local API', async () => {
    const entry = await makeAdjudicator(`To Confirm ${unique}`, courtA, false)
    const restAnswer = await rest('PATCH', `/adjudicators/${entry.id}`, {
      token: people.owner.token,
      body: { verified: true },
    })
    const graphAnswer = await graphql(
      `mutation { updateAdjudicator(id: ${entry.id}, data: { verified: true }) { id } }`,
      { token: people.owner.token },
    )
    const local = payload.update({
      collection: 'adjudicators',
      id: entry.id,
      data: { verified: true },
      user: people.owner.user,
      overrideAccess: false,
    })
    await expect(local).rejects.toMatchObject({ status: 403 })
    expect(restAnswer.status).toBe(403)
    expect(graphAnswer.json.errors?.[0]?.message).toMatch(/not allowed/i)
    const stored = await payload.findByID({
      collection: 'adjudicators',
      id: entry.id,
      overrideAccess: true,
    })
    expect(stored.verified).toBe(false)
  })

  it('should let staff confirm and rename a typed entry over REST', async () => {
    const entry = await makeAdjudicator(`Misspeled ${unique}`, courtA, false)
    const answer = await rest('PATCH', `/adjudicators/${entry.id}`, {
      token: people.staff.token,
      body: { verified: true, name: `Misspelled ${unique}` },
    })
    expect(answer.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'adjudicators',
      id: entry.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      verified: true,
      name: `Misspelled ${unique}`,
      nameKey: `misspelled ${unique}`,
    })
  })
})

describe('merging an entry into another', () => {
  it('should find every field that points at courts and adjudicators', () => {
    const paths = (slug: 'courts' | 'adjudicators') =>
      referencesTo(payload, slug)
        .map((r) => `${r.collection}.${r.path}${r.isNested ? ' (nested)' : ''}`)
        .sort()
    expect(paths('adjudicators')).toEqual(['cases.adjudicator', 'outcomes.adjudicator'])
    expect(paths('courts')).toEqual(['adjudicators.court', 'cases.court', 'outcomes.court'])
  })

  it('should move every case and outcome to the target, delete the source and log it', async () => {
    const source = await makeAdjudicator(`Duplicate ${unique}`, courtA, false)
    const target = await makeAdjudicator(`Original ${unique}`, courtA)
    const caseIds = [
      await register(
        people.owner,
        intake({ court: String(courtA), adjudicator: String(source.id) }),
      ),
      await register(
        people.otherAdvocate,
        intake({ court: String(courtA), adjudicator: String(source.id) }),
      ),
    ]
    const reported = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: {
        decisionDate: yesterday(),
        [`result-${asylum}`]: 'granted',
        expertRows: '0',
        court: String(courtA),
        adjudicator: String(source.id),
      },
    })
    const answer = await rest('POST', `/adjudicators/${source.id}/merge`, {
      token: people.staff.token,
      body: { into: target.id },
    })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ into: target.id, moved: { cases: 2, outcomes: 1 } })
    for (const id of caseIds) expect((await storedCase(id)).adjudicator).toBe(target.id)
    const outcome = await payload.findByID({
      collection: 'outcomes',
      id: reported.ok ? reported.value.id : 0,
      depth: 0,
      overrideAccess: true,
    })
    expect(outcome.adjudicator).toBe(target.id)
    const left = await payload.find({
      collection: 'adjudicators',
      where: { id: { equals: source.id } },
      overrideAccess: true,
    })
    expect(left.docs).toEqual([])
    const events = await payload.find({
      collection: 'access-events',
      where: { action: { equals: 'merge' } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(events.docs[0]).toMatchObject({
      actor: people.staff.user.id,
      details: {
        collection: 'adjudicators',
        from: source.id,
        fromName: `Duplicate ${unique}`,
        into: target.id,
        moved: { cases: 2, outcomes: 1 },
      },
    })
  })

  it('should move a court’s cases, outcomes and adjudicators to the target court', async () => {
    const source = await makeCourt(`Typo ${unique} Court`, false)
    const judge = await makeAdjudicator(`Sits At Typo ${unique}`, source.id, false)
    const caseId = await register(
      people.owner,
      intake({
        court: String(source.id),
        adjudicator: String(judge.id),
      }),
    )
    const reported = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: {
        decisionDate: yesterday(),
        [`result-${asylum}`]: 'granted',
        expertRows: '0',
        court: String(source.id),
      },
    })
    const result = await mergeEntry({
      req: await as(people.staff),
      collection: 'courts',
      sourceId: source.id,
      intoId: courtB,
    })
    expect(result).toEqual({
      ok: true,
      status: undefined,
      value: { into: courtB, moved: { adjudicators: 1, cases: 1, outcomes: 1 } },
    })
    expect(await storedCase(caseId)).toMatchObject({ court: courtB, adjudicator: judge.id })
    const movedJudge = await payload.findByID({
      collection: 'adjudicators',
      id: judge.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(movedJudge.court).toBe(courtB)
    const outcome = await payload.findByID({
      collection: 'outcomes',
      id: reported.ok ? reported.value.id : 0,
      depth: 0,
      overrideAccess: true,
    })
    expect(outcome.court).toBe(courtB)
    expect(await courtsNamed(`typo ${unique} court`)).toEqual([])
  })

  it('should refuse a merge by anyone but staff and change nothing', async () => {
    const source = await makeAdjudicator(`Not Merged ${unique}`, courtA, false)
    const caseId = await register(
      people.owner,
      intake({
        court: String(courtA),
        adjudicator: String(source.id),
      }),
    )
    const tries = [
      { who: 'guest', token: undefined },
      { who: 'owner', token: people.owner.token },
      { who: 'otherAdvocate', token: people.otherAdvocate.token },
      { who: 'expert', token: people.expert.token },
    ]
    const answers = []
    for (const { who, token } of tries) {
      const answer = await rest('POST', `/adjudicators/${source.id}/merge`, {
        token,
        body: { into: listedJudge },
      })
      answers.push({ who, status: answer.status, error: answer.json?.error })
    }
    expect(answers).toEqual([
      { who: 'guest', status: 401, error: 'not-signed-in' },
      { who: 'owner', status: 403, error: 'staff-only' },
      { who: 'otherAdvocate', status: 403, error: 'staff-only' },
      { who: 'expert', status: 403, error: 'staff-only' },
    ])
    expect((await storedCase(caseId)).adjudicator).toBe(source.id)
    expect(await adjudicatorsNamed(`not merged ${unique}`)).toHaveLength(1)
  })

  it('should refuse merging an adjudicator into one of another court, moving nothing', async () => {
    const source = await makeAdjudicator(`Wrong Court ${unique}`, courtB, false)
    const caseId = await register(
      people.owner,
      intake({ court: String(courtB), adjudicator: String(source.id) }),
    )
    const result = await mergeEntry({
      req: await as(people.staff),
      collection: 'adjudicators',
      sourceId: source.id,
      intoId: listedJudge,
    })
    expect(result).toMatchObject({ ok: false, status: 400, code: 'different-court' })
    expect((await storedCase(caseId)).adjudicator).toBe(source.id)
  })

  it('should refuse a case naming a judge of another court over REST, storing nothing', async () => {
    const caseId = await register(people.owner, intake({ court: String(courtB) }))
    const answer = await rest('PATCH', `/cases/${caseId}`, {
      token: people.owner.token,
      body: { adjudicator: listedJudge },
    })
    expect(answer.status).toBe(400)
    expect((await storedCase(caseId)).adjudicator ?? null).toBeNull()
  })

  it('should refuse merging an entry into itself', async () => {
    const result = await mergeEntry({
      req: await as(people.staff),
      collection: 'adjudicators',
      sourceId: listedJudge,
      intoId: listedJudge,
    })
    expect(result).toMatchObject({ ok: false, status: 400, code: 'same-entry' })
  })
})

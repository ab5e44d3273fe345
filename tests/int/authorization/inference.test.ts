import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures } from '../../helpers/authorization/collections'
import { actorUser, idOf, type Fixtures } from '../../helpers/authorization/fixtures'
import {
  canaryValue,
  draftReads,
  falseGuess,
  gql,
  graphQLProbe,
  like,
  restProbe,
  signalOf,
  type Probe,
} from '../../helpers/authorization/inference'
import type { PolicyRole } from '../../helpers/authorization/policy'
import { query } from '../../helpers/authorization/surfaces'
import { trackCreatedRecords } from '../../helpers/cleanup'
import { getTestPayload } from '../../helpers/payload'

/**
 * Inference attacks: a role that may not read a value tries to learn it through what it may do —
 * filter (`where`), sort, select, count, follow relationships, ask for drafts — over REST and
 * GraphQL. Each probe is made with a true and a false guess; the answers must be refused or
 * identical, and must not contain the hidden value.
 */
const nonStaff: PolicyRole[] = [
  'guest',
  'ownerAdvocate',
  'sharedAdvocate',
  'otherAdvocate',
  'noCaseAdvocate',
  'expert',
]
const advocates: PolicyRole[] = [
  'ownerAdvocate',
  'sharedAdvocate',
  'otherAdvocate',
  'noCaseAdvocate',
]

/** A probe as written below: the false guess defaults to a string no field holds. */
type ProbeSpec = Omit<Probe, 'name' | 'role' | 'falsehood'> & { falsehood?: string }

const probes = (name: string, roles: PolicyRole[], probe: ProbeSpec): [string, Probe][] =>
  roles.map((role) => [
    `should give ${role} no signal from ${name} over ${probe.surface}`,
    { falsehood: falseGuess, ...probe, name, role },
  ])

const email = (fx: Fixtures, role: PolicyRole) => actorUser(fx, role).email

const allProbes: [string, Probe][] = [
  // Resources are staff-only: a filter on the hidden source case number must not answer.
  ...probes('resources where[sourceCaseNumber][like]', nonStaff, {
    surface: 'REST',
    request: restProbe((guess) => `/resources${like('sourceCaseNumber', guess)}`),
    truth: (fx) => canaryValue(fx, 'resources', 'publishedResource', 'sourceCaseNumber'),
  }),
  ...probes('resources where[sourceCaseNumber][like]=TA-2024', nonStaff, {
    surface: 'REST',
    request: restProbe((guess) => `/resources${like('sourceCaseNumber', guess)}`),
    truth: () => 'TA-2024',
  }),
  ...probes('resources sourceCaseNumber filter', nonStaff, {
    surface: 'GraphQL',
    request: graphQLProbe({
      slug: 'resources',
      args: (guess) => `where: { sourceCaseNumber: { like: ${gql(guess)} } }`,
    }),
    truth: (fx) => canaryValue(fx, 'resources', 'publishedResource', 'sourceCaseNumber'),
  }),
  // Advocates read approved expert profiles, never their staff notes.
  ...probes('experts where[staffNotes][like]', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('staffNotes', guess)}`),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'staffNotes'),
  }),
  ...probes("the expert's own where[staffNotes][like]", ['expert'], {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('staffNotes', guess)}`),
    truth: (fx) => canaryValue(fx, 'experts', 'draftProfile', 'staffNotes'),
  }),
  ...probes('experts/count where[staffNotes][like]', [...advocates, 'expert'], {
    surface: 'REST',
    request: restProbe((guess) => `/experts/count${like('staffNotes', guess)}`),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'staffNotes'),
  }),
  ...probes('experts where[staffNotes][exists]', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts${query({ where: { staffNotes: { exists: guess } } })}`),
    truth: () => 'true',
    falsehood: 'false',
  }),
  ...probes('experts sort=staffNotes against sort=-staffNotes', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts?sort=${guess}&limit=100`),
    truth: () => 'staffNotes',
    falsehood: '-staffNotes',
  }),
  ...probes('experts staffNotes filter', advocates, {
    surface: 'GraphQL',
    request: graphQLProbe({
      slug: 'experts',
      args: (guess) => `where: { staffNotes: { like: ${gql(guess)} } }`,
    }),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'staffNotes'),
  }),
  ...probes('experts sort staffNotes against -staffNotes', advocates, {
    surface: 'GraphQL',
    request: graphQLProbe({ slug: 'experts', args: (guess) => `sort: ${gql(guess)}, limit: 100` }),
    truth: () => 'staffNotes',
    falsehood: '-staffNotes',
  }),
  // The review message is for the profile's expert; the decision log is for staff (SPEC §7).
  ...probes('experts where[reviewMessage][like]', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('reviewMessage', guess)}`),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'reviewMessage'),
  }),
  ...probes('experts sort=reviewMessage against sort=-reviewMessage', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts?sort=${guess}&limit=100`),
    truth: () => 'reviewMessage',
    falsehood: '-reviewMessage',
  }),
  ...probes('experts reviewMessage filter', advocates, {
    surface: 'GraphQL',
    request: graphQLProbe({
      slug: 'experts',
      args: (guess) => `where: { reviewMessage: { like: ${gql(guess)} } }`,
    }),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'reviewMessage'),
  }),
  ...probes('experts where[reviewLog.message][like]', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('reviewLog.message', guess)}`),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'reviewLog.message'),
  }),
  ...probes("the expert's own where[reviewLog.message][like]", ['expert'], {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('reviewLog.message', guess)}`),
    truth: (fx) => canaryValue(fx, 'experts', 'draftProfile', 'reviewLog.message'),
  }),
  // With draft=true Payload queries the versions table: the same fields must stay closed there.
  ...probes('experts?draft=true where[staffNotes][like]', [...advocates, 'expert'], {
    surface: 'REST',
    request: restProbe(
      (guess) => `/experts${query({ draft: 'true', where: { staffNotes: { like: guess } } })}`,
    ),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'staffNotes'),
  }),
  ...probes('experts?draft=true where[reviewMessage][like]', advocates, {
    surface: 'REST',
    request: restProbe(
      (guess) => `/experts${query({ draft: 'true', where: { reviewMessage: { like: guess } } })}`,
    ),
    truth: (fx) => canaryValue(fx, 'experts', 'approvedProfile', 'reviewMessage'),
  }),
  // The pending draft of an approved profile: nobody but staff (and its expert) may find it.
  ...probes('experts?draft=true where[credentials][like] on a pending draft', nonStaff, {
    surface: 'REST',
    request: restProbe(
      (guess) => `/experts${query({ draft: 'true', where: { credentials: { like: guess } } })}`,
    ),
    truth: (fx) =>
      canaryValue(fx, 'experts', 'approvedProfileWithDraft', 'credentials', { isDraft: true }),
  }),
  ...probes('experts draft credentials filter on a pending draft', nonStaff, {
    surface: 'GraphQL',
    request: graphQLProbe({
      slug: 'experts',
      args: (guess) => `draft: true, where: { credentials: { like: ${gql(guess)} } }`,
    }),
    truth: (fx) =>
      canaryValue(fx, 'experts', 'approvedProfileWithDraft', 'credentials', { isDraft: true }),
  }),
  // CVs: the file's original name, through the profile or directly.
  ...probes('experts where[cv.originalName][like]', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('cv.originalName', guess)}`),
    truth: (fx) => canaryValue(fx, 'expert-documents', 'otherExpertFile', 'originalName'),
  }),
  ...probes('expert-documents where[originalName][like]', nonStaff, {
    surface: 'REST',
    request: restProbe((guess) => `/expert-documents${like('originalName', guess)}`),
    truth: (fx) => canaryValue(fx, 'expert-documents', 'otherExpertFile', 'originalName'),
  }),
  ...probes('expert-documents where[uploadedBy.email][like]', nonStaff, {
    surface: 'REST',
    request: restProbe((guess) => `/expert-documents${like('uploadedBy.email', guess)}`),
    truth: (fx) => fx.approvedExpert.email,
  }),
  ...probes('experts where[user.email][like]', advocates, {
    surface: 'REST',
    request: restProbe((guess) => `/experts${like('user.email', guess)}`),
    truth: (fx) => fx.approvedExpert.email,
  }),
  // Outcomes: relationship paths into a case the role cannot read, and to its owner's account.
  ...probes(
    'outcomes where[case.facts][like] on the other case',
    ['sharedAdvocate', 'noCaseAdvocate'],
    {
      surface: 'REST',
      request: restProbe((guess) => `/outcomes${like('case.facts', guess)}`),
      truth: (fx) => canaryValue(fx, 'cases', 'case2', 'facts'),
    },
  ),
  ...probes(
    'outcomes where[case.facts][like] on case1',
    ['otherAdvocate', 'noCaseAdvocate', 'expert', 'guest'],
    {
      surface: 'REST',
      request: restProbe((guess) => `/outcomes${like('case.facts', guess)}`),
      truth: (fx) => canaryValue(fx, 'cases', 'case1', 'facts'),
    },
  ),
  ...probes('outcomes where[case.owner.email][like]', ['sharedAdvocate', 'otherAdvocate'], {
    surface: 'REST',
    request: restProbe((guess) => `/outcomes${like('case.owner.email', guess)}`),
    truth: (fx) => email(fx, 'ownerAdvocate'),
  }),
  ...probes(
    'decision-documents where[case.facts][like] on case2',
    ['sharedAdvocate', 'ownerAdvocate'],
    {
      surface: 'REST',
      request: restProbe((guess) => `/decision-documents${like('case.facts', guess)}`),
      truth: (fx) => canaryValue(fx, 'cases', 'case2', 'facts'),
    },
  ),
  ...probes(
    'decision-documents where[case.facts][like] on case1',
    ['otherAdvocate', 'noCaseAdvocate'],
    {
      surface: 'REST',
      request: restProbe((guess) => `/decision-documents${like('case.facts', guess)}`),
      truth: (fx) => canaryValue(fx, 'cases', 'case1', 'facts'),
    },
  ),
  // Cases: pending invitations and the owner's account.
  ...probes(
    'cases where[shares.invitedEmail][like]',
    ['otherAdvocate', 'noCaseAdvocate', 'expert'],
    {
      surface: 'REST',
      request: restProbe((guess) => `/cases${like('shares.invitedEmail', guess)}`),
      truth: (fx) => canaryValue(fx, 'cases', 'case1', 'shares.invitedEmail'),
    },
  ),
  ...probes('cases where[owner.email][like]', ['sharedAdvocate'], {
    surface: 'REST',
    request: restProbe((guess) => `/cases${like('owner.email', guess)}`),
    truth: (fx) => email(fx, 'ownerAdvocate'),
  }),
  ...probes('cases where[facts][like] on a case not theirs', ['otherAdvocate', 'noCaseAdvocate'], {
    surface: 'REST',
    request: restProbe((guess) => `/cases${like('facts', guess)}`),
    truth: (fx) => canaryValue(fx, 'cases', 'case1', 'facts'),
  }),
  ...probes('cases/count where[caseNumber][like]', ['otherAdvocate', 'noCaseAdvocate'], {
    surface: 'REST',
    request: restProbe((guess) => `/cases/count${like('caseNumber', guess)}`),
    truth: (fx) => canaryValue(fx, 'cases', 'case1', 'caseNumber'),
  }),
  // Queues: submitters read their own items, never the staff notes on them.
  ...probes('assistance-requests where[staffNotes][like]', ['ownerAdvocate'], {
    surface: 'REST',
    request: restProbe((guess) => `/assistance-requests${like('staffNotes', guess)}`),
    truth: (fx) => canaryValue(fx, 'assistance-requests', 'ownerRequest', 'staffNotes'),
  }),
  ...probes('assistance-requests staffNotes filter', ['ownerAdvocate'], {
    surface: 'GraphQL',
    request: graphQLProbe({
      slug: 'assistance-requests',
      args: (guess) => `where: { staffNotes: { like: ${gql(guess)} } }`,
    }),
    truth: (fx) => canaryValue(fx, 'assistance-requests', 'ownerRequest', 'staffNotes'),
  }),
  ...probes('resource-submissions where[staffNotes][like]', ['ownerAdvocate', 'expert'], {
    surface: 'REST',
    request: restProbe((guess) => `/resource-submissions${like('staffNotes', guess)}`),
    truth: (fx) => canaryValue(fx, 'resource-submissions', 'ownerSubmission', 'staffNotes'),
  }),
  // Accounts: other people's addresses.
  ...probes('users where[email][like]', [...advocates, 'expert'], {
    surface: 'REST',
    request: restProbe((guess) => `/users${like('email', guess)}`),
    truth: (fx) => email(fx, 'staff'),
  }),
  // Program news: unpublished drafts, through the draft flag.
  ...probes('program-news?draft=true where[title][like] on a draft', nonStaff, {
    surface: 'REST',
    request: restProbe(
      (guess) => `/program-news${query({ draft: 'true', where: { title: { like: guess } } })}`,
    ),
    truth: (fx) => canaryValue(fx, 'program-news', 'draftNews', 'title'),
  }),
  ...probes('program-news draft title filter', nonStaff, {
    surface: 'GraphQL',
    request: graphQLProbe({
      slug: 'program-news',
      args: (guess) => `draft: true, where: { title: { like: ${gql(guess)} } }`,
    }),
    truth: (fx) => canaryValue(fx, 'program-news', 'draftNews', 'title'),
  }),
]

let fx: Fixtures

let removeCreatedRecords: () => Promise<void>

beforeAll(async () => {
  removeCreatedRecords = await trackCreatedRecords(await getTestPayload())
  fx = await buildFixtures()
  // A second approved profile, so that a sort on staff notes would show in the order.
  const user = await fx.payload.create({
    collection: 'users',
    data: {
      email: `second-expert-${fx.run}@test.example`,
      password: 'a long enough passphrase for probes',
      name: 'Second Expert',
      role: 'expert',
      _verified: true,
    },
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  await fx.payload.create({
    collection: 'experts',
    data: {
      user: user.id,
      reviewStatus: 'approved',
      _status: 'published',
      displayName: 'Second Expert',
      staffNotes: 'zzz last',
      reviewMessage: 'zzz last',
    },
    overrideAccess: true,
  })
}, 600_000)

afterAll(() => removeCreatedRecords())

describe('inference through queries', () => {
  it.each(allProbes)('%s', async (_name, probe) => {
    const truth = await probe.request({ fx, guess: probe.truth(fx), role: probe.role })
    const falsehood = await probe.request({
      fx,
      guess: probe.falsehood,
      role: probe.role,
    })
    expect(signalOf(truth)).toEqual(signalOf(falsehood))
    expect(truth.status).not.toBe(500)
    expect(
      fx.canaries.leaksIn({ text: `${truth.text}\n${falsehood.text}`, role: probe.role }),
    ).toEqual([])
  })

  it('should not return staff notes, review messages or the log an advocate selects', async () => {
    const select = { staffNotes: true, reviewMessage: true, reviewLog: true, displayName: true }
    const res = await restProbe(() => `/experts${query({ select })}`)({
      fx,
      guess: '',
      role: 'ownerAdvocate',
    })
    const approved = (JSON.parse(res.text).docs as Record<string, unknown>[]).find(
      (doc) => doc.id === idOf(fx, 'experts', 'approvedProfile'),
    )
    expect(approved?.displayName).toBe(canaryValue(fx, 'experts', 'approvedProfile', 'displayName'))
    expect(fx.canaries.leaksIn({ text: res.text, role: 'ownerAdvocate' })).toEqual([])
    // Payload answers an unreadable array field as an empty list: its entries stay with staff.
    expect({
      staffNotes: approved?.staffNotes,
      reviewMessage: approved?.reviewMessage,
      reviewLog: approved?.reviewLog ?? [],
    }).toEqual({ staffNotes: undefined, reviewMessage: undefined, reviewLog: [] })
  })

  it('should not show a guest the newer draft of a published news item', async () => {
    const id = idOf(fx, 'program-news', 'publishedNewsWithDraft')
    const res = await restProbe(() => `/program-news/${id}?draft=true`)({
      fx,
      guess: '',
      role: 'guest',
    })
    expect(res.text).toContain(canaryValue(fx, 'program-news', 'publishedNewsWithDraft', 'title'))
    expect(fx.canaries.leaksIn({ text: res.text, role: 'guest' })).toEqual([])
  })
})

describe('the pending draft of an approved expert profile', () => {
  const pendingId = () => idOf(fx, 'experts', 'approvedProfileWithDraft')
  const rows = nonStaff.flatMap((role) =>
    draftReads.map(
      (read) =>
        [`should not show ${role} the pending draft through ${read.name}`, { role, read }] as const,
    ),
  )

  it.each(rows)('%s', async (_name, { role, read }) => {
    const text = await read.read({ fx, role, slug: 'experts', id: pendingId() })
    const published = canaryValue(fx, 'experts', 'approvedProfileWithDraft', 'displayName')
    expect(fx.canaries.leaksIn({ text, role })).toEqual([])
    // Advocates still get the listed version where Payload falls back to it: the read worked.
    expect(text.includes(published)).toBe(advocates.includes(role) && read.fallsBackToPublished)
  })

  // Control: the same reads carry the draft to staff, or the assertions above would prove nothing.
  it.each(
    draftReads.map(
      (read) => [`should show staff the pending draft through ${read.name}`, read] as const,
    ),
  )('%s', async (_name, read) => {
    const text = await read.read({ fx, role: 'staff', slug: 'experts', id: pendingId() })
    expect(text).toContain(
      canaryValue(fx, 'experts', 'approvedProfileWithDraft', 'displayName', { isDraft: true }),
    )
  })
})

describe('the probes can see a signal', () => {
  // Controls: where the field is readable the same probes must tell the guesses apart, or the
  // no-signal assertions above would prove nothing.
  const control = (name: string, role: PolicyRole, probe: ProbeSpec): [string, Probe] => [
    name,
    { falsehood: falseGuess, ...probe, name, role },
  ]
  const controls: [string, Probe][] = [
    control('experts where[staffNotes][like] as staff', 'staff', {
      surface: 'REST',
      request: restProbe((guess) => `/experts${like('staffNotes', guess)}`),
      truth: (fixtures) => canaryValue(fixtures, 'experts', 'approvedProfile', 'staffNotes'),
    }),
    control('experts sort=staffNotes against sort=-staffNotes as staff', 'staff', {
      surface: 'REST',
      request: restProbe((guess) => `/experts?sort=${guess}&limit=100`),
      truth: () => 'staffNotes',
      falsehood: '-staffNotes',
    }),
    control('outcomes where[case.facts][like] as the owner', 'ownerAdvocate', {
      surface: 'REST',
      request: restProbe((guess) => `/outcomes${like('case.facts', guess)}`),
      truth: (fixtures) => canaryValue(fixtures, 'cases', 'case1', 'facts'),
    }),
    control('cases where[shares.invitedEmail][like] as the owner', 'ownerAdvocate', {
      surface: 'REST',
      request: restProbe((guess) => `/cases${like('shares.invitedEmail', guess)}`),
      truth: (fixtures) => canaryValue(fixtures, 'cases', 'case1', 'shares.invitedEmail'),
    }),
    control('experts?draft=true where[credentials][like] on a pending draft as staff', 'staff', {
      surface: 'REST',
      request: restProbe(
        (guess) => `/experts${query({ draft: 'true', where: { credentials: { like: guess } } })}`,
      ),
      truth: (fixtures) =>
        canaryValue(fixtures, 'experts', 'approvedProfileWithDraft', 'credentials', {
          isDraft: true,
        }),
    }),
    control('experts where[reviewMessage][like] as staff', 'staff', {
      surface: 'REST',
      request: restProbe((guess) => `/experts${like('reviewMessage', guess)}`),
      truth: (fixtures) => canaryValue(fixtures, 'experts', 'approvedProfile', 'reviewMessage'),
    }),
    control('expert-documents where[uploadedBy.email][like] as staff', 'staff', {
      surface: 'REST',
      request: restProbe((guess) => `/expert-documents${like('uploadedBy.email', guess)}`),
      truth: (fixtures) => fixtures.approvedExpert.email,
    }),
    control('experts staffNotes filter as staff', 'staff', {
      surface: 'GraphQL',
      request: graphQLProbe({
        slug: 'experts',
        args: (guess) => `where: { staffNotes: { like: ${gql(guess)} } }`,
      }),
      truth: (fixtures) => canaryValue(fixtures, 'experts', 'approvedProfile', 'staffNotes'),
    }),
  ]

  it.each(controls)('should see a signal from %s', async (_name, probe) => {
    const truth = await probe.request({ fx, guess: probe.truth(fx), role: probe.role })
    const falsehood = await probe.request({
      fx,
      guess: probe.falsehood,
      role: probe.role,
    })
    expect(signalOf(truth)).not.toEqual(signalOf(falsehood))
  })
})

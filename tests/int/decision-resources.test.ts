import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/ids'
import { idsBySlug } from '@/seed/seed-vocabularies'
import type { Case } from '@/payload-types'

import { makePdf } from '../helpers/files'
import { getTestPayload, graphql, rest } from '../helpers/payload'
import { makeCaseWithPeople } from '../helpers/services'

const unique = `decres${Date.now()}`

type People = Awaited<ReturnType<typeof makeCaseWithPeople>>['people']

describe('staff make an unpublished-decision resource from a reported outcome', () => {
  let payload: Payload
  let people: People
  let theCase: Case
  let asylum: number
  let stage: (slug: string) => number
  let cleanup: () => Promise<void>
  const outcomeIds: number[] = []
  const otherCaseIds: number[] = []

  /** A reported outcome with (by default) a decision document and permission to share. */
  const makeOutcome = async ({ isShareable = true, hasDocument = true } = {}) => {
    const document = hasDocument
      ? await payload.create({
          collection: 'decision-documents',
          data: { case: theCase.id },
          file: {
            data: makePdf('Original decision'),
            mimetype: 'application/pdf',
            name: 'decision.pdf',
            size: makePdf('Original decision').length,
          },
          overrideAccess: true, // fixture: the decision the owner uploaded
        })
      : null
    const outcome = await payload.create({
      collection: 'outcomes',
      data: {
        case: theCase.id,
        decisionDate: '2026-06-01T12:00:00.000Z',
        stage: stage('immigration-court'),
        results: [{ relief: asylum, result: 'granted' }],
        ...(document
          ? { decisionDocument: document.id, containsIndividualizedAnalysis: true }
          : {}),
        clientPermission: Boolean(document),
        permissionToShare: isShareable,
      },
      overrideAccess: true, // fixture: the outcome the owner reported
    })
    outcomeIds.push(outcome.id)
    return outcome
  }

  const send = (
    token: string | undefined,
    outcomeId: number,
    {
      file = new File([new Uint8Array(makePdf('Redacted decision'))], 'redacted.pdf', {
        type: 'application/pdf',
      }),
      title = 'Unpublished decision: asylum granted (immigration court)',
      confirm = true,
    }: { file?: File | null; title?: string; confirm?: boolean } = {},
  ) => {
    const form = new FormData()
    if (file) form.set('file', file)
    form.set('title', title)
    if (confirm) form.set('confirmRedacted', 'true')
    return rest('POST', `/outcomes/${outcomeId}/decision-resource`, { token, form })
  }

  const resourcesFrom = async (outcomeId: number) =>
    (
      await payload.find({
        collection: 'resources',
        where: { sourceOutcome: { equals: outcomeId } },
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: true, // the test reads what was stored
      })
    ).docs

  const resourceFileCount = async () =>
    (await payload.count({ collection: 'resource-files', overrideAccess: true })).totalDocs

  const storedOutcome = (id: number) =>
    payload.findByID({ collection: 'outcomes', id, depth: 0, overrideAccess: true })

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ people, theCase, asylum, cleanup } = await makeCaseWithPeople({ payload, unique }))
    stage = await idsBySlug(payload, 'procedural-stages')
  })

  afterAll(async () => {
    const resources = (await Promise.all(outcomeIds.map(resourcesFrom))).flat()
    await payload.delete({
      collection: 'outcomes',
      where: { id: { in: outcomeIds } },
      overrideAccess: true, // test clean-up
    })
    for (const resource of resources) {
      await payload.delete({ collection: 'resources', id: resource.id, overrideAccess: true })
    }
    await payload.delete({
      collection: 'decision-documents',
      where: { case: { equals: theCase.id } },
      overrideAccess: true, // test clean-up
    })
    if (otherCaseIds.length > 0) {
      await payload.delete({
        collection: 'cases',
        where: { id: { in: otherCaseIds } },
        overrideAccess: true, // test clean-up
      })
    }
    await cleanup()
  })

  it('should make a draft decision resource with the case’s claim types and link both ways', async () => {
    const outcome = await makeOutcome()
    const filesBefore = await resourceFileCount()
    const res = await send(people.staff.token, outcome.id)
    expect(res.status).toBe(201)

    const [resource, ...more] = await resourcesFrom(outcome.id)
    expect(more).toHaveLength(0)
    expect(resource!.id).toBe(res.json.resourceId)
    expect(resource!._status).toBe('draft')
    const documentType = await payload.findByID({
      collection: 'document-types',
      id: idOf(resource!.documentType)!,
      overrideAccess: true,
    })
    expect(documentType.slug).toBe('unpublished-decision')
    expect(resource!.persecutionTypes?.map(idOf)).toEqual(theCase.persecutionTypes?.map(idOf))
    expect(resource!.reliefTypes?.map(idOf)).toEqual([asylum])
    expect(resource!.proceduralStages?.map(idOf)).toEqual([stage('immigration-court')])
    expect(resource!.sourceCaseNumber).toBe(theCase.caseNumber)
    expect(resource!.isRedacted).toBe(true)
    expect(resource!.hasAttorneyPermission).toBe(true)
    expect(resource!.publishedAt).toBe('2026-06-01T12:00:00.000Z')
    expect(await resourceFileCount()).toBe(filesBefore + 1)
    const file = await payload.findByID({
      collection: 'resource-files',
      id: idOf(resource!.file)!,
      overrideAccess: true,
    })
    expect(file.originalName).toBe('redacted.pdf')
    expect(idOf((await storedOutcome(outcome.id)).decisionResource)).toBe(resource!.id)
    const decision = await payload.findByID({
      collection: 'decision-documents',
      id: idOf(outcome.decisionDocument)!,
      overrideAccess: true,
    })
    expect(decision.status).toBe('redacted')

    const events = await payload.find({
      collection: 'access-events',
      where: { action: { equals: 'decision-resource' }, resource: { equals: resource!.id } },
      overrideAccess: true,
    })
    expect(events.docs).toHaveLength(1)
    expect(idOf(events.docs[0]!.actor)).toBe(people.staff.user.id)
  })

  it('should refuse every role but staff, storing nothing', async () => {
    const outcome = await makeOutcome()
    const filesBefore = await resourceFileCount()
    for (const who of ['owner', 'shared', 'otherAdvocate', 'expert'] as const) {
      const res = await send(people[who].token, outcome.id)
      expect(res.status, who).toBe(403)
    }
    expect((await send(undefined, outcome.id)).status).toBe(401)
    expect(await resourcesFrom(outcome.id)).toHaveLength(0)
    expect(await resourceFileCount()).toBe(filesBefore)
    expect((await storedOutcome(outcome.id)).decisionResource ?? null).toBeNull()
  })

  it('should refuse an outcome without permission to share or without a decision document', async () => {
    const unshareable = await makeOutcome({ isShareable: false })
    const withoutDocument = await makeOutcome({ hasDocument: false })
    const filesBefore = await resourceFileCount()
    const refused = await send(people.staff.token, unshareable.id)
    expect([refused.status, refused.json.error]).toEqual([409, 'no-permission-to-share'])
    const missing = await send(people.staff.token, withoutDocument.id)
    expect([missing.status, missing.json.error]).toEqual([409, 'no-decision-document'])
    expect(await resourcesFrom(unshareable.id)).toHaveLength(0)
    expect(await resourcesFrom(withoutDocument.id)).toHaveLength(0)
    expect(await resourceFileCount()).toBe(filesBefore)
  })

  it('should name each missing answer on its field and store nothing', async () => {
    const outcome = await makeOutcome()
    const filesBefore = await resourceFileCount()
    const res = await send(people.staff.token, outcome.id, {
      file: null,
      title: '   ',
      confirm: false,
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.json.errors).sort()).toEqual(['confirmRedacted', 'file', 'title'])
    const tooLong = await send(people.staff.token, outcome.id, { title: 'x'.repeat(301) })
    expect(tooLong.json.errors).toEqual({ title: expect.stringMatching(/300 characters/) })
    expect(await resourcesFrom(outcome.id)).toHaveLength(0)
    expect(await resourceFileCount()).toBe(filesBefore)
  })

  it('should refuse a file that is not a PDF or Word document and roll everything back', async () => {
    const outcome = await makeOutcome()
    const filesBefore = await resourceFileCount()
    const disguised = new File(['MZ this is a program, not a decision'], 'redacted.pdf', {
      type: 'application/pdf',
    })
    const res = await send(people.staff.token, outcome.id, { file: disguised })
    expect(res.status).toBe(400)
    expect(res.json.errors.file).toBeTruthy()
    expect(await resourcesFrom(outcome.id)).toHaveLength(0)
    expect(await resourceFileCount()).toBe(filesBefore)
    expect((await storedOutcome(outcome.id)).decisionResource ?? null).toBeNull()
  })

  it('should make exactly one resource when two staff requests overlap, round after round', async () => {
    for (let round = 0; round < 5; round += 1) {
      const outcome = await makeOutcome()
      const answers = await Promise.all([
        send(people.staff.token, outcome.id),
        send(people.staff.token, outcome.id),
      ])
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
      const resources = await resourcesFrom(outcome.id)
      expect(resources).toHaveLength(1)
      expect(idOf((await storedOutcome(outcome.id)).decisionResource)).toBe(resources[0]!.id)
    }
  })

  it('should show the link to staff only, and once published place it by the library’s rules', async () => {
    const outcome = await makeOutcome()
    const made = await send(people.staff.token, outcome.id)
    expect(made.status).toBe(201)
    const resourceId: number = made.json.resourceId

    const asOwner = await rest('GET', `/outcomes/${outcome.id}`, { token: people.owner.token })
    expect(asOwner.status).toBe(200)
    expect(asOwner.json).not.toHaveProperty('decisionResource')
    const asStaff = await rest('GET', `/outcomes/${outcome.id}?depth=0`, {
      token: people.staff.token,
    })
    expect(asStaff.json.decisionResource).toBe(resourceId)
    const query = `{ Outcome(id: ${outcome.id}) { id decisionResource { id } } }`
    const ownerGraph = await graphql(query, { token: people.owner.token })
    expect(ownerGraph.json.data?.Outcome?.decisionResource ?? null).toBeNull()
    const staffGraph = await graphql(query, { token: people.staff.token })
    expect(staffGraph.json.data.Outcome.decisionResource.id).toBe(resourceId)

    const library = (caseId: number, q: string) =>
      rest('GET', `/cases/${caseId}/library?q=${encodeURIComponent(q)}`, {
        token: people.owner.token,
      })
    // A draft is in nobody's library.
    const asDraft = await library(theCase.id, theCase.caseNumber!)
    expect(asDraft.json.caseNumberSearch.isFound).toBe(false)

    await payload.update({
      collection: 'resources',
      id: resourceId,
      data: { _status: 'published' },
      overrideAccess: true, // staff publish the reviewed draft
    })
    const persecution = await idsBySlug(payload, 'persecution-types')
    const unrelated = await payload.create({
      collection: 'cases',
      data: {
        owner: people.owner.user.id,
        country: idOf(theCase.country)!,
        persecutionTypes: [persecution('political-opinion')],
      },
      overrideAccess: true, // fixture: a case with other claim types
    })
    otherCaseIds.push(unrelated.id)

    const found = await library(theCase.id, theCase.caseNumber!)
    expect(found.json.caseNumberSearch.isFound).toBe(true)
    expect(found.json.items.map((item: { id: number }) => item.id)).toContain(resourceId)
    expect(found.text).not.toContain('sourceCaseNumber')
    const elsewhere = await library(unrelated.id, theCase.caseNumber!)
    expect(elsewhere.json.caseNumberSearch.isFound).toBe(false)
  })
})

import { getTestPayload } from '../../payload'
import { CanaryRegistry, randomToken } from '../canaries'
import type { MatrixCollection } from '../collection'
import type { FixtureRecord, Fixtures } from '../fixtures'
import type { PolicySlug } from '../policy'
import { accessEvents } from './access-events'
import { assistanceRequests } from './assistance-requests'
import { cases } from './cases'
import { decisionDocuments } from './decision-documents'
import { expertDocuments } from './expert-documents'
import { experts } from './experts'
import { feedback } from './feedback'
import { media } from './media'
import { organizations } from './organizations'
import { outcomes } from './outcomes'
import { payloadJobs } from './payload-jobs'
import { payloadKv } from './payload-kv'
import { payloadLockedDocuments } from './payload-locked-documents'
import { payloadPreferences } from './payload-preferences'
import { programNews } from './program-news'
import { resourceFiles } from './resource-files'
import { resources } from './resources'
import { resourceSubmissions } from './resource-submissions'
import { users } from './users'
import { vocabularies } from './vocabularies'

/**
 * Every collection the matrix tests, in the order their fixtures are built: a collection comes
 * after those its records point at (accounts belong to the organization, outcomes to cases and
 * decisions, and so on).
 */
const buildOrder: MatrixCollection[] = [
  organizations,
  users,
  ...vocabularies,
  cases,
  decisionDocuments,
  expertDocuments,
  experts,
  outcomes,
  resourceFiles,
  resources,
  media,
  programNews,
  assistanceRequests,
  resourceSubmissions,
  feedback,
  accessEvents,
  payloadJobs,
  payloadLockedDocuments,
  payloadPreferences,
  payloadKv,
]

export const matrixCollections = Object.fromEntries(
  buildOrder.map((collection) => [collection.slug, collection]),
) as Record<PolicySlug, MatrixCollection>

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
const twoLetterCodes = letters.flatMap((first) => letters.map((second) => `${first}${second}`))

/**
 * Builds every fixture once, as trusted system work: each collection's builder in turn (see
 * collections/<slug>.ts), each confidential text field holding a canary.
 */
export const buildFixtures = async (): Promise<Fixtures> => {
  const payload = await getTestPayload()
  const run = randomToken(3)
  let markerCount = 0
  // Country codes are unique: tests create countries with codes no country (or earlier test) uses.
  const { docs: countries } = await payload.find({
    collection: 'countries',
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true, // fixture setup
  })
  const usedCodes = new Set(countries.map((country) => country.code))
  const spareCountryCodes = twoLetterCodes.filter((code) => !usedCodes.has(code))
  let countryCodeIndex = 0
  // Filled in by the builders, in build order (accounts, terms, the lock target, ...).
  const fx = {
    payload,
    run,
    canaries: new CanaryRegistry((slug) => matrixCollections[slug].blueprints),
    terms: {},
    records: Object.fromEntries(buildOrder.map((collection) => [collection.slug, []])),
    nextMarker: () => {
      markerCount += 1
      return `mx-${run}-${markerCount}`
    },
    nextCountryCode: () => {
      const code = spareCountryCodes[countryCodeIndex]
      countryCodeIndex += 1
      if (!code) throw new Error('Out of spare country codes')
      return code
    },
  } as unknown as Fixtures
  for (const collection of buildOrder) {
    const { slug } = collection
    await collection.build({
      fx,
      add: (key, id, extra = {}) => {
        const blueprint = collection.blueprints.find((entry) => entry.key === key)
        if (!blueprint) throw new Error(`No blueprint ${slug}/${key}`)
        const record: FixtureRecord = {
          ...blueprint,
          isWriteTarget: blueprint.isWriteTarget ?? true,
          slug,
          id,
          ...extra,
        }
        fx.records[slug].push(record)
        return id
      },
      canary: (recordKey, field) => fx.canaries.make({ slug, recordKey, field }),
    })
  }
  return fx
}

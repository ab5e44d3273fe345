import type { PayloadRequest } from 'payload'

import type { Case, DocumentType, Resource } from '@/payload-types'

import type { LibraryCase, LibraryResource } from './rules'

const ids = (values: (number | { id: number })[] | null | undefined): number[] =>
  (values ?? []).map((v) => (typeof v === 'object' ? v.id : v))

/** The case fields the matching rules read: all a library request needs to load. */
export type CaseForLibrary = Pick<Case, 'id' | 'country' | 'persecutionTypes' | 'reliefSought'>

export const caseForLibrarySelect = {
  country: true,
  persecutionTypes: true,
  reliefSought: true,
} as const

export const toLibraryCase = (theCase: CaseForLibrary): LibraryCase => ({
  countryId:
    typeof theCase.country === 'object' && theCase.country
      ? theCase.country.id
      : (theCase.country ?? null),
  persecutionTypeIds: ids(theCase.persecutionTypes),
  reliefTypeIds: ids(theCase.reliefSought),
})

/**
 * Loads one resource with what the rules need. System read (overrideAccess): callers have already
 * checked the viewer may use the case's library; the rules then decide on this resource.
 */
export const loadLibraryResource = async (req: PayloadRequest, resourceId: number | string) => {
  let resource: Resource
  try {
    resource = await req.payload.findByID({
      collection: 'resources',
      id: resourceId,
      depth: 1,
      draft: false,
      overrideAccess: true,
      req,
    })
  } catch {
    return null
  }
  const documentType = resource.documentType as DocumentType
  const forRules: LibraryResource = {
    isPublished: resource._status === 'published',
    audience: resource.audience,
    documentTypeSlug: documentType.slug,
    isCountryScoped: Boolean(documentType.isCountryScoped),
    countryIds: ids(resource.countries as (number | { id: number })[]),
    persecutionTypeIds: ids(resource.persecutionTypes as (number | { id: number })[]),
    reliefTypeIds: ids(resource.reliefTypes as (number | { id: number })[]),
    isRedacted: Boolean(resource.isRedacted),
    hasAttorneyPermission: Boolean(resource.hasAttorneyPermission),
  }
  return { resource, forRules }
}

import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

/** Advocates must name an organization (SPEC §1); checked on create and whenever role or org change. */
export const requireOrganizationForAdvocates: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  req,
}) => {
  const role = data?.role ?? originalDoc?.role ?? 'advocate'
  const organization =
    data && 'organization' in data ? data.organization : originalDoc?.organization
  if (role === 'advocate' && !organization) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'organization', message: 'Advocates must give their organization.' }],
      req,
    })
  }
  return data
}

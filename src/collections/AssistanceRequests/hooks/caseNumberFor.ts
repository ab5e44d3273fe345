import type { PayloadRequest } from 'payload'

/**
 * The case number an email about a request names, read once per request: the acknowledgement and
 * the staff alert of one new request both need it. A system read (the save already passed the
 * collection's access rules); only the number leaves it.
 */
export const caseNumberFor = async (req: PayloadRequest, caseId: number): Promise<string> => {
  const cache = ((req.context.caseNumbers as Map<number, string> | undefined) ??= new Map())
  const known = cache.get(caseId)
  if (known !== undefined) return known
  const theCase = await req.payload.findByID({
    collection: 'cases',
    id: caseId,
    depth: 0,
    select: { caseNumber: true },
    overrideAccess: true,
    req,
  })
  const caseNumber = theCase.caseNumber ?? ''
  cache.set(caseId, caseNumber)
  return caseNumber
}

import type { PayloadRequest } from 'payload'

import type { Case } from '@/payload-types'

/** A JSON error answer with a machine-readable code and a sentence a person can act on. */
export const problem = (status: number, code: string, message: string) =>
  Response.json({ error: code, message }, { status, headers: { 'Cache-Control': 'no-store' } })

export const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const normalizeEmail = (value: unknown): string | null =>
  typeof value === 'string' && EMAIL.test(value.trim()) ? value.trim().toLowerCase() : null

/**
 * Loads a case the way the viewer may see it (owner, shared user or staff). Anything else,
 * including a case that does not exist, is the same 404, so ids reveal nothing.
 */
export const findViewableCase = async (req: PayloadRequest): Promise<Case | null> => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return null
  try {
    return await req.payload.findByID({
      collection: 'cases',
      id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
  } catch {
    return null
  }
}

export const idOf = (value: number | { id: number } | null | undefined): number | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

export const findAccountByEmail = async (req: PayloadRequest, email: string) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    // Looking up the recipient by email is part of the sharing contract (SPEC §5).
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

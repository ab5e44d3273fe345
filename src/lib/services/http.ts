import type { PayloadRequest } from 'payload'

import type { ServiceResult } from './result'

/** A JSON error answer with a machine-readable code and a sentence a person can act on. */
export const problem = (status: number, code: string, message: string) =>
  Response.json({ error: code, message }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * A service's answer as the REST contract gives it: the value as JSON with its status (200 unless
 * the service says otherwise), or the refusal as `{ error, message }`.
 */
export const respond = <T>(result: ServiceResult<T>, render?: (value: T) => unknown): Response => {
  if (!result.ok) {
    const body: Record<string, unknown> = { error: result.code, message: result.message }
    if (result.fieldErrors) body.errors = result.fieldErrors
    return Response.json(body, { status: result.status, headers: { 'Cache-Control': 'no-store' } })
  }
  return Response.json(render ? render(result.value) : result.value, {
    status: result.status ?? 200,
    headers: { 'Cache-Control': 'no-store' },
  })
}

/** The request's JSON body as an object; anything else (no body, bad JSON, an array) is `{}`. */
export const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

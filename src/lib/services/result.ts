/**
 * What a domain service answers: its typed result, or a typed refusal a person can act on. REST
 * endpoints turn a refusal into `{ error: code, message }` with its status; server actions show the
 * message on the form. Services never build HTTP responses or form states themselves.
 */
export type Refusal<Code extends string = string> = {
  ok: false
  status: number
  code: Code
  message: string
  /** Field-level messages, keyed by field name, when the refusal is about the input. */
  fieldErrors?: Record<string, string>
  /** Every problem with the input, several per field possible (what REST lists). */
  issues?: InputIssue[]
}

export type InputIssue = { path: string; message: string }

export type Done<T> = { ok: true; value: T; status?: number }

export type ServiceResult<T, Code extends string = string> = Done<T> | Refusal<Code>

export const done = <T>(value: T, status?: number): Done<T> => ({ ok: true, value, status })

export const refuse = <Code extends string>(
  status: number,
  code: Code,
  message: string,
  fieldErrors?: Record<string, string>,
): Refusal<Code> => ({ ok: false, status, code, message, ...(fieldErrors ? { fieldErrors } : {}) })

/** Refuses input (400 `invalid`): each field's first message for forms, all of them for REST. */
export const refuseInput = (issues: InputIssue[]): Refusal<'invalid'> => {
  const fieldErrors: Record<string, string> = {}
  for (const { path, message } of issues) fieldErrors[path] ??= message
  return {
    ok: false,
    status: 400,
    code: 'invalid',
    message: issues[0]?.message ?? '',
    fieldErrors,
    issues,
  }
}

/** A thrown refusal: lets a service abort its transaction (rolled back) and still answer typed. */
export class RefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message)
    this.name = 'RefusalError'
  }
}

/**
 * Recognizes a thrown refusal by shape as well as class: a production build may load this module
 * twice (server actions and route handlers), so `instanceof` alone is not enough.
 */
export const refusalOf = (error: unknown): Refusal | null => {
  if (error instanceof RefusalError) return error.refusal
  const candidate = (error as { refusal?: Refusal } | null)?.refusal
  return candidate && candidate.ok === false && typeof candidate.code === 'string'
    ? candidate
    : null
}

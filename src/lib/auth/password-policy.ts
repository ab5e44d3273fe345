import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * Password rules in the NIST SP 800-63B style: length over complexity. No "one digit, one symbol"
 * rules; instead a long minimum, a generous maximum (passphrases and password managers welcome),
 * and a refusal of passwords attackers try first: common and breached ones, trivially repetitive or
 * sequential ones, and ones built from the account's own email address or the service's name.
 *
 * Pure functions only: the Users collection hooks and the change-password endpoint apply them.
 */
export const passwordLengthLimits = { min: 12, max: 256 } as const

export const passwordPolicyMessages = {
  missing: 'Enter a password.',
  tooShort: `Use at least ${passwordLengthLimits.min} characters. A few unrelated words make a password that is long, easy to remember and hard to guess.`,
  tooLong: `Use at most ${passwordLengthLimits.max} characters.`,
  common:
    'This password is on a list of commonly used or leaked passwords, so attackers try it first. Choose something less predictable, such as a few unrelated words.',
  repetitive:
    'This password is too repetitive or sequential (like "aaaa…" or "abcd…"). Choose something less predictable.',
  containsEmail: 'Do not use your email address, or the part of it before the @, in your password.',
  containsServiceName: 'Do not use the name of this service in your password.',
} as const

/** The fewest different characters a password may have; fewer reads as "aaaa…" or "abab…". */
const minDistinctCharacters = 5

/** Local parts shorter than this ("jo@…") would refuse too many good passwords to be worth it. */
const minLocalPartLength = 3

const serviceNames = ['talibrary']

let commonPasswords: Set<string> | undefined

/** The ~49,000 most common passwords from breach corpora, as shipped in @zxcvbn-ts/language-common. */
const getCommonPasswords = (): Set<string> => {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))
  return commonPasswords
}

/** NIST counts Unicode code points, not UTF-16 units, so one emoji is one character. */
const characterCount = (value: string) => [...value].length

/** "Password2024!!" -> "password": digits and symbols at either end do not make a common word strong. */
const coreOf = (value: string) => value.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')

/** Shorter cores ("abc" in "abc-2024-08-15!") say little about the whole password. */
const minCoreLength = 4

const isCommon = (password: string) => {
  const lower = password.toLowerCase()
  const common = getCommonPasswords()
  if (common.has(lower)) return true
  const core = coreOf(lower)
  return core.length >= minCoreLength && common.has(core)
}

/** Whole-password runs of one step, such as "abcdefghijkl" or "987654321098" read backwards. */
const isSequential = (password: string) => {
  const codes = [...password.toLowerCase()].map((ch) => ch.codePointAt(0) ?? 0)
  const step = codes[1] - codes[0]
  if (Math.abs(step) !== 1) return false
  return codes.every((code, i) => i === 0 || code - codes[i - 1] === step)
}

const isRepetitive = (password: string) =>
  new Set([...password.toLowerCase()]).size < minDistinctCharacters || isSequential(password)

/** The email's local part as typed and with its separators removed ("ana.rivera" -> "anarivera"). */
const emailFragments = (email: string | null | undefined): string[] => {
  const localPart = (email ?? '').trim().toLowerCase().split('@')[0] ?? ''
  const joined = localPart.replace(/[._+-]/g, '')
  return [...new Set([localPart, joined])].filter((part) => part.length >= minLocalPartLength)
}

const containsEmail = (password: string, email: string | null | undefined) => {
  const lower = password.toLowerCase()
  return emailFragments(email).some((fragment) => lower.includes(fragment))
}

const containsServiceName = (password: string) => {
  const squashed = password.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  return serviceNames.some((name) => squashed.includes(name))
}

/**
 * Every rule the password breaks, as messages written for the person choosing it; an empty list
 * means the password is acceptable. `email` is the account's address (new or current).
 */
export const checkPassword = ({
  password,
  email,
}: {
  password: unknown
  email?: string | null
}): string[] => {
  if (typeof password !== 'string' || password.length === 0) return [passwordPolicyMessages.missing]
  const length = characterCount(password)
  if (length < passwordLengthLimits.min) return [passwordPolicyMessages.tooShort]
  if (length > passwordLengthLimits.max) return [passwordPolicyMessages.tooLong]
  const problems: string[] = []
  if (isCommon(password)) problems.push(passwordPolicyMessages.common)
  if (isRepetitive(password)) problems.push(passwordPolicyMessages.repetitive)
  if (containsEmail(password, email)) problems.push(passwordPolicyMessages.containsEmail)
  if (containsServiceName(password)) problems.push(passwordPolicyMessages.containsServiceName)
  return problems
}

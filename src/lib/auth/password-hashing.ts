import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

/**
 * The parameters Payload 3.90 hashes passwords with (`currentPasswordHash*` in
 * node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js). Payload does not
 * export them; `tests/int/account-security.test.ts` recomputes a stored hash with these values, so
 * a Payload upgrade that changes them fails that test instead of silently reopening a timing gap.
 */
export const payloadPasswordHash = {
  prefix: 'pbkdf2-sha256-v1:',
  iterations: 600_000,
  keyLength: 32,
  digest: 'sha256',
} as const

// Payload salts are 32 random bytes written as hex; one per process is enough for work that is
// thrown away.
const decoySalt = randomBytes(32).toString('hex')

/** Derives a key exactly as Payload would, for comparing against a stored `hash`. */
export const derivePasswordHash = async ({
  password,
  salt,
}: {
  password: string
  salt: string
}) => {
  const { iterations, keyLength, digest, prefix } = payloadPasswordHash
  const key = await pbkdf2Async(password, salt, iterations, keyLength, digest)
  return `${prefix}${key.toString('hex')}`
}

/**
 * Spends the time a real password check takes, for requests that have no password to check (an
 * unknown or locked account), so the response time does not tell whether the account exists.
 */
export const spendPasswordCheckTime = async (password: string) => {
  await derivePasswordHash({ password, salt: decoySalt })
}

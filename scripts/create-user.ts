/**
 * Creates a verified account from the command line: how an operator makes the first admin of a
 * production deployment (self-registration can never create staff or admin accounts).
 *
 *   NEW_USER_PASSWORD='…' npm run create-user -- --email you@org.org --name "Your Name" --role admin
 */
import { parseArgs } from 'node:util'

import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    organization: { type: 'string' },
  },
})

const password = process.env.NEW_USER_PASSWORD
const { roles } = await import('../src/lib/roles')
if (
  !values.email ||
  !values.name ||
  !password ||
  !(roles as readonly string[]).includes(values.role ?? '')
) {
  console.error(
    'Usage: NEW_USER_PASSWORD=… npm run create-user -- --email EMAIL --name NAME [--role admin|staff|advocate|expert] [--organization NAME]',
  )
  process.exit(2)
}
if (!process.env.DATABASE_URL) {
  console.error(
    'Set DATABASE_URL (or run this through `npm run payload`-style scripts/with-db.ts).',
  )
  process.exit(2)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  let organization: number | undefined
  if (values.organization) {
    const found = await payload.find({
      collection: 'organizations',
      overrideAccess: true, // operator tool
      where: { name: { equals: values.organization } },
      limit: 1,
    })
    organization =
      found.docs[0]?.id ??
      (
        await payload.create({
          collection: 'organizations',
          overrideAccess: true,
          data: { name: values.organization, kind: 'other' },
        })
      ).id
  }
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true, // operator tool: the only way to make the first admin
    disableVerificationEmail: true,
    data: {
      email: values.email,
      name: values.name,
      password,
      role: values.role as (typeof roles)[number],
      organization,
      _verified: true,
    },
  })
  console.info(`Created ${user.role} account ${user.email} (id ${user.id}).`)
  process.exit(0)
} catch (error) {
  console.error(`Could not create the account: ${(error as Error).message}`)
  process.exit(1)
}

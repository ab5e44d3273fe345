/** The advocates who own the cases. */
import { weighted, zipfWeights } from '../random'

import { DAY, insertRows, iso, now, type Generation } from './rows'

export const generateUsers = async ({ client, random, counts, time }: Generation) => {
  const advocateTypes = [
    'attorney',
    'accredited-representative',
    'paralegal',
    'law-student',
    'other',
  ]
  const advocateOrg: number[] = [0]
  const userRows: unknown[][] = []
  for (let i = 1; i <= counts.advocates; i += 1) {
    const org = random.int(1, counts.organizations)
    advocateOrg.push(org)
    userRows.push([
      i,
      `Bench Advocate ${i}`,
      'advocate',
      org,
      random.pick(advocateTypes),
      `advocate${i}@bench.example`,
      true,
      iso(now - random.int(30, 2000) * DAY),
    ])
  }
  await time('users', () =>
    insertRows(
      client,
      'users',
      [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'role', type: 'text', cast: 'enum_users_role' },
        { name: 'organization_id', type: 'int' },
        { name: 'advocate_type', type: 'text', cast: 'enum_users_advocate_type' },
        { name: 'email', type: 'text' },
        { name: '_verified', type: 'bool' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      userRows,
    ),
  )
  // Some advocates carry many cases, most a few.
  const ownerDist = weighted(
    Array.from({ length: counts.advocates }, (_, i) => i + 1),
    zipfWeights(counts.advocates, 0.6),
  )
  return { advocateOrg, ownerDist }
}

/** The organizations advocates belong to. */
import { DAY, insertRows, iso, now, type Generation } from './rows'

export const generateOrganizations = async ({ client, random, counts, time }: Generation) => {
  const orgKinds = ['nonprofit', 'law-firm', 'clinic', 'solo', 'other'] as const
  const orgWords = ['Immigrant', 'Refugee', 'Asylum', 'Justice', 'Legal Aid', 'Human Rights']
  const orgPlaces = [
    'Bay Area',
    'Houston',
    'Chicago',
    'Miami',
    'New York',
    'Los Angeles',
    'Denver',
    'Atlanta',
    'Seattle',
    'Boston',
    'San Antonio',
    'Newark',
    'Charlotte',
    'Phoenix',
  ]
  const states = ['CA', 'TX', 'IL', 'FL', 'NY', 'CO', 'GA', 'WA', 'MA', 'NJ', 'NC', 'AZ']
  const orgRows: unknown[][] = []
  for (let i = 1; i <= counts.organizations; i += 1) {
    const kind = random.pick(orgKinds)
    orgRows.push([
      i,
      `${random.pick(orgPlaces)} ${random.pick(orgWords)} ${kind === 'law-firm' ? 'Partners' : kind === 'clinic' ? 'Clinic' : 'Project'} ${i}`,
      kind,
      random.pick(states),
      iso(now - random.int(400, 3000) * DAY),
    ])
  }
  await time('organizations', () =>
    insertRows(
      client,
      'organizations',
      [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'kind', type: 'text', cast: 'enum_organizations_kind' },
        { name: 'state', type: 'text' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      orgRows,
    ),
  )
}

import type { Role } from '@/lib/roles'

/** The demo accounts: printed at start in development and listed in the README. */
export const demoAccounts: {
  key: 'admin' | 'staff' | 'advocate' | 'colleague' | 'expert'
  email: string
  password: string
  name: string
  role: Role
}[] = [
  {
    key: 'admin',
    email: 'admin@example.org',
    password: 'orchard-lantern-42',
    name: 'Alex Admin',
    role: 'admin',
  },
  {
    key: 'staff',
    email: 'staff@example.org',
    password: 'meadow-compass-17',
    name: 'Sam Staff',
    role: 'staff',
  },
  {
    key: 'advocate',
    email: 'attorney@example.org',
    password: 'river-atlas-2026',
    name: 'Ana Rivera',
    role: 'advocate',
  },
  {
    key: 'colleague',
    email: 'cocounsel@example.org',
    password: 'granite-willow-88',
    name: 'Ben Chen',
    role: 'advocate',
  },
  {
    key: 'expert',
    email: 'expert@example.org',
    password: 'cedar-beacon-31',
    name: 'Dr. Grace Okafor',
    role: 'expert',
  },
]

export const demoAccountsTable = () =>
  demoAccounts.map((a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`).join('\n')

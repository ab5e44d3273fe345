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
    password: 'demo-admin-passphrase',
    name: 'Alex Admin',
    role: 'admin',
  },
  {
    key: 'staff',
    email: 'staff@example.org',
    password: 'demo-staff-passphrase',
    name: 'Sam Staff',
    role: 'staff',
  },
  {
    key: 'advocate',
    email: 'attorney@example.org',
    password: 'demo-attorney-passphrase',
    name: 'Ana Rivera',
    role: 'advocate',
  },
  {
    key: 'colleague',
    email: 'cocounsel@example.org',
    password: 'demo-cocounsel-passphrase',
    name: 'Ben Chen',
    role: 'advocate',
  },
  {
    key: 'expert',
    email: 'expert@example.org',
    password: 'demo-expert-passphrase',
    name: 'Dr. Grace Okafor',
    role: 'expert',
  },
]

export const demoAccountsTable = () =>
  demoAccounts.map((a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`).join('\n')

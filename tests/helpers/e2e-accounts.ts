/** Accounts the browser-test setup creates with the operator script before the tests run. */
export const e2eAccounts = [
  {
    key: 'staff',
    email: 'e2e-staff@test.example',
    name: 'E2E Staff',
    role: 'staff',
    password: 'e2e staff passphrase',
  },
  {
    key: 'advocate',
    email: 'e2e-advocate@test.example',
    name: 'E2E Advocate',
    role: 'advocate',
    password: 'e2e advocate passphrase',
  },
] as const

export const e2eAccount = (key: (typeof e2eAccounts)[number]['key']) =>
  e2eAccounts.find((account) => account.key === key)!

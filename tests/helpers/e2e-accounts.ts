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
  // The portal's browser journeys (tests/e2e/portal-*.test.ts), one account per part it changes.
  {
    key: 'portalOwner',
    email: 'e2e-portal-owner@test.example',
    name: 'Olivia Owner',
    role: 'advocate',
    password: 'copper kettle morning walk',
  },
  {
    key: 'portalColleague',
    email: 'e2e-portal-colleague@test.example',
    name: 'Carlos Colleague',
    role: 'advocate',
    password: 'violet harbor quiet lantern',
  },
  {
    key: 'portalReset',
    email: 'e2e-portal-reset@test.example',
    name: 'Rosa Reset',
    role: 'advocate',
    password: 'amber meadow silent river',
  },
  {
    key: 'portalSettings',
    email: 'e2e-portal-settings@test.example',
    name: 'Sam Settings',
    role: 'advocate',
    password: 'willow tractor brass candle',
  },
  {
    key: 'portalExpert',
    email: 'e2e-portal-expert@test.example',
    name: 'Edith Expert',
    role: 'expert',
    password: 'granite orchard paper moon',
  },
  // Edits saved from two windows at once (tests/e2e/edit-conflicts.test.ts).
  {
    key: 'conflictAdvocate',
    email: 'e2e-conflict-advocate@test.example',
    name: 'Tomas Twotabs',
    role: 'advocate',
    password: 'marble ferry tulip engine',
  },
  {
    key: 'conflictExpert',
    email: 'e2e-conflict-expert@test.example',
    name: 'Dr. Wen Twowindows',
    role: 'expert',
    password: 'pepper canyon violin stone',
  },
  // The library's browser journeys (tests/e2e/library-*.test.ts).
  {
    key: 'libraryAdvocate',
    email: 'e2e-library-advocate@test.example',
    name: 'Lena Library',
    role: 'advocate',
    password: 'cobalt lighthouse paper trail',
  },
  {
    key: 'libraryExpert',
    email: 'e2e-library-expert@test.example',
    name: 'Dr. Ezra Witness',
    role: 'expert',
    password: 'saffron glacier quiet compass',
  },
  // Staff's case actions in the admin panel (tests/e2e/admin-case-actions.test.ts).
  {
    key: 'actionsOwner',
    email: 'e2e-actions-owner@test.example',
    name: 'Paula Previous',
    role: 'advocate',
    password: 'thistle rowboat amber quill',
  },
  {
    key: 'actionsNewOwner',
    email: 'e2e-actions-new-owner@test.example',
    name: 'Nadia Newowner',
    role: 'advocate',
    password: 'juniper anchor velvet stair',
  },
  {
    key: 'actionsColleague',
    email: 'e2e-actions-colleague@test.example',
    name: 'Ramon Removed',
    role: 'advocate',
    password: 'pebble orchard copper wind',
  },
  // Staff import legacy cases for this owner (tests/e2e/admin-import.test.ts).
  {
    key: 'importOwner',
    email: 'e2e-import-owner@test.example',
    name: 'Ines Imported',
    role: 'advocate',
    password: 'lantern saddle cobalt brook',
  },
  // Staff queues: a reply to an assistance request (tests/e2e/admin-queues.test.ts).
  {
    key: 'queuesOwner',
    email: 'e2e-queues-owner@test.example',
    name: 'Ana Asker',
    role: 'advocate',
    password: 'lantern meadow tugboat fern',
  },
  // Courts and adjudicators on the intake, merged in the admin panel (tests/e2e/adjudicators.test.ts).
  {
    key: 'adjudicatorsAdvocate',
    email: 'e2e-adjudicators-advocate@test.example',
    name: 'Talia Typist',
    role: 'advocate',
    password: 'lantern meadow cobalt ridge',
  },
  // Every portal form on a 390 px phone (tests/e2e/portal-narrow.test.ts): accounts no other
  // journey changes (the settings journey changes its account's password).
  {
    key: 'phoneAdvocate',
    email: 'e2e-phone-advocate@test.example',
    name: 'Nadia Narrow',
    role: 'advocate',
    password: 'harbor pocket linen sparrow',
  },
  {
    key: 'phoneExpert',
    email: 'e2e-phone-expert@test.example',
    name: 'Paulo Pocket',
    role: 'expert',
    password: 'thimble canyon maple drum',
  },
] as const

export const e2eAccount = (key: (typeof e2eAccounts)[number]['key']) =>
  e2eAccounts.find((account) => account.key === key)!

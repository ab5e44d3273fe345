/** How long and how many: the collection enforces each limit, the intake form shows and names it. */
export const caseLimits = {
  caseNumber: 40,
  deadlines: 20,
  deadlineLabel: 120,
  language: 80,
  facts: 5000,
  /** People a case is shared with or invited to, pending invitations included. */
  shares: 100,
  expertShortlist: 20,
  /** Why staff moved a case: logged with the transfer and sent to both attorneys. */
  transferReason: 500,
} as const

/** The choices of a case, shared by the collection, the intake form and the case page. */
export const protectedGrounds = [
  { value: 'race', label: 'Race' },
  { value: 'religion', label: 'Religion' },
  { value: 'nationality', label: 'Nationality' },
  { value: 'particular-social-group', label: 'Membership in a particular social group' },
  { value: 'political-opinion', label: 'Political opinion' },
] as const

// "Not known" is the portal's word (its intake asks to choose it); the admin panel says the same.
export const detentionOptions = [
  { value: 'detained', label: 'Detained' },
  { value: 'not-detained', label: 'Not detained' },
  { value: 'unknown', label: 'Not known' },
] as const

export type Detention = (typeof detentionOptions)[number]['value']

export const caseStatuses = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
] as const

/**
 * The program's case number: TA-, the year, a dash and six digits (what the case-number hook
 * generates, and what numbers from before the TA Library look like). Imports must match it.
 */
export const caseNumberPattern = /^TA-\d{4}-\d{6}$/

/** Limits of a legacy-case import (staff only): the file, its rows, and rows per transaction. */
export const legacyImportLimits = {
  fileBytes: 2 * 1024 * 1024,
  unpackedBytes: 20 * 1024 * 1024,
  rows: 2000,
  columns: 40,
  cellChars: 1000,
  batchSize: 100,
} as const

/**
 * The columns a legacy-case file may have, with the header names each is recognized by (matched
 * case-insensitively, spaces, dashes and underscores ignored). `list` columns hold several values
 * separated by ';' (or '|').
 */
export const legacyImportColumns = [
  {
    key: 'caseNumber',
    label: 'Case number',
    aliases: ['case number', 'case no', 'case #', 'number', 'cgrs case number'],
    isRequired: true,
  },
  {
    key: 'ownerEmail',
    label: 'Owner email',
    aliases: ['owner email', 'owner', 'email', 'attorney email', 'advocate email'],
    isRequired: true,
  },
  { key: 'country', label: 'Country', aliases: ['country', 'country of origin'], isRequired: true },
  {
    key: 'persecutionTypes',
    label: 'Persecution types',
    aliases: ['persecution types', 'persecution type', 'persecution', 'types of persecution'],
    isList: true,
  },
  {
    key: 'protectedGrounds',
    label: 'Protected grounds',
    aliases: ['protected grounds', 'protected ground', 'grounds'],
    isList: true,
  },
  {
    key: 'reliefSought',
    label: 'Relief',
    aliases: ['relief', 'relief sought', 'relief types'],
    isList: true,
  },
  { key: 'proceduralStage', label: 'Stage', aliases: ['stage', 'procedural stage'] },
  { key: 'court', label: 'Court', aliases: ['court', 'court or asylum office', 'asylum office'] },
  {
    key: 'adjudicator',
    label: 'Adjudicator',
    aliases: ['adjudicator', 'judge', 'immigration judge'],
  },
  {
    key: 'intakeDate',
    label: 'Intake date',
    aliases: ['intake date', 'intake', 'date registered', 'registered'],
  },
  {
    key: 'nextHearingDate',
    label: 'Next hearing',
    aliases: ['next hearing', 'next hearing date', 'hearing date'],
  },
  {
    key: 'deadlines',
    label: 'Deadlines',
    aliases: ['deadlines', 'deadline', 'other deadlines'],
    isList: true,
  },
  { key: 'detention', label: 'Detention', aliases: ['detention', 'detention status', 'detained'] },
  { key: 'language', label: 'Language', aliases: ['language', 'applicant language'] },
  { key: 'status', label: 'Status', aliases: ['status', 'case status'] },
] as const satisfies readonly {
  key: string
  label: string
  aliases: readonly string[]
  isRequired?: boolean
  isList?: boolean
}[]

export type LegacyImportColumn = (typeof legacyImportColumns)[number]['key']

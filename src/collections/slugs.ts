/** Every collection slug, once. These are the public REST contract (SPEC §2). */
export const slugs = {
  users: 'users',
  organizations: 'organizations',
  cases: 'cases',
  outcomes: 'outcomes',
  resources: 'resources',
  resourceFiles: 'resource-files',
  decisionDocuments: 'decision-documents',
  media: 'media',
  experts: 'experts',
  expertDocuments: 'expert-documents',
  programNews: 'program-news',
  countries: 'countries',
  persecutionTypes: 'persecution-types',
  documentTypes: 'document-types',
  proceduralStages: 'procedural-stages',
  topics: 'topics',
  reliefTypes: 'relief-types',
  courts: 'courts',
  adjudicators: 'adjudicators',
  assistanceRequests: 'assistance-requests',
  resourceSubmissions: 'resource-submissions',
  feedback: 'feedback',
  accessEvents: 'access-events',
} as const

export type AppCollectionSlug = (typeof slugs)[keyof typeof slugs]

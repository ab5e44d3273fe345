import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '@/lib/lexical'

import { demoAccounts } from './demo-accounts'

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

/**
 * Seeds the small demo on an empty database (development only; the config never calls this in
 * production). System work, so every call uses overrideAccess: true.
 */
export const seedDemoIfEmpty = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding the demo data …')

  const org = await payload.create({
    collection: 'organizations',
    overrideAccess: true,
    data: { name: 'Bay Area Immigrant Defense Project', kind: 'nonprofit', state: 'CA' },
  })
  const clinic = await payload.create({
    collection: 'organizations',
    overrideAccess: true,
    data: { name: 'Golden Gate Law School Asylum Clinic', kind: 'clinic', state: 'CA' },
  })

  for (const account of demoAccounts) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: {
        email: account.email,
        password: account.password,
        name: account.name,
        role: account.role,
        _verified: true,
        organization:
          account.role === 'advocate'
            ? account.key === 'colleague'
              ? clinic.id
              : org.id
            : undefined,
        advocateType:
          account.key === 'colleague'
            ? 'law-student'
            : account.role === 'advocate'
              ? 'attorney'
              : undefined,
        termsAcceptedAt: new Date().toISOString(),
      },
    })
  }

  const resources = [
    {
      title: 'Guatemala: Gender-Based Violence and State Protection, 2026 Update',
      documentType: 'country-conditions',
      summary:
        'Country conditions research on domestic and gender-based violence in Guatemala, the availability of police and judicial protection, and internal relocation.',
      publishedAt: daysAgo(400),
      contentUpdatedAt: daysAgo(30),
    },
    {
      title: 'Practice Advisory: Particular Social Group Claims After Matter of A-B-',
      documentType: 'practice-advisory',
      summary:
        'How to frame particular social group claims based on gender and domestic relationships, with model definitions and supporting authority.',
      publishedAt: daysAgo(200),
    },
    {
      title: 'Sample Brief: Gang-Based Persecution, Honduras (Immigration Court)',
      documentType: 'sample-brief',
      summary:
        'Redacted pre-hearing brief arguing political opinion and family membership nexus in a gang-based claim.',
      publishedAt: daysAgo(90),
      mayBeFiledAsEvidence: false,
    },
    {
      title: 'Universal Expert Declaration: Femicide in El Salvador',
      documentType: 'expert-declaration',
      summary:
        'Declaration by a country conditions expert on femicide and impunity in El Salvador, authorized for filing in registered cases.',
      publishedAt: daysAgo(60),
      mayBeFiledAsEvidence: true,
    },
    {
      title: 'Webinar: Strategies for Maximizing Technical Assistance in Asylum Cases',
      documentType: 'training',
      summary: 'Recorded training on using the TA Library, sharing cases and reporting outcomes.',
      publishedAt: daysAgo(20),
    },
  ] as const
  for (const resource of resources) {
    await payload.create({
      collection: 'resources',
      overrideAccess: true,
      data: {
        ...resource,
        audience: 'advocates',
        _status: 'published',
        body: lexicalFromParagraphs([resource.summary]),
      },
    })
  }

  const news = [
    {
      title: 'New country conditions research for Guatemala',
      slug: 'new-guatemala-country-conditions',
      publishedAt: daysAgo(30),
      summary:
        'Our updated report on gender-based violence and state protection in Guatemala is now in the TA Library for every matching case.',
    },
    {
      title: 'Report your case outcomes in two minutes',
      slug: 'report-your-outcomes',
      publishedAt: daysAgo(10),
      summary:
        'Outcomes you report help other attorneys with similar claims. Use "Add an Outcome" on your My Account page.',
    },
  ]
  for (const item of news) {
    await payload.create({
      collection: 'program-news',
      overrideAccess: true,
      data: { ...item, _status: 'published', body: lexicalFromParagraphs([item.summary]) },
    })
  }

  payload.logger.info('Demo data ready.')
}

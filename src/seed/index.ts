import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '@/lib/lexical'

import { demoAccounts } from './demo-accounts'
import { seedDemoExperts } from './experts'
import { idsBySlug } from './seed-vocabularies'

// The app runs from the repository's root (npm run dev / start), where the demo files live.
const seedDir = path.resolve(process.cwd(), 'src/seed')

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/**
 * Seeds the small demo on an empty database (development only; the config never calls this in
 * production). System work, so every call uses overrideAccess: true.
 */
export const seedDemoIfEmpty = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding the demo data …')
  const system = { overrideAccess: true, depth: 0 } as const

  const [country, persecution, docType, stage, topic, relief, court] = await Promise.all([
    idsBySlug(payload, 'countries'),
    idsBySlug(payload, 'persecution-types'),
    idsBySlug(payload, 'document-types'),
    idsBySlug(payload, 'procedural-stages'),
    idsBySlug(payload, 'topics'),
    idsBySlug(payload, 'relief-types'),
    idsBySlug(payload, 'courts'),
  ])

  const org = await payload.create({
    collection: 'organizations',
    ...system,
    data: { name: 'Bay Area Immigrant Defense Project', kind: 'nonprofit', state: 'CA' },
  })
  const clinic = await payload.create({
    collection: 'organizations',
    ...system,
    data: { name: 'Golden Gate Law School Asylum Clinic', kind: 'clinic', state: 'CA' },
  })

  const users: Record<string, number> = {}
  for (const account of demoAccounts) {
    const isAdvocate = account.role === 'advocate'
    const created = await payload.create({
      collection: 'users',
      ...system,
      disableVerificationEmail: true,
      data: {
        email: account.email,
        password: account.password,
        name: account.name,
        role: account.role,
        _verified: true,
        organization: isAdvocate ? (account.key === 'colleague' ? clinic.id : org.id) : undefined,
        advocateType: isAdvocate
          ? account.key === 'colleague'
            ? 'law-student'
            : 'attorney'
          : undefined,
        termsAcceptedAt: new Date().toISOString(),
      },
    })
    users[account.key] = created.id
  }

  const sfCourt = court('san-francisco-immigration-court')
  // As an advocate would type a judge missing from the list: unconfirmed, for staff to merge into
  // "Demo Judge A (fictional)" (seeded with the vocabularies in development).
  const typedJudge = await payload.create({
    collection: 'adjudicators',
    ...system,
    data: {
      name: 'Demo Judge Ay (fictional, typed)',
      slug: 'unconfirmed-demo-judge-ay-fictional-typed',
      court: sfCourt,
      verified: false,
    },
  })
  const guatemalaCase = await payload.create({
    collection: 'cases',
    ...system,
    data: {
      caseNumber: 'TA-2026-004213',
      owner: users.advocate!,
      country: country('guatemala'),
      persecutionTypes: [persecution('domestic-violence'), persecution('gender-based-violence')],
      protectedGrounds: ['particular-social-group'],
      reliefSought: [relief('asylum'), relief('withholding'), relief('cat')],
      proceduralStage: stage('immigration-court'),
      court: sfCourt,
      adjudicator: typedJudge.id,
      nextHearingDate: daysAhead(45),
      deadlines: [{ label: 'Pre-hearing filing deadline', date: daysAhead(30) }],
      detention: 'not-detained',
      language: "Mam (K'iche' interpreter not suitable)",
      facts:
        'Applicant fled years of abuse by her partner; police refused to act on three reports. Seeking PSG and state-protection materials.',
      shares: [
        {
          user: users.colleague!,
          sharedBy: users.advocate!,
          sharedAt: daysAgo(3),
          attestation: true,
        },
      ],
    },
  })
  const hondurasCase = await payload.create({
    collection: 'cases',
    ...system,
    data: {
      caseNumber: 'TA-2026-017750',
      owner: users.advocate!,
      country: country('honduras'),
      persecutionTypes: [persecution('gang-based-harm'), persecution('family-membership')],
      protectedGrounds: ['particular-social-group', 'political-opinion'],
      reliefSought: [relief('asylum'), relief('withholding')],
      proceduralStage: stage('asylum-office'),
      detention: 'not-detained',
      language: 'Spanish',
    },
  })
  await payload.create({
    collection: 'cases',
    ...system,
    data: {
      caseNumber: 'TA-2025-000812',
      legacyImport: true,
      owner: users.colleague!,
      country: country('el-salvador'),
      persecutionTypes: [persecution('political-opinion')],
      reliefSought: [relief('asylum')],
      proceduralStage: stage('board-of-immigration-appeals'),
    },
  })
  // A fictional decision the attorney shared: staff can try "Make a library resource" on it.
  const decisionPdf = readFileSync(path.join(seedDir, 'files', 'demo-decision.pdf'))
  const decision = await payload.create({
    collection: 'decision-documents',
    ...system,
    data: { case: hondurasCase.id },
    file: {
      data: decisionPdf,
      mimetype: 'application/pdf',
      name: 'asylum-office-decision.pdf',
      size: decisionPdf.length,
    },
  })
  const outcome = await payload.create({
    collection: 'outcomes',
    ...system,
    data: {
      case: hondurasCase.id,
      decisionDocument: decision.id,
      containsIndividualizedAnalysis: true,
      clientPermission: true,
      reportedBy: users.advocate!,
      decisionDate: daysAgo(20),
      stage: stage('asylum-office'),
      results: [
        { relief: relief('asylum'), result: 'granted' },
        { relief: relief('withholding'), result: 'other-relief' },
      ],
      arguments: ['psg-formulation', 'nexus'],
      persuasiveEvidence: ['country-conditions', 'expert-testimony'],
      rationale:
        'The officer accepted the family-based social group and found nexus to the gang’s threats.',
      permissionToShare: true,
    },
  })

  const resources = [
    {
      title: 'Guatemala: Gender-Based Violence and State Protection, 2026 Update',
      documentType: docType('country-conditions'),
      countries: [country('guatemala')],
      persecutionTypes: [persecution('domestic-violence'), persecution('gender-based-violence')],
      summary:
        'Country conditions research on domestic and gender-based violence in Guatemala, the availability of police and judicial protection, and internal relocation.',
      publishedAt: daysAgo(400),
      contentUpdatedAt: daysAgo(30),
    },
    {
      title: 'Honduras: Gangs, Extortion and Family Targeting',
      documentType: docType('country-conditions'),
      countries: [country('honduras')],
      persecutionTypes: [
        persecution('gang-based-harm'),
        persecution('family-membership'),
        persecution('extortion'),
      ],
      summary:
        'How gangs in Honduras target families of those who resist, and the limits of state protection.',
      publishedAt: daysAgo(900),
    },
    {
      title:
        'Practice Advisory: Particular Social Group Claims Based on Gender and Domestic Relationships',
      documentType: docType('practice-advisory'),
      persecutionTypes: [persecution('domestic-violence'), persecution('gender-based-violence')],
      topics: [topic('particular-social-group-formulation')],
      summary:
        'How to frame particular social group claims based on gender and domestic relationships, with model definitions.',
      publishedAt: daysAgo(200),
    },
    {
      title: 'Sample Brief: Gang-Based Persecution and Family Membership (Immigration Court)',
      documentType: docType('sample-brief'),
      persecutionTypes: [persecution('gang-based-harm'), persecution('family-membership')],
      proceduralStages: [stage('immigration-court')],
      summary: 'Redacted pre-hearing brief arguing family-membership nexus in a gang-based claim.',
      publishedAt: daysAgo(90),
    },
    {
      title: 'Universal Expert Declaration: Femicide and Impunity in Guatemala',
      documentType: docType('expert-declaration'),
      countries: [country('guatemala')],
      persecutionTypes: [persecution('gender-based-violence')],
      summary:
        'Declaration by a country conditions expert, authorized for filing in registered cases.',
      publishedAt: daysAgo(60),
      mayBeFiledAsEvidence: true,
    },
    {
      title: 'Unpublished IJ Decision: Domestic Violence PSG Granted (San Francisco)',
      documentType: docType('unpublished-decision'),
      persecutionTypes: [persecution('domestic-violence')],
      proceduralStages: [stage('immigration-court')],
      summary: 'Redacted grant of asylum recognizing a domestic-violence particular social group.',
      publishedAt: daysAgo(150),
      sourceCaseNumber: 'TA-2024-031337',
      isRedacted: true,
      hasAttorneyPermission: true,
    },
    {
      title: 'Webinar: Strategies for Maximizing Technical Assistance in Asylum Cases',
      documentType: docType('training'),
      topics: [topic('working-with-experts')],
      summary: 'Recorded training on using the TA Library, sharing cases and reporting outcomes.',
      publishedAt: daysAgo(20),
    },
    {
      title: 'Guide for Experts: Writing a Country Conditions Declaration',
      documentType: docType('practice-advisory'),
      audience: 'experts' as const,
      topics: [topic('writing-expert-declarations'), topic('collaborating-with-legal-teams')],
      summary:
        'What immigration judges look for in an expert declaration and how to work with the legal team.',
      publishedAt: daysAgo(100),
    },
  ]
  for (const resource of resources) {
    await payload.create({
      collection: 'resources',
      ...system,
      data: {
        audience: 'advocates',
        ...resource,
        _status: 'published',
        body: lexicalFromParagraphs([resource.summary]),
      },
    })
  }

  const experts = await seedDemoExperts({
    payload,
    demoExpertUserId: users.expert!,
    country,
    persecution,
    topic,
  })
  // The demo expert's feedback page shows the first comment; the second stays with the attorney.
  await payload.update({
    collection: 'outcomes',
    id: outcome.id,
    ...system,
    data: {
      expertFeedback: [
        {
          expert: experts['expert@example.org'],
          feedback:
            'Dr. Okafor’s declaration tied the gang’s reach to the family’s home region; the officer cited it in the grant.',
          keepConfidential: false,
        },
        {
          expert: experts['expert@example.org'],
          feedback: 'Internal: the declaration arrived late; build in extra time next case.',
          keepConfidential: true,
        },
      ],
    },
  })

  // Open work in the staff queues, so the staff dashboard has something to show: a request due
  // within two weeks assigned to the demo staff account, one due later, unassigned, a resource
  // submission and a feedback report.
  const requests = [
    {
      case: guatemalaCase.id,
      subject: 'Expert on Guatemalan state protection before the filing deadline',
      message:
        'We need a country conditions expert who can speak to police response to domestic violence reports. Our filing deadline is close.',
      urgentDeadline: daysAhead(6),
      status: 'in-progress' as const,
      assignee: users.staff!,
    },
    {
      case: hondurasCase.id,
      subject: 'Review of our particular social group formulation',
      message: 'Could staff look at our family-based PSG before the asylum office interview?',
      urgentDeadline: daysAhead(40),
      status: 'new' as const,
    },
  ]
  for (const request of requests) {
    const created = await payload.create({
      collection: 'assistance-requests',
      ...system,
      data: request,
    })
    // The create hook records the session's user; the seed has none, so it names the sender here.
    await payload.update({
      collection: 'assistance-requests',
      id: created.id,
      ...system,
      data: { submittedBy: users.advocate! },
    })
  }
  const submission = await payload.create({
    collection: 'resource-submissions',
    ...system,
    data: {
      title: 'Sample brief: nexus for family-based social groups',
      description:
        'A redacted brief from a granted case at the asylum office, shared with permission.',
      clientPermission: true,
    },
  })
  await payload.update({
    collection: 'resource-submissions',
    id: submission.id,
    ...system,
    data: { submittedBy: users.colleague! },
  })
  await payload.create({
    collection: 'feedback',
    ...system,
    data: {
      category: 'missing-resource',
      message: 'I could not find recent country conditions on Haiti for gang violence claims.',
      pageUrl: '/cases',
    },
  })

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
      ...system,
      data: { ...item, _status: 'published', body: lexicalFromParagraphs([item.summary]) },
    })
  }
  payload.logger.info(`Demo data ready (shared case ${guatemalaCase.caseNumber}).`)
}

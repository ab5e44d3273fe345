import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Expert } from '@/payload-types'

type Lookup = (slug: string) => number

type DemoExpert = {
  /** The demo expert login from demo-accounts, or a directory-only account (no known password). */
  userId?: number
  email: string
  state: 'approved' | 'submitted' | 'draft'
  profile: Omit<Expert, 'id' | 'user' | 'createdAt' | 'updatedAt' | 'reviewStatus'>
}

/**
 * Demo expert witnesses across countries, types and languages: the demo expert's own approved
 * profile, five more listed ones, one waiting in the vetting queue and one unfinished draft.
 */
export const seedDemoExperts = async ({
  payload,
  demoExpertUserId,
  country,
  persecution,
  topic,
}: {
  payload: Payload
  demoExpertUserId: number
  country: Lookup
  persecution: Lookup
  topic: Lookup
}) => {
  const experts: DemoExpert[] = [
    {
      userId: demoExpertUserId,
      email: 'expert@example.org',
      state: 'approved',
      profile: {
        displayName: 'Dr. Grace Okafor',
        expertTypes: ['country-conditions'],
        countries: [country('guatemala'), country('honduras'), country('el-salvador')],
        regions: ['Central America'],
        persecutionTypes: [persecution('gender-based-violence'), persecution('gang-based-harm')],
        topics: [topic('state-protection'), topic('country-conditions-research')],
        languages: ['English', 'Spanish'],
        credentials:
          'Professor of Latin American Studies; 40 declarations and 12 court testimonies since 2015 on gang violence, femicide and the limits of state protection in the Northern Triangle.',
        fees: 'reduced-fee',
        location: 'Oakland, CA',
        isRemoteAvailable: true,
        testimonyKinds: ['written-declaration', 'oral-testimony'],
        contact: { email: 'expert@example.org' },
        staffNotes: 'Vetted 2026-03. References checked.',
      },
    },
    {
      email: 'm.reyes@example.org',
      state: 'approved',
      profile: {
        displayName: 'Dr. Miguel Ángel Reyes, PsyD',
        expertTypes: ['mental-health'],
        countries: [country('mexico'), country('guatemala'), country('honduras')],
        regions: ['Central America'],
        persecutionTypes: [persecution('domestic-violence'), persecution('sexual-violence')],
        topics: [topic('mental-health-evidence'), topic('trauma-informed-practice')],
        languages: ['Spanish', 'English'],
        credentials:
          'Licensed clinical psychologist; psychological evaluations of asylum seekers since 2012 (PTSD, depression, effects of trauma on memory and testimony). Trains clinicians for the Physicians for Human Rights asylum network.',
        fees: 'pro-bono',
        location: 'San Antonio, TX',
        isRemoteAvailable: true,
        testimonyKinds: ['written-declaration', 'oral-testimony'],
        contact: { email: 'm.reyes@example.org', phone: '+1 210 555 0134' },
      },
    },
    {
      email: 'a.yusuf@example.org',
      state: 'approved',
      profile: {
        displayName: 'Dr. Amina Yusuf, MD',
        expertTypes: ['forensic-medical'],
        countries: [country('somalia'), country('ethiopia'), country('eritrea')],
        regions: ['Eastern Africa'],
        persecutionTypes: [persecution('fgm-c'), persecution('torture-by-state-actors')],
        topics: [topic('medical-and-forensic-evaluations')],
        languages: ['English', 'Somali', 'Arabic'],
        credentials:
          'Board-certified physician; forensic medical evaluations documenting FGM/C, scarring and torture following the Istanbul Protocol. More than 150 affidavits.',
        fees: 'reduced-fee',
        feeNotes: 'Reduced fee for nonprofit counsel; waived for detained clients.',
        location: 'Minneapolis, MN',
        isRemoteAvailable: false,
        testimonyKinds: ['written-declaration'],
        contact: { email: 'a.yusuf@example.org' },
      },
    },
    {
      email: 'l.petrova@example.org',
      state: 'approved',
      profile: {
        displayName: 'Prof. Lena Petrova',
        expertTypes: ['country-conditions'],
        countries: [country('russia'), country('ukraine')],
        regions: ['Eastern Europe'],
        persecutionTypes: [
          persecution('lgbtqi-status'),
          persecution('political-opinion'),
          persecution('military-conscription-and-desertion'),
        ],
        topics: [topic('country-conditions-research')],
        languages: ['Russian', 'Ukrainian', 'English'],
        credentials:
          'Professor of Political Science; research on the treatment of LGBTQI+ people, dissidents and draft evaders in Russia. Testified in 25 immigration court hearings.',
        fees: 'standard-fee',
        location: 'Chicago, IL',
        isRemoteAvailable: true,
        testimonyKinds: ['written-declaration', 'oral-testimony'],
        contact: { email: 'l.petrova@example.org', website: 'https://example.org/petrova' },
      },
    },
    {
      email: 'docs@haitian-rights.example.org',
      state: 'approved',
      profile: {
        displayName: 'Haitian Rights Documentation Center',
        expertTypes: ['clinic-or-organization', 'country-conditions'],
        countries: [country('haiti')],
        regions: ['Caribbean'],
        persecutionTypes: [persecution('gang-based-harm'), persecution('political-opinion')],
        topics: [topic('country-conditions-research'), topic('translation-and-authentication')],
        languages: ['Haitian Creole', 'French', 'English'],
        credentials:
          'Nonprofit documenting gang control, kidnappings and political violence in Haiti since 2010; staff researchers prepare country conditions declarations and verify Haitian documents.',
        fees: 'pro-bono',
        location: 'Miami, FL',
        isRemoteAvailable: true,
        testimonyKinds: ['written-declaration'],
        contact: { email: 'docs@haitian-rights.example.org' },
      },
    },
    {
      email: 't.dorje@example.org',
      state: 'submitted',
      profile: {
        displayName: 'Dr. Tenzin Dorje',
        expertTypes: ['country-conditions'],
        countries: [country('china')],
        regions: ['Eastern Asia'],
        persecutionTypes: [persecution('religion'), persecution('ethnicity-race')],
        topics: [topic('country-conditions-research')],
        languages: ['Tibetan', 'Mandarin', 'English'],
        credentials:
          'Historian of modern Tibet; declarations on the treatment of Tibetan Buddhists and returnees to the Tibet Autonomous Region.',
        fees: 'reduced-fee',
        location: 'New York, NY',
        isRemoteAvailable: true,
        testimonyKinds: ['written-declaration', 'oral-testimony'],
        contact: { email: 't.dorje@example.org' },
      },
    },
    {
      email: 's.haddad@example.org',
      state: 'draft',
      profile: {
        displayName: 'Dr. Sara Haddad',
        expertTypes: ['mental-health'],
        countries: [country('syria'), country('iraq')],
        languages: ['Arabic', 'English'],
        credentials: 'Psychiatrist.',
        contact: { email: 's.haddad@example.org' },
      },
    },
  ]

  const profileIds: Record<string, number> = {}
  for (const expert of experts) {
    const userId =
      expert.userId ??
      (
        await payload.create({
          collection: 'users',
          overrideAccess: true, // demo seed
          disableVerificationEmail: true,
          data: {
            email: expert.email,
            // Directory-only demo accounts: nobody knows this password.
            password: randomBytes(24).toString('base64url'),
            name: expert.profile.displayName,
            role: 'expert',
            _verified: true,
          },
        })
      ).id
    const isListed = expert.state === 'approved'
    const profile = await payload.create({
      collection: 'experts',
      overrideAccess: true, // demo seed: no user, so the hooks keep these server-set fields
      depth: 0,
      draft: !isListed,
      data: {
        ...expert.profile,
        user: userId,
        reviewStatus: expert.state,
        submittedAt: expert.state === 'draft' ? null : new Date().toISOString(),
        reviewLog: isListed
          ? [{ decision: 'approved', message: null, decidedAt: new Date().toISOString() }]
          : [],
        _status: isListed ? 'published' : 'draft',
      },
    })
    profileIds[expert.email] = profile.id
  }
  return profileIds
}

/**
 * Words for the benchmark's resources: titles, summaries and bodies built from asylum-law
 * vocabulary, so that full-text search over them behaves like search over a real library (common
 * legal words everywhere, claim-specific words concentrated in the resources tagged with that claim).
 */
import type { Random } from './random'

/** The four countries most asylum cases (and most country conditions) come from, in order. */
export const headlineCountrySlugs = ['guatemala', 'honduras', 'el-salvador', 'mexico'] as const

/** The long tail, roughly by how often they appear in U.S. asylum dockets; the rest is shuffled in. */
export const tailCountrySlugs = [
  'venezuela',
  'nicaragua',
  'cuba',
  'haiti',
  'colombia',
  'ecuador',
  'china',
  'india',
  'afghanistan',
  'russia',
  'peru',
  'ukraine',
  'turkiye',
  'mauritania',
  'cameroon',
  'eritrea',
  'ethiopia',
  'democratic-republic-of-the-congo',
  'senegal',
  'guinea',
  'nigeria',
  'iran',
  'uzbekistan',
  'brazil',
  'dominican-republic',
  'ghana',
  'bangladesh',
  'nepal',
  'pakistan',
  'somalia',
  'sudan',
  'syria',
  'iraq',
  'egypt',
  'yemen',
  'jamaica',
  'burkina-faso',
  'mali',
  'sierra-leone',
  'uganda',
  'kenya',
  'burundi',
  'rwanda',
  'south-sudan',
  'sri-lanka',
  'myanmar',
  'tajikistan',
  'kyrgyzstan',
  'kazakhstan',
  'georgia',
  'armenia',
  'azerbaijan',
  'belarus',
  'albania',
  'kosovo',
  'bolivia',
  'chad',
  'cote-divoire',
  'togo',
  'liberia',
  'gambia',
  'zimbabwe',
  'angola',
  'republic-of-the-congo',
  'central-african-republic',
  'libya',
  'lebanon',
  'palestine',
  'indonesia',
  'vietnam',
  'cambodia',
  'laos',
  'philippines',
  'mongolia',
  'north-korea',
  'saudi-arabia',
  'jordan',
  'morocco',
  'algeria',
  'tunisia',
  'niger',
  'benin',
  'zambia',
  'malawi',
  'tanzania',
  'mozambique',
  'panama',
  'costa-rica',
  'belize',
  'paraguay',
  'argentina',
  'chile',
  'guyana',
  'trinidad-and-tobago',
  'moldova',
  'serbia',
  'bosnia-and-herzegovina',
  'north-macedonia',
  'turkmenistan',
  'thailand',
  'malaysia',
  'bhutan',
  'djibouti',
  'equatorial-guinea',
  'gabon',
  'guinea-bissau',
  'madagascar',
  'comoros',
  'lesotho',
  'eswatini',
  'namibia',
  'botswana',
  'south-africa',
  'oman',
  'kuwait',
  'qatar',
  'united-arab-emirates',
  'bahrain',
  'timor-leste',
] as const

/** Persecution types by how often claims rest on them (the weights are Zipf over this order). */
export const persecutionOrder = [
  'gang-based-harm',
  'domestic-violence',
  'gender-based-violence',
  'political-opinion',
  'extortion',
  'family-membership',
  'cartel-and-organized-crime',
  'sexual-violence',
  'lgbtqi-status',
  'forced-recruitment',
  'religion',
  'ethnicity-race',
  'indigenous-status',
  'torture-by-state-actors',
  'journalists-and-human-rights-defenders',
  'child-abuse',
  'trafficking',
  'witnesses-and-informants',
  'land-disputes',
  'detention-and-prison-conditions',
  'whistleblowing-and-anti-corruption',
  'forced-marriage',
  'fgm-c',
  'honor-crimes',
  'nationality',
  'military-conscription-and-desertion',
  'mental-illness',
  'disability',
  'hiv-status',
  'coercive-population-control',
  'caste',
  'witchcraft-accusations',
] as const

/** Claim types that dominate the Northern Triangle and Mexico: boosted for those countries. */
export const centralAmericaBoost: Record<string, number> = {
  'gang-based-harm': 3,
  extortion: 3,
  'domestic-violence': 2,
  'gender-based-violence': 2,
  'family-membership': 2,
  'cartel-and-organized-crime': 2,
  'witnesses-and-informants': 2,
  'forced-recruitment': 2,
  'political-opinion': 0.5,
  religion: 0.3,
}

const harms: Record<string, readonly string[]> = {
  'gang-based-harm': [
    'gang violence',
    'threats by gang members',
    'gang control of neighborhoods',
    'retaliation by MS-13 and Barrio 18',
    'killings by gangs',
    'gang violence against people who resist recruitment',
  ],
  'domestic-violence': [
    'domestic violence',
    'abuse by an intimate partner',
    'violence within the home',
    'repeated beatings by a partner',
    'coercive control by a former partner',
  ],
  'gender-based-violence': [
    'gender-based violence',
    'femicide',
    'violence against women',
    'impunity for crimes against women',
  ],
  'political-opinion': [
    'political persecution',
    'retaliation for political opinion',
    'threats against opposition supporters',
    'arbitrary arrest of protesters',
    'imputed political opinion',
  ],
  extortion: [
    'extortion',
    'war tax demands',
    'extortion of bus drivers and small business owners',
    'threats against business owners who refuse to pay',
  ],
  'family-membership': [
    'targeting of family members',
    'threats against relatives',
    'harm to the nuclear family',
  ],
  'cartel-and-organized-crime': [
    'cartel violence',
    'organized crime',
    'disappearances by cartels',
    'collusion between cartels and police',
  ],
  'sexual-violence': ['sexual violence', 'rape by armed actors', 'sexual assault'],
  'lgbtqi-status': [
    'violence against LGBTQI people',
    'homophobic attacks',
    'police abuse of transgender women',
  ],
  'forced-recruitment': ['forced recruitment', 'recruitment of children by armed groups'],
  religion: ['religious persecution', 'attacks on churches and pastors', 'apostasy accusations'],
  'ethnicity-race': ['ethnic violence', 'racial discrimination', 'communal violence'],
  'indigenous-status': [
    'discrimination against indigenous communities',
    'dispossession of indigenous land',
  ],
  'torture-by-state-actors': ['torture in custody', 'torture by security forces'],
  'journalists-and-human-rights-defenders': [
    'attacks on journalists',
    'killings of human rights defenders',
  ],
  'child-abuse': ['child abuse', 'abandonment of children'],
  trafficking: ['human trafficking', 'forced labor and re-trafficking'],
  'witnesses-and-informants': [
    'retaliation against witnesses',
    'reprisals against people who report crimes to police',
  ],
  'land-disputes': ['land disputes', 'violent evictions'],
  'detention-and-prison-conditions': ['prison conditions', 'arbitrary detention'],
}

const actors = [
  'police',
  'gang members',
  'MS-13',
  'Barrio 18',
  'cartel operatives',
  'the applicant’s former partner',
  'military officers',
  'local officials',
  'paramilitary groups',
  'family members',
  'state security forces',
  'neighborhood gang leaders',
] as const

const elements = [
  'nexus to a protected ground',
  'a well-founded fear of future persecution',
  'past persecution',
  'that the government was unable or unwilling to protect',
  'that internal relocation was not reasonable',
  'a cognizable particular social group',
  'government acquiescence under the Convention Against Torture',
  'credibility',
  'corroboration of the core claim',
  'an exception to the one-year filing deadline',
] as const

const authorities = [
  'Matter of Acosta',
  'Matter of M-E-V-G-',
  'Matter of W-G-R-',
  'Matter of A-R-C-G-',
  'Matter of L-E-A-',
  'Matter of A-B-',
  'Matter of Kasinga',
  'Matter of S-E-G-',
  'INS v. Cardoza-Fonseca',
  'Matter of Mogharrabi',
  'Matter of O-F-A-S-',
  'Matter of C-A-',
  'Matter of Toboso-Alfonso',
  'Matter of N-M-',
  'Matter of D-I-M-',
  'Matter of J-F-F-',
] as const

const sources = [
  'the State Department Country Report on Human Rights Practices',
  'UNHCR eligibility guidelines',
  'Human Rights Watch',
  'Amnesty International',
  'InSight Crime',
  'the Immigration and Refugee Board of Canada',
  'the Inter-American Commission on Human Rights',
  'local press reports',
  'academic research',
  'the expert declaration',
] as const

const evidence = [
  'medical records',
  'police reports',
  'the psychological evaluation',
  'affidavits from family members',
  'country conditions evidence',
  'news articles',
  'the forensic medical evaluation',
  'photographs of injuries',
  'the expert’s testimony',
  'death certificates of relatives',
] as const

const groups = [
  'women who are unable to leave a domestic relationship',
  'family members of people who opposed the gang',
  'witnesses who testified against gang members',
  'former gang members',
  'business owners who refused to pay extortion',
  'LGBTQI individuals',
  'indigenous women',
  'young men who resisted gang recruitment',
  'members of the nuclear family of a targeted police officer',
  'human rights defenders',
] as const

const reliefs = [
  'asylum',
  'withholding of removal',
  'protection under the Convention Against Torture',
  'humanitarian asylum',
] as const

const adjudicatorsText = [
  'the immigration judge',
  'the asylum officer',
  'the Board of Immigration Appeals',
  'the court of appeals',
] as const

/** A sentence's slots, filled from the resource's own tags where it has them. */
export type TextContext = {
  countryNames: string[]
  persecutionSlugs: string[]
  persecutionNames: string[]
}

const harmFor = (random: Random, context: TextContext) => {
  const slug = context.persecutionSlugs.length > 0 ? random.pick(context.persecutionSlugs) : null
  const bag = slug ? harms[slug] : undefined
  if (bag) return random.pick(bag)
  if (context.persecutionNames.length > 0) return random.pick(context.persecutionNames).toLowerCase()
  return random.pick(harms[random.pick(persecutionOrder.slice(0, 8))] ?? ['persecution'])
}

const countryFor = (random: Random, context: TextContext) =>
  context.countryNames.length > 0 ? random.pick(context.countryNames) : 'the country of origin'

const templates: ((random: Random, context: TextContext) => string)[] = [
  (r, c) =>
    `In ${countryFor(r, c)}, ${r.pick(sources)} documents widespread ${harmFor(r, c)} and the failure of ${r.pick(actors)} to offer protection.`,
  (r, c) =>
    `${capitalize(r.pick(adjudicatorsText))} found ${r.pick(elements)} because ${r.pick(evidence)} corroborated the account of ${harmFor(r, c)}.`,
  (r) =>
    `Under ${r.pick(authorities)}, the applicant must show ${r.pick(elements)}, and the record should address each element separately.`,
  (r, c) =>
    `Reports describe ${harmFor(r, c)} carried out by ${r.pick(actors)}, with complaints to the police rarely investigated and almost never prosecuted.`,
  (r, c) =>
    `Counsel should argue that ${r.pick(groups)} in ${countryFor(r, c)} form a particular social group that is immutable, particular and socially distinct.`,
  (r, c) =>
    `The evidence of ${harmFor(r, c)} supports ${r.pick(reliefs)}, because the harm rises to the level of persecution and the state cannot control the persecutors.`,
  (r) =>
    `${capitalize(r.pick(evidence))} and ${r.pick(evidence)} are the most persuasive corroboration when credibility is challenged.`,
  (r, c) =>
    `Police protection is largely unavailable in ${countryFor(r, c)}: officers are reported to collaborate with ${r.pick(actors)} and victims who report ${harmFor(r, c)} face retaliation.`,
  (r) =>
    `The Board of Immigration Appeals reviews findings of fact for clear error, so the hearing record must be complete before ${r.pick(adjudicatorsText)} rules.`,
  (r, c) =>
    `Internal relocation is not reasonable where ${r.pick(actors)} operate nationwide and ${harmFor(r, c)} follows people who move to another city.`,
  (r) =>
    `A forensic or psychological evaluation can explain gaps in testimony caused by trauma and strengthen the showing of ${r.pick(elements)}.`,
  (r, c) =>
    `${capitalize(r.pick(sources))} reported in ${r.int(2010, 2025)} that ${harmFor(r, c)} increased in ${countryFor(r, c)} while convictions remained rare.`,
  (r) =>
    `For the Convention Against Torture claim, the applicant must show it is more likely than not that ${r.pick(actors)} would torture them with the consent or acquiescence of a public official.`,
  (r) =>
    `The one-year filing deadline may be excused for changed or extraordinary circumstances, including serious illness, trauma or ineffective assistance of counsel.`,
  (r, c) =>
    `Advocates should file country conditions evidence on ${harmFor(r, c)} with an index that ties each exhibit to ${r.pick(elements)}.`,
  (r) =>
    `Courts of appeals have rejected the view that private violence can never support asylum when the government is unable or unwilling to control ${r.pick(actors)}.`,
]

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const titleCase = (text: string) =>
  text.replace(/\b([a-z])([a-z]*)/g, (word, first: string, rest: string) =>
    ['and', 'of', 'the', 'by', 'in', 'to', 'for', 'on', 'who', 'a'].includes(word)
      ? word
      : first.toUpperCase() + rest,
  )

/** Paragraphs of 3–6 sentences; enough of them to reach `words` words. */
export const bodyParagraphs = (random: Random, context: TextContext, words: number) => {
  const paragraphs: string[] = []
  let count = 0
  while (count < words) {
    const sentences: string[] = []
    const n = random.int(3, 6)
    for (let i = 0; i < n; i += 1) sentences.push(random.pick(templates)(random, context))
    const paragraph = sentences.join(' ')
    count += paragraph.split(' ').length
    paragraphs.push(paragraph)
  }
  return paragraphs
}

export const summaryFor = (random: Random, context: TextContext, typeName: string) => {
  const sentences = [
    `${typeName} on ${harmFor(random, context)}${context.countryNames.length > 0 ? ` in ${countryFor(random, context)}` : ''}.`,
  ]
  const extra = random.int(0, 2)
  for (let i = 0; i < extra; i += 1) sentences.push(random.pick(templates)(random, context))
  return sentences.join(' ')
}

const expertNames = [
  'Dr. Elena Márquez',
  'Dr. Samuel Okafor',
  'Prof. Laura Whitfield',
  'Dr. Miguel Ángel Duarte',
  'Dr. Priya Raman',
  'Prof. Thomas Keller',
  'Dr. Amina Yusuf',
  'Dr. Rosa Linares',
  'Prof. David Chen',
  'Dr. Hannah Brooks',
] as const

const reportKinds = [
  'Country Report',
  'Response to Information Request',
  'Research Brief',
  'News Digest',
  'Human Rights Report',
  'Eligibility Guidelines',
] as const

const filingKinds = [
  'Motion to Reopen',
  'Exhibit Index',
  'Client Declaration Outline',
  'Motion to Continue',
  'Pre-Hearing Statement',
  'Notice of Appeal',
] as const

export const titleFor = (
  random: Random,
  slug: string,
  context: TextContext,
  year: number,
  stageName: string | null,
  topicName: string | null,
) => {
  const harm = titleCase(harmFor(random, context))
  const element = titleCase(random.pick(elements))
  switch (slug) {
    case 'country-conditions':
      return `${countryFor(random, context)}: ${harm} — ${random.pick(reportKinds)} (${year})`
    case 'expert-declaration':
      return `Declaration of ${random.pick(expertNames)} on ${harm} in ${countryFor(random, context)}`
    case 'practice-advisory':
      return `Practice Advisory: ${element} in ${harm} Claims`
    case 'sample-brief':
      return `Sample Brief${stageName ? ` (${stageName})` : ''}: ${harm} and ${element}`
    case 'unpublished-decision':
      return `${random.pick(['IJ', 'BIA', 'Asylum Office'])} Decision ${random.pick(['Granting Asylum', 'Granting Withholding', 'Granting CAT Protection', 'Remanding'])}: ${harm}`
    case 'filing':
      return `Sample ${random.pick(filingKinds)}: ${harm} Case`
    case 'training':
      return `Webinar: ${topicName ?? element} — ${harm} Claims (${year})`
    default:
      return `${titleCase(slug.replace(/-/g, ' '))}: ${harm}`
  }
}

export const expertTitleFor = (random: Random, topicName: string, year: number) =>
  `${random.pick(['Guide for Experts', 'Training for Experts', 'Expert Toolkit', 'Model Declaration'])}: ${topicName} (${year})`

const facts = [
  'The applicant was threatened repeatedly after refusing to pay extortion.',
  'The applicant’s partner beat her for years; the police refused to take her complaint.',
  'Gang members killed the applicant’s brother and threatened the rest of the family.',
  'The applicant was detained and beaten after taking part in an opposition protest.',
  'The applicant fled after a cartel demanded that he transport drugs.',
  'The applicant was attacked because of her sexual orientation and received no help from police.',
  'The applicant testified against gang members and was then targeted for retaliation.',
] as const

export const caseFacts = (random: Random) => random.sample(facts, random.int(1, 3)).join(' ')

export const outcomeText = {
  arguments: [
    'Argued a particular social group defined by family membership and showed nexus through the persecutors’ own statements.',
    'Argued imputed political opinion based on the applicant’s refusal to cooperate with the gang.',
    'Argued the government was unable or unwilling to protect, relying on police reports and country conditions.',
    'Argued internal relocation was unreasonable given the gang’s national reach.',
  ],
  evidence: [
    'The country conditions expert’s declaration and live testimony.',
    'The psychological evaluation explaining inconsistencies.',
    'Police reports and medical records from the country of origin.',
    'Declarations from family members corroborating the threats.',
  ],
  rationale: [
    'The judge found the applicant credible and the social group cognizable.',
    'The judge found nexus but denied asylum on internal relocation; withholding was granted.',
    'The judge denied asylum for lack of nexus and denied CAT protection for lack of acquiescence.',
    'The asylum officer referred the case to immigration court.',
  ],
} as const

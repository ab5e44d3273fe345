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
  'gang-based-harm': 2,
  extortion: 2.5,
  'domestic-violence': 2,
  'gender-based-violence': 2,
  'family-membership': 2,
  'cartel-and-organized-crime': 2,
  'witnesses-and-informants': 2,
  'forced-recruitment': 2,
  'political-opinion': 0.5,
  religion: 0.3,
}

const generalHarms = [
  'violence',
  'insecurity',
  'human rights violations',
  'violent crime',
  'impunity',
  'threats and killings',
] as const

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

/** Who does the harm, by kind of claim: gang words stay in gang-related resources. */
const actorBags = {
  gang: ['gang members', 'MS-13', 'Barrio 18', 'neighborhood gang leaders'],
  cartel: ['cartel operatives', 'organized crime groups', 'drug traffickers'],
  family: ['the applicant’s former partner', 'family members', 'the abuser', 'in-laws'],
  state: [
    'state security forces',
    'military officers',
    'local officials',
    'paramilitary groups',
    'pro-government militias',
    'prison guards',
  ],
  other: ['armed groups', 'community members', 'religious extremists', 'local strongmen'],
} as const

const actorKind: Record<string, keyof typeof actorBags> = {
  'gang-based-harm': 'gang',
  extortion: 'gang',
  'forced-recruitment': 'gang',
  'witnesses-and-informants': 'gang',
  'cartel-and-organized-crime': 'cartel',
  'domestic-violence': 'family',
  'gender-based-violence': 'family',
  'sexual-violence': 'family',
  'child-abuse': 'family',
  'forced-marriage': 'family',
  'honor-crimes': 'family',
  'fgm-c': 'family',
  'political-opinion': 'state',
  'journalists-and-human-rights-defenders': 'state',
  'torture-by-state-actors': 'state',
  'detention-and-prison-conditions': 'state',
  'whistleblowing-and-anti-corruption': 'state',
  'military-conscription-and-desertion': 'state',
  'coercive-population-control': 'state',
}

const actorKindsOf = (context: TextContext) => {
  const kinds = new Set(context.persecutionSlugs.map((slug) => actorKind[slug] ?? 'other'))
  return kinds.size > 0 ? [...kinds] : (['other'] as const)
}

const actorFor = (random: Random, context: TextContext) =>
  random.pick(actorBags[random.pick(actorKindsOf(context))])

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

const groupBags: Record<string, readonly string[]> = {
  gang: [
    'family members of people who opposed the gang',
    'witnesses who testified against gang members',
    'former gang members',
    'business owners who refused to pay extortion',
    'young men who resisted gang recruitment',
  ],
  cartel: ['people who refused to work for a cartel', 'relatives of the disappeared'],
  family: [
    'women who are unable to leave a domestic relationship',
    'girls who refuse a forced marriage',
    'women viewed as property by their partners',
  ],
  state: ['human rights defenders', 'members of the political opposition', 'returned deserters'],
  other: ['LGBTQI individuals', 'indigenous women', 'members of a religious minority'],
}

const groupFor = (random: Random, context: TextContext) =>
  random.pick(groupBags[random.pick(actorKindsOf(context))] ?? groupBags.other!)

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
  if (context.persecutionNames.length > 0)
    return random.pick(context.persecutionNames).toLowerCase()
  // General reports (no claim type) speak of violence in general terms.
  return random.pick(generalHarms)
}

const countryFor = (random: Random, context: TextContext) =>
  context.countryNames.length > 0 ? random.pick(context.countryNames) : 'the country of origin'

type Template = (random: Random, context: TextContext) => string

/** Law, procedure and evidence: words every kind of resource shares. */
const generalTemplates: Template[] = [
  (r, c) =>
    `${capitalize(r.pick(adjudicatorsText))} found ${r.pick(elements)} because ${r.pick(evidence)} corroborated the account of ${harmFor(r, c)}.`,
  (r) =>
    `Under ${r.pick(authorities)}, the applicant must show ${r.pick(elements)}, and the record should address each element separately.`,
  (r, c) =>
    `Counsel should argue that ${groupFor(r, c)} in ${countryFor(r, c)} form a particular social group that is immutable, particular and socially distinct.`,
  (r) =>
    `${capitalize(r.pick(evidence))} and ${r.pick(evidence)} are the most persuasive corroboration when credibility is challenged.`,
  (r) =>
    `The Board of Immigration Appeals reviews findings of fact for clear error, so the hearing record must be complete before ${r.pick(adjudicatorsText)} rules.`,
  (r) =>
    `A forensic or psychological evaluation can explain gaps in testimony caused by trauma and strengthen the showing of ${r.pick(elements)}.`,
  (r, c) =>
    `${capitalize(r.pick(sources))} reported in ${r.int(2010, 2025)} that ${harmFor(r, c)} increased in ${countryFor(r, c)} while convictions remained rare.`,
  () =>
    `The one-year filing deadline may be excused for changed or extraordinary circumstances, including serious illness, trauma or ineffective assistance of counsel.`,
  (r, c) =>
    `Advocates should file country conditions evidence on ${harmFor(r, c)} with an index that ties each exhibit to ${r.pick(elements)}.`,
  (r) =>
    `Before the merits hearing, prepare the client to testify about ${r.pick(elements)} in chronological order and with concrete detail.`,
  () =>
    `Interpreters must be qualified in the applicant’s best language; errors in interpretation are a frequent ground for remand.`,
  (r) =>
    `The expert should explain the basis of each opinion, cite ${r.pick(sources)}, and avoid offering legal conclusions.`,
  () =>
    `Unaccompanied children are entitled to a non-adversarial interview before the asylum office even when they are in removal proceedings.`,
  () =>
    `Translations must be complete and certified; summaries of foreign-language documents are often given little weight.`,
  (r, c) =>
    `The brief should connect the ${harmFor(r, c)} to a protected ground with the persecutor’s own words and the timing of the threats.`,
  () =>
    `Detained applicants face compressed timelines, so evidence requests to family abroad should start at the first meeting.`,
  (r) =>
    `The REAL ID Act allows an adjudicator to require corroboration that is reasonably available, so explain on the record why ${r.pick(evidence)} could not be obtained.`,
  (r, c) =>
    `Declarations from relatives in ${countryFor(r, c)} can describe the continuing danger after the applicant left.`,
  (r) =>
    `Trauma-informed interviewing takes several meetings; credibility findings based on ${r.pick(['minor omissions', 'demeanor', 'inconsistent dates'])} are vulnerable on appeal.`,
  (r) =>
    `A motion to reopen based on changed country conditions must include evidence that was not available at the ${r.pick(['previous hearing', 'merits hearing', 'asylum interview'])}.`,
]

/** Private persecutors: whether the state can or will protect is the heart of the claim. */
const privateActorTemplates: Template[] = [
  (r, c) =>
    `In ${countryFor(r, c)}, ${r.pick(sources)} documents widespread ${harmFor(r, c)} and the failure of the police to offer protection.`,
  (r, c) =>
    `Reports describe ${harmFor(r, c)} carried out by ${actorFor(r, c)}, with complaints to the police rarely investigated and almost never prosecuted.`,
  (r, c) =>
    `Police protection is largely unavailable in ${countryFor(r, c)}: officers are reported to collaborate with ${actorFor(r, c)} and victims who report ${harmFor(r, c)} face retaliation.`,
  (r, c) =>
    `Internal relocation is not reasonable where ${actorFor(r, c)} operate nationwide and ${harmFor(r, c)} follows people who move to another city.`,
  (r, c) =>
    `Courts of appeals have rejected the view that private violence can never support asylum when the government is unable or unwilling to control ${actorFor(r, c)}.`,
  (r, c) =>
    `The evidence of ${harmFor(r, c)} supports ${r.pick(reliefs)}, because the harm rises to the level of persecution and the state cannot control the persecutors.`,
]

/** State persecutors: official involvement, torture and acquiescence. */
const stateActorTemplates: Template[] = [
  (r, c) =>
    `For the Convention Against Torture claim, the applicant must show it is more likely than not that ${actorFor(r, c)} would torture them with the consent or acquiescence of a public official.`,
  (r, c) =>
    `${capitalize(actorFor(r, c))} detained critics without charge in ${countryFor(r, c)}, and ${r.pick(sources)} recorded ${harmFor(r, c)} in custody.`,
  (r, c) =>
    `Where ${actorFor(r, c)} are the persecutors, relocation is presumed unreasonable and reporting to the authorities would have been futile.`,
  (r, c) =>
    `The evidence of ${harmFor(r, c)} supports ${r.pick(reliefs)}, because officials carried out the harm or knowingly allowed it.`,
]

const privateKinds = new Set(['gang', 'cartel', 'family', 'other'])

const sentenceFor = (random: Random, context: TextContext) => {
  if (random.chance(0.6)) return random.pick(generalTemplates)(random, context)
  const kinds = actorKindsOf(context)
  const pool = kinds.some((kind) => kind === 'state')
    ? kinds.some((kind) => privateKinds.has(kind))
      ? [...privateActorTemplates, ...stateActorTemplates]
      : stateActorTemplates
    : privateActorTemplates
  return random.pick(pool)(random, context)
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const titleCase = (text: string) =>
  text.replace(/\b([a-z])([a-z]*)/g, (word, first: string, rest: string) =>
    [
      'a',
      'an',
      'and',
      'by',
      'for',
      'in',
      'of',
      'on',
      'or',
      'that',
      'the',
      'to',
      'was',
      'who',
    ].includes(word)
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
    for (let i = 0; i < n; i += 1) sentences.push(sentenceFor(random, context))
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
  for (let i = 0; i < extra; i += 1) sentences.push(sentenceFor(random, context))
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
      // "Immigration court (defensive)" → "Immigration court": no nested parentheses.
      return `Sample Brief${stageName ? ` (${stageName.replace(/\s*\(.*\)$/, '')})` : ''}: ${harm} and ${element}`
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

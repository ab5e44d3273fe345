/**
 * Types of persecution or harm an asylum, withholding or CAT claim rests on. Intake asks for them and
 * resources are tagged with them, so the tailored library can match a case's claim to briefs,
 * decisions and advisories from any country.
 */
export type PersecutionTypeTerm = {
  slug: string
  name: string
  description: string
}

export const persecutionTypes = [
  {
    slug: 'domestic-violence',
    name: 'Domestic violence',
    description:
      'Physical, sexual or psychological abuse by a spouse, partner or family member that the state will not or cannot control.',
  },
  {
    slug: 'gender-based-violence',
    name: 'Gender-based violence',
    description:
      'Violence aimed at a person because of their gender, including femicide and harm for defying gender norms.',
  },
  {
    slug: 'sexual-violence',
    name: 'Sexual violence',
    description:
      'Rape, sexual assault or sexual exploitation, whether by state agents, armed groups or private actors.',
  },
  {
    slug: 'fgm-c',
    name: 'Female genital mutilation/cutting (FGM/C)',
    description:
      'Past or feared female genital mutilation or cutting of the applicant or of a daughter.',
  },
  {
    slug: 'forced-marriage',
    name: 'Forced or child marriage',
    description:
      'Marriage without full and free consent, including child marriage and being forced to stay in such a marriage.',
  },
  {
    slug: 'honor-crimes',
    name: 'Honor crimes',
    description:
      'Violence or killing by family or community members to punish conduct seen as bringing shame on the family.',
  },
  {
    slug: 'trafficking',
    name: 'Human trafficking',
    description:
      'Recruitment or holding of a person by force, fraud or coercion for forced labor or commercial sex, and fear of re-trafficking.',
  },
  {
    slug: 'child-abuse',
    name: 'Child abuse',
    description:
      'Abuse, neglect or abandonment of a child by a parent or caregiver where no adequate state protection exists.',
  },
  {
    slug: 'lgbtqi-status',
    name: 'LGBTQI+ status',
    description:
      'Harm because of actual or perceived sexual orientation, gender identity, gender expression or sex characteristics.',
  },
  {
    slug: 'gang-based-harm',
    name: 'Gang-based harm',
    description:
      'Threats, violence or killings by gangs such as MS-13 or Barrio 18, including harm for resisting or opposing them.',
  },
  {
    slug: 'cartel-and-organized-crime',
    name: 'Cartel and organized crime violence',
    description:
      'Targeting by drug cartels or other organized criminal groups, often with the involvement or acquiescence of officials.',
  },
  {
    slug: 'extortion',
    name: 'Extortion',
    description:
      'Demands for money or property backed by threats of violence, typically against business owners, drivers and their families.',
  },
  {
    slug: 'forced-recruitment',
    name: 'Forced recruitment',
    description:
      'Coercion to join a gang, guerrilla group, militia or armed force, including the recruitment of child soldiers.',
  },
  {
    slug: 'military-conscription-and-desertion',
    name: 'Military conscription and desertion',
    description:
      'Punishment for evading conscription or deserting, where service would mean taking part in abuses or punishment is disproportionate.',
  },
  {
    slug: 'political-opinion',
    name: 'Political opinion',
    description:
      'Harm for political views, activity or party membership, including opinions the persecutor imputes to the applicant.',
  },
  {
    slug: 'journalists-and-human-rights-defenders',
    name: 'Journalists and human rights defenders',
    description:
      'Targeting of reporters, activists, lawyers, environmental and land defenders for their work or speech.',
  },
  {
    slug: 'whistleblowing-and-anti-corruption',
    name: 'Whistleblowing and anti-corruption activity',
    description:
      'Retaliation for exposing or refusing to take part in corruption or other wrongdoing by officials or powerful actors.',
  },
  {
    slug: 'religion',
    name: 'Religion',
    description:
      'Harm for practicing, converting to, leaving or refusing a religion, including blasphemy and apostasy accusations.',
  },
  {
    slug: 'ethnicity-race',
    name: 'Ethnicity or race',
    description:
      'Harm because of ethnic, racial, tribal or clan identity, including ethnic cleansing and communal violence.',
  },
  {
    slug: 'nationality',
    name: 'Nationality',
    description:
      'Harm because of citizenship, national origin or statelessness, including persecution of national minorities.',
  },
  {
    slug: 'indigenous-status',
    name: 'Indigenous status',
    description:
      'Harm to members of Indigenous peoples because of their identity, language, land or culture.',
  },
  {
    slug: 'caste',
    name: 'Caste-based persecution',
    description:
      'Violence or severe discrimination because of caste, such as against Dalit communities.',
  },
  {
    slug: 'family-membership',
    name: 'Family membership',
    description:
      'Harm because of a relationship to a targeted family member, such as the relative of an activist, witness or gang opponent.',
  },
  {
    slug: 'land-disputes',
    name: 'Land disputes',
    description:
      'Violence or threats arising from conflicts over land or property, often involving powerful landowners, companies or armed groups.',
  },
  {
    slug: 'witnesses-and-informants',
    name: 'Witnesses and informants',
    description:
      'Retaliation for reporting crimes to authorities, testifying or cooperating with police or prosecutors.',
  },
  {
    slug: 'witchcraft-accusations',
    name: 'Witchcraft accusations',
    description:
      'Violence against people accused of witchcraft or sorcery, including people with albinism and elderly women.',
  },
  {
    slug: 'disability',
    name: 'Disability',
    description:
      'Abuse, abandonment or confinement because of a physical, intellectual or developmental disability.',
  },
  {
    slug: 'mental-illness',
    name: 'Mental illness',
    description:
      'Harm tied to a mental health condition, such as abusive institutionalization, shackling or detention on return.',
  },
  {
    slug: 'hiv-status',
    name: 'HIV status',
    description:
      'Violence, exclusion or denial of care because of HIV status or another stigmatized health condition.',
  },
  {
    slug: 'coercive-population-control',
    name: 'Coercive population control',
    description:
      'Forced abortion or sterilization, or persecution for resisting a coercive population control program.',
  },
  {
    slug: 'torture-by-state-actors',
    name: 'Torture by state actors',
    description:
      'Severe pain or suffering inflicted by, or with the consent or acquiescence of, police, military or other officials.',
  },
  {
    slug: 'detention-and-prison-conditions',
    name: 'Detention and prison conditions',
    description:
      'Arbitrary detention or prison conditions so severe they amount to persecution or torture, including on deportation.',
  },
] as const satisfies readonly PersecutionTypeTerm[]

export type PersecutionTypeSlug = (typeof persecutionTypes)[number]['slug']

/**
 * Types of library resources. Only country-scoped types are matched to a case by its country of
 * origin; the others are matched by claim type, from any country (SPEC §4).
 */
export type DocumentTypeTerm = {
  slug: string
  name: string
  isCountryScoped: boolean
  description: string
}

export const documentTypes = [
  {
    slug: 'country-conditions',
    name: 'Country conditions',
    isCountryScoped: true,
    description:
      'Reports, articles and research on conditions in one country, used as evidence of the risk an applicant faces there.',
  },
  {
    slug: 'expert-declaration',
    name: 'Expert declaration',
    isCountryScoped: true,
    description:
      'Sworn declarations by country conditions, medical or mental health experts, for use as evidence or as models.',
  },
  {
    slug: 'practice-advisory',
    name: 'Practice advisory',
    isCountryScoped: false,
    description: 'Guidance on the law, strategy and procedure for a kind of asylum claim or issue.',
  },
  {
    slug: 'sample-brief',
    name: 'Sample brief',
    isCountryScoped: false,
    description:
      'Briefs and legal memoranda filed in asylum cases, shared as models for similar claims.',
  },
  {
    slug: 'unpublished-decision',
    name: 'Unpublished decision',
    isCountryScoped: false,
    description:
      'Redacted decisions of immigration judges, asylum offices or the Board of Immigration Appeals, shared with permission.',
  },
  {
    slug: 'filing',
    name: 'Filing',
    isCountryScoped: false,
    description:
      'Motions, declarations, exhibit lists and other papers filed in asylum cases, shared as samples.',
  },
  {
    slug: 'training',
    name: 'Webinar or training',
    isCountryScoped: false,
    description:
      'Recorded webinars, training slides and course materials on asylum law and practice.',
  },
] as const satisfies readonly DocumentTypeTerm[]

export type DocumentTypeSlug = (typeof documentTypes)[number]['slug']

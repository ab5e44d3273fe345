/** The library: resources with their tags (resources_rels), titles, summaries and bodies. */
import { bodyParagraphs, expertTitleFor, summaryFor, titleFor, type TextContext } from '../corpus'

import type { GeneratedCase } from './cases'
import { insertRows, iso, now, relsColumns, type Generation } from './rows'
import type { Vocabulary } from './vocabulary'

export const generateResources = async (
  { client, random, counts, time }: Generation,
  {
    expertTypeDist,
    advocateTypeDist,
    resourceCountry,
    persecutionFor,
    reliefDist,
    stageDist,
    expertTopics,
    advocateTopics,
    recentDate,
  }: Vocabulary,
  casesWithOutcomes: GeneratedCase[],
) => {
  const resourceRows: unknown[][] = []
  const resourceRels: unknown[][] = []
  for (let id = 1; id <= counts.resources; id += 1) {
    const isExpert = random.chance(0.06)
    const type = isExpert ? expertTypeDist.one(random) : advocateTypeDist.one(random)
    const isCountryScoped = Boolean(type.is_country_scoped)
    // Countries: one (sometimes two) for country-scoped types; an occasional tag on others.
    const countryTags = isCountryScoped
      ? resourceCountry.distinct(random, random.chance(0.12) ? 2 : 1)
      : random.chance(0.25)
        ? [resourceCountry.one(random)]
        : []
    const mainCountry = countryTags[0]?.id ?? null
    const persecutionCount = (() => {
      switch (type.slug) {
        case 'country-conditions':
          return random.chance(0.25) ? 0 : random.int(1, 3)
        case 'unpublished-decision':
          return random.chance(0.03) ? 0 : random.int(1, 2)
        case 'expert-declaration':
        case 'sample-brief':
          return random.int(1, 2)
        case 'practice-advisory':
          return random.chance(0.15) ? 0 : random.int(1, 2)
        case 'filing':
          return random.chance(0.2) ? 0 : random.int(1, 2)
        default:
          return random.chance(0.3) ? 0 : random.int(1, 2)
      }
    })()
    const persecutionTags = persecutionFor(mainCountry).distinct(random, persecutionCount)
    const reliefTags = random.chance(type.slug === 'country-conditions' ? 0.85 : 0.5)
      ? []
      : reliefDist.distinct(random, random.int(1, 2))
    const stageTags = random.chance(isCountryScoped ? 0.9 : 0.4)
      ? []
      : stageDist.distinct(random, random.int(1, 2))
    const topicTags = isExpert
      ? random.sample(expertTopics, random.int(1, 2))
      : random.chance(0.55)
        ? []
        : random.sample(advocateTopics, random.int(1, 2))

    const publishedAt = recentDate(15)
    const updatedAt = random.chance(0.3) ? publishedAt + random.next() * (now - publishedAt) : null
    const year = new Date(publishedAt).getUTCFullYear()
    const context: TextContext = {
      countryNames: countryTags.map((c) => c.name),
      persecutionSlugs: persecutionTags.map((p) => p.slug),
      persecutionNames: persecutionTags.map((p) => p.name),
    }
    const title = isExpert
      ? expertTitleFor(random, topicTags[0]?.name ?? 'Expert Practice', year)
      : titleFor(
          random,
          type.slug,
          context,
          year,
          stageTags[0]?.name ?? null,
          topicTags[0]?.name ?? null,
        )
    const summary = summaryFor(random, context, type.name)
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: bodyParagraphs(random, context, random.int(200, 600)).map((text) => ({
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          children: [
            { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          ],
        })),
      },
    }
    const isDecision = type.slug === 'unpublished-decision'
    const clearance = random.next()
    // ~60% of decisions are cleared (redacted and permitted); the rest lack one or both.
    const isRedacted = isDecision && clearance < 0.8
    const hasPermission = isDecision && (clearance < 0.6 || (clearance >= 0.8 && clearance < 0.9))
    const sourceCase = isDecision ? random.pick(casesWithOutcomes).caseNumber : null
    resourceRows.push([
      id,
      title.slice(0, 300),
      summary.slice(0, 2000),
      type.id,
      isExpert ? 'experts' : 'advocates',
      iso(publishedAt),
      updatedAt === null ? null : iso(updatedAt),
      type.slug === 'country-conditions'
        ? random.chance(0.85)
        : type.slug === 'expert-declaration'
          ? random.chance(0.6)
          : random.chance(0.05),
      sourceCase,
      isRedacted,
      hasPermission,
      type.slug === 'training' ? `https://training.example.org/webinars/${id}` : null,
      JSON.stringify(body),
      iso(updatedAt ?? publishedAt),
      iso(publishedAt),
      random.chance(0.95) ? 'published' : 'draft',
    ])
    let order = 1
    const rel = (pathName: string, column: number, tagId: number) => {
      const row: unknown[] = [order, id, pathName, null, null, null, null, null]
      row[3 + column] = tagId
      order += 1
      resourceRels.push(row)
    }
    countryTags.forEach((t) => rel('countries', 0, t.id))
    persecutionTags.forEach((t) => rel('persecutionTypes', 1, t.id))
    reliefTags.forEach((t) => rel('reliefTypes', 2, t.id))
    stageTags.forEach((t) => rel('proceduralStages', 3, t.id))
    topicTags.forEach((t) => rel('topics', 4, t.id))
  }
  await time('resources', async () => {
    await insertRows(
      client,
      'resources',
      [
        { name: 'id', type: 'int' },
        { name: 'title', type: 'text' },
        { name: 'summary', type: 'text' },
        { name: 'document_type_id', type: 'int' },
        { name: 'audience', type: 'text', cast: 'enum_resources_audience' },
        { name: 'published_at', type: 'timestamptz' },
        { name: 'content_updated_at', type: 'timestamptz' },
        { name: 'may_be_filed_as_evidence', type: 'bool' },
        { name: 'source_case_number', type: 'text' },
        { name: 'is_redacted', type: 'bool' },
        { name: 'has_attorney_permission', type: 'bool' },
        { name: 'external_url', type: 'text' },
        { name: 'body', type: 'text', cast: 'jsonb' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
        { name: '_status', type: 'text', cast: 'enum_resources_status' },
      ],
      resourceRows,
      2_000,
    )
    await insertRows(
      client,
      'resources_rels',
      relsColumns(
        { name: 'countries_id', type: 'int' },
        { name: 'persecution_types_id', type: 'int' },
        { name: 'relief_types_id', type: 'int' },
        { name: 'procedural_stages_id', type: 'int' },
        { name: 'topics_id', type: 'int' },
      ),
      resourceRels,
    )
  })
}

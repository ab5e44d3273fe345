/**
 * The vocabularies the app seeded (read back from the bench database) and the distributions the
 * generators draw tags, dates and types from.
 */
import type pg from 'pg'

import {
  centralAmericaBoost,
  headlineCountrySlugs,
  persecutionOrder,
  tailCountrySlugs,
} from '../corpus'
import { weighted, zipfWeights, type Random } from '../random'

import { DAY, now } from './rows'

export type Term = { id: number; slug: string; name: string }

/** Reads every vocabulary, then builds the distributions (this draws from `random`: call it first). */
export const loadVocabulary = async (client: pg.Client, random: Random) => {
  const terms = async (table: string, extra = '') =>
    (
      await client.query<Term & Record<string, unknown>>(
        `SELECT id, slug, name${extra} FROM ${table} ORDER BY id`,
      )
    ).rows
  const countries = await terms('countries')
  const persecutionTypes = await terms('persecution_types')
  const documentTypes = await terms('document_types', ', is_country_scoped')
  const stages = await terms('procedural_stages', ', "order"')
  const topics = await terms('topics', ', audience::text AS audience')
  const reliefTypes = await terms('relief_types')
  const courts = await terms('courts', ', kind::text AS kind')
  const bySlug = <T extends Term>(list: T[]) => {
    const map = new Map(list.map((t) => [t.slug, t]))
    return (slug: string) => {
      const term = map.get(slug)
      if (!term) throw new Error(`Unknown vocabulary slug ${slug}`)
      return term
    }
  }
  const country = bySlug(countries)
  const persecution = bySlug(persecutionTypes)
  const docType = bySlug(documentTypes)
  const stage = bySlug(stages)
  const relief = bySlug(reliefTypes)

  // --- Distributions -------------------------------------------------------------------------
  const headline = headlineCountrySlugs.map((slug) => country(slug))
  const curatedTail = tailCountrySlugs.map((slug) => country(slug))
  const taken = new Set([...headline, ...curatedTail].map((c) => c.id))
  const tail = [...curatedTail, ...random.shuffle(countries.filter((c) => !taken.has(c.id)))].slice(
    0,
    116,
  )
  const tailZipf = zipfWeights(tail.length, 1.1)
  const tailSum = tailZipf.reduce((a, b) => a + b, 0)
  const countryDist = (headlineShares: number[]) =>
    weighted(
      [...headline, ...tail],
      [
        ...headlineShares,
        ...tailZipf.map((w) => (w / tailSum) * (1 - headlineShares.reduce((a, b) => a + b, 0))),
      ],
    )
  const resourceCountry = countryDist([0.17, 0.15, 0.13, 0.11])
  const caseCountry = countryDist([0.2, 0.19, 0.14, 0.1])
  const isCentralAmerican = new Set(headline.map((c) => c.id))

  const persecutionTerms = persecutionOrder.map((slug) => persecution(slug))
  const baseWeights = zipfWeights(persecutionTerms.length, 1)
  const persecutionGlobal = weighted(persecutionTerms, baseWeights)
  const persecutionCentral = weighted(
    persecutionTerms,
    baseWeights.map((w, i) => w * (centralAmericaBoost[persecutionTerms[i]!.slug] ?? 1)),
  )
  const persecutionFor = (countryId: number | null) =>
    countryId !== null && isCentralAmerican.has(countryId) ? persecutionCentral : persecutionGlobal

  const reliefDist = weighted(
    reliefTypes,
    reliefTypes.map((r) => (r.slug === 'asylum' ? 2 : 1)),
  )
  const stageDist = weighted(
    stages,
    stages.map(
      (s) =>
        ({
          'credible-or-reasonable-fear': 8,
          'asylum-office': 20,
          'immigration-court': 55,
          'board-of-immigration-appeals': 10,
          'federal-court': 3,
          'motion-to-reopen-or-reconsider': 4,
        })[s.slug] ?? 1,
    ),
  )
  const advocateTopics = topics.filter((t) => t.audience !== 'experts')
  const expertTopics = topics.filter((t) => t.audience !== 'advocates')
  const advocateTypeDist = weighted(
    [
      'country-conditions',
      'expert-declaration',
      'practice-advisory',
      'sample-brief',
      'unpublished-decision',
      'filing',
      'training',
    ].map((slug) => docType(slug)),
    [0.4, 0.08, 0.09, 0.12, 0.16, 0.09, 0.06],
  )
  const expertTypeDist = weighted(
    ['practice-advisory', 'training', 'expert-declaration', 'country-conditions'].map((slug) =>
      docType(slug),
    ),
    [0.35, 0.35, 0.2, 0.1],
  )
  const immigrationCourts = courts.filter((c) => c.kind === 'immigration-court')
  const asylumOffices = courts.filter((c) => c.kind === 'asylum-office')

  // Skewed toward recent years: density grows with time over `years`.
  const recentDate = (years: number) =>
    now - years * 365 * DAY * (1 - Math.pow(random.next(), 1 / 1.6))

  return {
    countries,
    persecutionTypes,
    documentTypes,
    stages,
    reliefTypes,
    country,
    persecution,
    docType,
    stage,
    relief,
    resourceCountry,
    caseCountry,
    isCentralAmerican,
    persecutionFor,
    reliefDist,
    stageDist,
    advocateTopics,
    expertTopics,
    advocateTypeDist,
    expertTypeDist,
    immigrationCourts,
    asylumOffices,
    recentDate,
  }
}

export type Vocabulary = Awaited<ReturnType<typeof loadVocabulary>>

/** Reported outcomes of the cases: a result per relief sought, arguments, evidence, feedback. */
import { outcomeText } from '../corpus'
import { weighted } from '../random'

import type { GeneratedCase } from './cases'
import {
  arrayRowColumns,
  DAY,
  insertRows,
  iso,
  now,
  rowId,
  selectColumns,
  type Generation,
} from './rows'
import type { Vocabulary } from './vocabulary'

export const generateOutcomes = async (
  { client, random, counts, time }: Generation,
  { stageDist }: Vocabulary,
  cases: GeneratedCase[],
) => {
  const outcomeRows: unknown[][] = []
  const resultRows: unknown[][] = []
  const argumentRows: unknown[][] = []
  const evidenceRows: unknown[][] = []
  const feedbackRows: unknown[][] = []
  const casesWithOutcomes: GeneratedCase[] = []
  const resultDist = weighted(['granted', 'denied', 'other-relief', 'pending'], [35, 40, 5, 20])
  const argumentValues = [
    'psg-formulation',
    'political-opinion',
    'nexus',
    'state-protection',
    'internal-relocation',
    'past-persecution',
    'well-founded-fear',
    'credibility',
    'one-year-bar',
    'cat-acquiescence',
    'humanitarian-asylum',
    'other',
  ]
  const evidenceValues = [
    'expert-testimony',
    'country-conditions',
    'medical-evaluation',
    'psychological-evaluation',
    'applicant-testimony',
    'witness-declarations',
    'documents-from-country',
    'other',
  ]
  for (let id = 1; id <= counts.outcomes; id += 1) {
    const theCase = cases[random.int(0, cases.length - 1)]!
    casesWithOutcomes.push(theCase)
    const decisionDate = theCase.createdAt + random.next() * Math.max(DAY, now - theCase.createdAt)
    outcomeRows.push([
      id,
      theCase.id,
      theCase.ownerId,
      iso(decisionDate),
      random.chance(0.8) ? theCase.stageId : stageDist.one(random).id,
      theCase.courtId,
      theCase.adjudicatorId,
      random.pick(outcomeText.arguments),
      random.pick(outcomeText.evidence),
      random.pick(outcomeText.rationale),
      random.chance(0.4),
      iso(decisionDate + random.int(1, 30) * DAY),
    ])
    theCase.reliefIds.forEach((rid, i) => {
      resultRows.push([i + 1, id, rowId(random), rid, resultDist.one(random)])
    })
    random
      .sample(argumentValues, random.int(1, 3))
      .forEach((v, i) => argumentRows.push([i + 1, id, v]))
    random
      .sample(evidenceValues, random.int(1, 2))
      .forEach((v, i) => evidenceRows.push([i + 1, id, v]))
    if (random.chance(0.05)) {
      feedbackRows.push([
        1,
        id,
        rowId(random),
        'Dr. Country Expert',
        'Clear, well-sourced declaration.',
        random.chance(0.3),
      ])
    }
  }
  await time('outcomes', async () => {
    await insertRows(
      client,
      'outcomes',
      [
        { name: 'id', type: 'int' },
        { name: 'case_id', type: 'int' },
        { name: 'reported_by_id', type: 'int' },
        { name: 'decision_date', type: 'timestamptz' },
        { name: 'stage_id', type: 'int' },
        { name: 'court_id', type: 'int' },
        { name: 'adjudicator_id', type: 'int' },
        { name: 'arguments_text', type: 'text' },
        { name: 'persuasive_evidence_text', type: 'text' },
        { name: 'rationale', type: 'text' },
        { name: 'permission_to_share', type: 'bool' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      outcomeRows,
    )
    await insertRows(
      client,
      'outcomes_results',
      arrayRowColumns(
        { name: 'relief_id', type: 'int' },
        { name: 'result', type: 'text', cast: 'enum_outcomes_results_result' },
      ),
      resultRows,
    )
    await insertRows(
      client,
      'outcomes_arguments',
      selectColumns('enum_outcomes_arguments'),
      argumentRows,
    )
    await insertRows(
      client,
      'outcomes_persuasive_evidence',
      selectColumns('enum_outcomes_persuasive_evidence'),
      evidenceRows,
    )
    await insertRows(
      client,
      'outcomes_expert_feedback',
      arrayRowColumns(
        { name: 'expert_name', type: 'text' },
        { name: 'feedback', type: 'text' },
        { name: 'keep_confidential', type: 'bool' },
      ),
      feedbackRows,
    )
  })
  return { casesWithOutcomes }
}

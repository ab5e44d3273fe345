/** Immigration judges, each sitting in one immigration court. */
import { insertRows, type Generation } from './rows'
import type { Vocabulary } from './vocabulary'

export const generateAdjudicators = async (
  { client, random, counts, time }: Generation,
  { immigrationCourts }: Vocabulary,
) => {
  const lastNames = [
    'Alvarez',
    'Brennan',
    'Castillo',
    'Dawson',
    'Evans',
    'Flores',
    'Garcia',
    'Hughes',
    'Ibarra',
    'Jensen',
    'Kim',
    'Lopez',
    'Morales',
    'Nguyen',
    'Ortiz',
    'Patel',
    'Quinn',
    'Reyes',
    'Schmidt',
    'Torres',
  ]
  const adjudicatorRows: unknown[][] = []
  const adjudicatorsByCourt = new Map<number, number[]>()
  for (let i = 1; i <= counts.adjudicators; i += 1) {
    const court = random.pick(immigrationCourts)
    adjudicatorsByCourt.set(court.id, [...(adjudicatorsByCourt.get(court.id) ?? []), i])
    adjudicatorRows.push([i, `IJ ${random.pick(lastNames)} ${i}`, `ij-${i}`, court.id])
  }
  await time('adjudicators', () =>
    insertRows(
      client,
      'adjudicators',
      [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'slug', type: 'text' },
        { name: 'court_id', type: 'int' },
      ],
      adjudicatorRows,
    ),
  )
  return { adjudicatorsByCourt }
}

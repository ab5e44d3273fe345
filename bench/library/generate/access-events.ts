/** The audit trail: two years of library views, opens and downloads. */
import { weighted } from '../random'

import type { GeneratedCase } from './cases'
import { DAY, insertRows, iso, now, type Generation } from './rows'

export const generateAccessEvents = async (
  { client, random, counts, time }: Generation,
  cases: GeneratedCase[],
  advocateOrg: number[],
) => {
  const eventRows: unknown[][] = []
  const actionDist = weighted(['view-library', 'open-resource', 'download'], [70, 20, 10])
  for (let id = 1; id <= counts.accessEvents; id += 1) {
    const theCase = cases[random.int(0, cases.length - 1)]!
    const action = actionDist.one(random)
    const at = iso(now - random.next() * 730 * DAY)
    eventRows.push([
      id,
      action,
      theCase.ownerId,
      advocateOrg[theCase.ownerId],
      theCase.id,
      action === 'view-library' ? null : random.int(1, counts.resources),
      action === 'view-library'
        ? JSON.stringify({ page: 1, total: random.int(200, 3000), hasSearch: random.chance(0.3) })
        : null,
      at,
      at,
    ])
  }
  await time('access events', () =>
    insertRows(
      client,
      'access_events',
      [
        { name: 'id', type: 'int' },
        { name: 'action', type: 'text', cast: 'enum_access_events_action' },
        { name: 'actor_id', type: 'int' },
        { name: 'organization_id', type: 'int' },
        { name: 'case_id', type: 'int' },
        { name: 'resource_id', type: 'int' },
        { name: 'details', type: 'text', cast: 'jsonb' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      eventRows,
    ),
  )
}

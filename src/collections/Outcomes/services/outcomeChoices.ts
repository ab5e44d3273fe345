import 'server-only'

import type { Payload } from 'payload'

import { argumentTags, evidenceTags } from '@/collections/Outcomes/options'
import type { OutcomeChoices } from '@/lib/portal/outcome'
import { loadOutcomeOptions } from '@/lib/portal/vocabularies'
import type { Case, User } from '@/payload-types'

/**
 * The outcome form's choices for one case: results are asked per relief the case seeks (every
 * relief type when the intake named none).
 */
export const outcomeChoicesFor = async ({
  payload,
  user,
  theCase,
}: {
  payload: Payload
  user: User
  theCase: Case
}): Promise<OutcomeChoices> => {
  const options = await loadOutcomeOptions({ payload, user })
  const sought = new Set(
    (theCase.reliefSought ?? []).map((r) => String(typeof r === 'object' ? r.id : r)),
  )
  const reliefs = options.reliefTypes.filter((r) => sought.size === 0 || sought.has(r.value))
  return {
    proceduralStages: options.proceduralStages,
    courts: options.courts,
    adjudicators: options.adjudicators,
    experts: options.experts,
    reliefs,
    argumentTags: argumentTags.map(({ value, label }) => ({ value, label })),
    evidenceTags: evidenceTags.map(({ value, label }) => ({ value, label })),
  }
}

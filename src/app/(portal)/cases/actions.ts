'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { findCaseAs } from '@/collections/Cases/services/findCaseAs'
import { editIntake, registerCase } from '@/collections/Cases/services/saveIntake'
import { getViewer } from '@/lib/payload'
import { findLikelyDuplicates } from '@/lib/portal/cases'
import { readVersioned, resolveConflict } from '@/lib/portal/edit-conflict'
import type { IntakeState } from '@/lib/portal/intake'
import {
  courtChoiceOf,
  fromCase,
  intakeFieldNames,
  intakeSteps,
  parseIntake,
  toCaseData,
  validateIntake,
  validateIntakeStep,
} from '@/lib/portal/intake'
import { summarizeIntake } from '@/lib/portal/intake-summary'
import { loadIntakeOptions } from '@/lib/portal/vocabularies'
import { hasRole } from '@/lib/roles'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

const lastStep = intakeSteps.length - 1

const clampStep = (value: unknown) => {
  const step = Number(value)
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), lastStep) : 0
}

/**
 * One step of the case intake (new case, or editing `caseId`). Moving back or to another step
 * keeps every answer without checking it; continuing checks the step on screen; submitting checks
 * everything, warns about a likely duplicate once, then saves the case as the signed-in advocate.
 */
export async function intakeAction(
  bound: { caseId?: number },
  prev: IntakeState,
  formData: FormData,
): Promise<IntakeState> {
  const values = parseIntake(formData)
  const step = clampStep(formData.get('step'))
  const intent = String(formData.get('intent') ?? 'next')
  const revision = (prev?.revision ?? 0) + 1
  const { version, baseline } = readVersioned(formData, intakeFieldNames)
  const answer = (next: Partial<IntakeState>): IntakeState => ({
    status: 'idle',
    values,
    errors: {},
    step,
    revision,
    version,
    baseline,
    ...next,
  })

  const { payload, user } = await getViewer()
  if (!user) {
    return answer({
      status: 'error',
      message: 'Your session has ended. Log in again, then start the intake again.',
    })
  }
  const viewer = user as User
  const isEdit = typeof bound.caseId === 'number'
  if (!isEdit && !hasRole(viewer, 'advocate')) {
    return answer({
      status: 'error',
      message: 'Only advocate accounts register cases. Staff import cases in the admin panel.',
    })
  }

  if (intent === 'back') return answer({ step: Math.max(step - 1, 0) })
  if (intent.startsWith('goto-')) return answer({ step: clampStep(intent.slice(5)) })
  if (intent === 'add-deadline') {
    return answer({
      values: {
        ...values,
        deadlineLabel: [...(values.deadlineLabel as string[]), ''],
        deadlineDate: [...(values.deadlineDate as string[]), ''],
      },
    })
  }
  if (intent.startsWith('remove-deadline-')) {
    const index = Number(intent.slice('remove-deadline-'.length))
    const without = (list: string | string[]) =>
      (list as string[]).filter((_, position) => position !== index)
    return answer({
      values: {
        ...values,
        deadlineLabel: without(values.deadlineLabel),
        deadlineDate: without(values.deadlineDate),
      },
    })
  }

  const options = await loadIntakeOptions({ payload, user: viewer })
  if (intent === 'next') {
    const errors = validateIntakeStep({ step, values, options })
    if (Object.keys(errors).length > 0) return answer({ status: 'error', errors })
    return answer({ step: Math.min(step + 1, lastStep) })
  }

  // Submit: every step once more, whatever the browser sent.
  const problems = validateIntake({ values, options })
  if (problems) return answer({ status: 'error', step: problems.step, errors: problems.errors })
  const data = toCaseData(values)
  const courtChoice = courtChoiceOf(values)

  if (!isEdit && intent !== 'submit-anyway') {
    const duplicates = await findLikelyDuplicates({
      payload,
      user: viewer,
      country: data.country,
      proceduralStage: data.proceduralStage,
      persecutionTypes: data.persecutionTypes,
    })
    if (duplicates.length > 0) return answer({ step: lastStep, duplicates })
  }

  const req = await viewerRequest(payload, viewer)
  let result: Awaited<ReturnType<typeof editIntake>>
  try {
    result = isEdit
      ? await editIntake({ req, caseId: bound.caseId, data, version, courtChoice })
      : await registerCase({ req, data, courtChoice })
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'Case intake could not be saved' })
    return answer({
      status: 'error',
      message:
        'We could not save the case just now. Your answers are still here: please try again.',
    })
  }
  if (!result.ok && result.code === 'version-conflict') {
    const saved = await findCaseAs({ req, id: bound.caseId }).catch(() => null)
    if (saved) {
      const merged = resolveConflict({
        baseline,
        saved: fromCase(saved),
        yours: values,
        summarize: (answers) => summarizeIntake(answers, options),
      })
      return answer({
        status: 'error',
        step: lastStep,
        values: merged.values,
        version: saved.updatedAt,
        baseline: fromCase(saved),
        conflict: merged.conflict,
        message:
          'Someone else saved changes to this case while you were editing it. Nothing of yours is lost: check the answers below, then save again to apply your changes.',
      })
    }
  }
  if (!result.ok) {
    return answer({
      status: 'error',
      message:
        result.code === 'not-case-owner'
          ? result.message
          : 'We could not save the case just now. Your answers are still here: please try again.',
    })
  }
  const caseId = result.value.id
  revalidatePath('/account')
  revalidatePath(`/cases/${caseId}`, 'layout')
  redirect(isEdit ? `/cases/${caseId}?saved=1` : `/cases/${caseId}/confirmation`)
}

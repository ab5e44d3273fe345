import type { CollectionConfig, DateFieldValidation } from 'payload'
import { date } from 'payload/shared'

import { relatedCaseMemberOrStaff } from '@/access/relatedCaseMemberOrStaff'
import { relatedCaseOwnerOrStaff } from '@/access/relatedCaseOwnerOrStaff'
import { isStaff, isStaffField } from '@/access/isStaff'
import { nobodyField } from '@/access/nobody'
import { ownerOfReferencedCase } from '@/access/ownerOfReferencedCase'
import { attestationField } from '@/fields/attestation'
import { adjudicatorField } from '@/fields/adjudicator'
import { tagsField } from '@/fields/tags'

import { slugs } from '../slugs'
import { decisionResourceEndpoint } from './endpoints/decisionResource'
import { futureDecisionMessage, isFutureDecision } from './decisionDate'
import { afterOutcomeReported } from './hooks/afterOutcomeReported'
import { argumentTags, evidenceTags, outcomeLimits, outcomeResults } from './options'
import { setReportedBy } from './hooks/setReportedBy'
import { summarizeResults } from './hooks/summarizeResults'

/** A future decision date is refused first; then Payload's own date checks. */
const validateDecisionDate: DateFieldValidation = (value, options) => {
  const text = value instanceof Date ? value.toISOString() : value
  if (typeof text === 'string' && isFutureDecision(text)) return futureDecisionMessage
  return date(value, options)
}

export const Outcomes: CollectionConfig = {
  slug: slugs.outcomes,
  labels: { singular: 'Outcome', plural: 'Outcomes' },
  admin: {
    // The case number, read through the case: staff find an outcome by it in the list's search.
    useAsTitle: 'caseNumber',
    defaultColumns: [
      'caseNumber',
      'decisionDate',
      'resultSummary',
      'country',
      'court',
      'adjudicator',
      'stage',
    ],
    group: 'Cases',
  },
  defaultSort: '-decisionDate',
  access: {
    read: relatedCaseMemberOrStaff,
    create: ownerOfReferencedCase,
    update: relatedCaseOwnerOrStaff,
    delete: isStaff,
  },
  endpoints: [decisionResourceEndpoint],
  hooks: {
    beforeChange: [setReportedBy],
    afterChange: [afterOutcomeReported],
  },
  fields: [
    {
      name: 'case',
      type: 'relationship',
      relationTo: slugs.cases,
      required: true,
      index: true,
      access: { update: isStaffField },
    },
    {
      name: 'caseNumber',
      type: 'text',
      label: 'Case number',
      virtual: 'case.caseNumber',
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'country',
      type: 'relationship',
      relationTo: slugs.countries,
      label: 'Country (from the case)',
      virtual: 'case.country',
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'resultSummary',
      type: 'text',
      label: 'Result per relief',
      virtual: true,
      hooks: { afterRead: [summarizeResults] },
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
    },
    {
      name: 'reportedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: { create: isStaffField, update: isStaffField },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'decisionDate',
          type: 'date',
          required: true,
          index: true,
          validate: validateDecisionDate,
        },
        tagsField({ name: 'stage', relationTo: slugs.proceduralStages, hasMany: false }),
      ],
    },
    {
      type: 'row',
      fields: [
        tagsField({
          name: 'court',
          relationTo: slugs.courts,
          hasMany: false,
          label: 'Court or asylum office',
        }),
        adjudicatorField(),
      ],
    },
    {
      name: 'results',
      type: 'array',
      minRows: 1,
      maxRows: outcomeLimits.results,
      labels: { singular: 'Result', plural: 'Result per relief sought' },
      fields: [
        {
          name: 'relief',
          type: 'relationship',
          relationTo: slugs.reliefTypes,
          required: true,
          index: true,
        },
        {
          name: 'result',
          type: 'select',
          required: true,
          index: true,
          options: outcomeResults.map((o) => ({ ...o })),
        },
      ],
    },
    {
      name: 'arguments',
      type: 'select',
      hasMany: true,
      options: argumentTags.map((o) => ({ ...o })),
    },
    {
      name: 'argumentsText',
      type: 'textarea',
      maxLength: outcomeLimits.argumentsText,
      label: 'Arguments made',
    },
    {
      name: 'persuasiveEvidence',
      type: 'select',
      hasMany: true,
      options: evidenceTags.map((o) => ({ ...o })),
    },
    {
      name: 'persuasiveEvidenceText',
      type: 'textarea',
      maxLength: outcomeLimits.persuasiveEvidenceText,
      label: 'Evidence found persuasive',
    },
    { name: 'rationale', type: 'textarea', maxLength: outcomeLimits.rationale },
    {
      name: 'decisionDocument',
      type: 'upload',
      relationTo: slugs.decisionDocuments,
      admin: {
        description: 'Only decisions with individualized analysis, with the client’s permission.',
      },
    },
    {
      name: 'decisionResource',
      type: 'relationship',
      relationTo: slugs.resources,
      label: 'Library resource made from this decision',
      // Set only by "Make a library resource" (services/makeDecisionResource.ts); staff only read it.
      access: { read: isStaffField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, condition: (data) => Boolean(data?.decisionResource) },
    },
    {
      // Staff upload the redacted decision here; shown only while the outcome has none yet.
      name: 'decisionResourceActions',
      type: 'ui',
      admin: {
        components: { Field: '@/components/admin/DecisionResourcePanel#DecisionResourcePanel' },
      },
    },
    attestationField({
      name: 'containsIndividualizedAnalysis',
      label:
        'The decision contains individualized analysis (not only a generalized addendum of the law)',
      isRequiredWhen: (data) => Boolean(data.decisionDocument),
      requiredMessage: 'Confirm the decision contains individualized analysis before attaching it.',
    }),
    attestationField({
      name: 'clientPermission',
      label: 'My client gave permission to share this decision with the TA program',
      isRequiredWhen: (data) => Boolean(data.decisionDocument),
      requiredMessage: 'Confirm your client’s permission before attaching the decision.',
    }),
    {
      name: 'permissionToShare',
      type: 'checkbox',
      defaultValue: false,
      label:
        'The TA program may share redacted briefs and decisions from this case with other advocates',
    },
    {
      name: 'expertFeedback',
      type: 'array',
      maxRows: outcomeLimits.expertFeedback,
      fields: [
        { name: 'expert', type: 'relationship', relationTo: slugs.experts, index: true },
        {
          name: 'expertName',
          type: 'text',
          maxLength: outcomeLimits.expertName,
          admin: { description: 'If the expert is not in the directory.' },
        },
        { name: 'feedback', type: 'textarea', maxLength: outcomeLimits.feedback },
        {
          name: 'keepConfidential',
          type: 'checkbox',
          defaultValue: false,
          label: 'Keep this feedback confidential (do not share it with the expert)',
        },
      ],
    },
    {
      name: 'additionalInformation',
      type: 'textarea',
      maxLength: outcomeLimits.additionalInformation,
    },
  ],
}

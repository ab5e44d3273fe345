import type { CheckboxField } from 'payload'

type AttestationArgs = {
  name: string
  label: string
  /** When given, the box must be ticked whenever this returns true for the document. */
  isRequiredWhen?: (data: Record<string, unknown>) => boolean
  requiredMessage?: string
}

/** A statement the user attests to by ticking a box; stored with the record it covers. */
export const attestationField = ({
  name,
  label,
  isRequiredWhen = () => true,
  requiredMessage = 'Please confirm this statement.',
}: AttestationArgs): CheckboxField => ({
  name,
  type: 'checkbox',
  label,
  defaultValue: false,
  validate: (value: boolean | null | undefined, { data }: { data: unknown }) =>
    value === true || !isRequiredWhen((data ?? {}) as Record<string, unknown>)
      ? true
      : requiredMessage,
})

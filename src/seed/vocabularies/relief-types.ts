/** The forms of protection an I-589 asks for. */
export type ReliefTypeTerm = {
  slug: string
  name: string
}

export const reliefTypes = [
  { slug: 'asylum', name: 'Asylum' },
  { slug: 'withholding', name: 'Withholding of removal' },
  { slug: 'cat', name: 'Protection under the Convention Against Torture (CAT)' },
] as const satisfies readonly ReliefTypeTerm[]

export type ReliefTypeSlug = (typeof reliefTypes)[number]['slug']

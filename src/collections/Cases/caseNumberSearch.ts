/**
 * The confidentiality rule for a case number typed into a library's search (SPEC §4): a case
 * number finds an unpublished decision from that case only if this library holds it, and otherwise
 * the page says that one sentence and nothing else. No hint, count or heading may tell whether the
 * decision exists elsewhere or which filter would reveal it. When it is here, the search stays and
 * only the other filters may be offered for removal.
 */
export type CaseNumberSearch = { caseNumber: string; isFound: boolean } | null

/** True when the page must say only that the decision is not available here. */
export const isCaseNumberWithheld = (search: CaseNumberSearch): boolean =>
  Boolean(search && !search.isFound)

/**
 * The selections an empty result may suggest removing: none for a withheld case number, every
 * filter but the case number for one that is here, every selection otherwise.
 */
export const removableSelections = <Selection extends { key: string }>({
  search,
  selections,
}: {
  search: CaseNumberSearch
  selections: Selection[]
}): Selection[] => {
  if (!search) return selections
  if (isCaseNumberWithheld(search)) return []
  return selections.filter((selection) => selection.key !== 'q')
}

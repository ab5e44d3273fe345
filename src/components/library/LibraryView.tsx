import { toLibraryParams, type EmptyResultHint, type LibraryResult } from '@/library/service'

import { LibraryFilters } from './LibraryFilters'
import { LibraryResults } from './LibraryResults'
import { listSelections, type ParsedLibraryParams } from './selections'

import './library.css'

type Props = {
  parsed: ParsedLibraryParams
  result: LibraryResult
  /** The engine's empty-result hints (src/library/service.ts `caseLibraryPage`). */
  hints: EmptyResultHint[]
  basePath: string
  resourcePath: string
  searchHint: string
  emptyLibraryText: string
}

const FORM_ID = 'library-filters'

/** Sidebar and results of a library (a case's or the expert library), from one engine result. */
export const LibraryView = ({
  parsed,
  result,
  hints,
  basePath,
  resourcePath,
  searchHint,
  emptyLibraryText,
}: Props) => {
  const selections = listSelections(parsed, result)
  const params = toLibraryParams(parsed)
  // The form's inputs are uncontrolled: remount them for each query, so that after a link (a
  // removed selection, "Clear filters") they show what is applied, not what was last typed.
  const stateKey = `${params.toString()}#${result.page}`
  return (
    <div className="lib-layout">
      <div className="lib-sidebar">
        <LibraryFilters
          key={stateKey}
          formId={FORM_ID}
          basePath={basePath}
          parsed={parsed}
          result={result}
          searchHint={searchHint}
        />
      </div>
      <LibraryResults
        key={stateKey}
        formId={FORM_ID}
        basePath={basePath}
        resourcePath={resourcePath}
        parsed={parsed}
        params={params}
        result={result}
        selections={selections}
        hints={hints}
        emptyLibraryText={emptyLibraryText}
      />
    </div>
  )
}

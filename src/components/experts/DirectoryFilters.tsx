import {
  FilterForm,
  FilterGroupFrame,
  FilterOption,
  FoldedOptions,
  OptionLists,
} from '@/components/filters/FilterForm'
import { plural } from '@/components/library/format'
import type { Facet, FacetOption } from '@/experts/facets'
import { MAX_QUERY_LENGTH } from '@/experts/params'

const optionOf = (facet: Facet) => {
  const Rendered = (option: FacetOption) => (
    <FilterOption
      key={option.value}
      // Values may be free text (languages, regions): the option's position makes a safe, unique id.
      id={`xd-${facet.key}-${facet.options.indexOf(option)}`}
      name={facet.param}
      value={option.value}
      label={option.label}
      count={option.count}
      isChecked={option.isChecked}
    />
  )
  return Rendered
}

const Group = ({ facet }: { facet: Facet }) => {
  const isAvailable = (option: FacetOption) => option.count > 0 || option.isChecked
  // Countries experts reach only through their region fold away: the list stays short.
  const viaRegion = facet.options.filter(
    (option) => option.isRegionOnly && option.count > 0 && !option.isChecked,
  )
  const inline = facet.options.filter(
    (option) => isAvailable(option) && !viaRegion.includes(option),
  )
  const empty = facet.options.filter((option) => !isAvailable(option))
  const renderOption = optionOf(facet)
  return (
    <FilterGroupFrame
      hintId={`xd-${facet.param}-hint`}
      legend={facet.legend}
      hint={facet.hint}
      isEmpty={facet.options.length === 0}
    >
      <OptionLists
        inline={inline}
        empty={empty}
        render={renderOption}
        folded={
          <FoldedOptions
            summary={`${plural(viaRegion.length, 'more country', 'more countries')} covered through a region`}
          >
            {viaRegion.map(renderOption)}
          </FoldedOptions>
        }
      />
    </FilterGroupFrame>
  )
}

type Props = {
  formId: string
  basePath: string
  q?: string
  facets: Facet[]
  activeCount: number
}

/**
 * The sidebar: a plain GET form, so searching and filtering work without JavaScript. Each option
 * says how many results checking it would leave.
 */
export const DirectoryFilters = ({ formId, basePath, q, facets, activeCount }: Props) => (
  <FilterForm
    formId={formId}
    basePath={basePath}
    label="Search and filter experts"
    search={{
      id: 'xd-q',
      label: 'Search experts',
      hint: 'Names, credentials, countries, regions, topics, languages or location. Put a phrase in quotes to find it exactly.',
      q,
      max: MAX_QUERY_LENGTH,
    }}
    activeCount={activeCount}
    applyLabel="Apply filters"
  >
    {facets.map((facet) => (
      <Group key={facet.key} facet={facet} />
    ))}
  </FilterForm>
)

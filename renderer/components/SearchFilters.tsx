import type { FacetCount, Facets, SearchFilters as Filters } from '../../archive/core/search';

interface Props {
  facets: Facets;
  filters: Filters;
  onChange(filters: Filters): void;
}

const ALL = '';

/** One facet as a labelled select: every value with the number of results picking it would leave. */
function FacetSelect(props: {
  label: string;
  allLabel: string;
  values: readonly FacetCount[];
  selected: string | undefined;
  testId: string;
  onSelect(value: string | undefined): void;
}) {
  const { label, allLabel, values, selected, testId, onSelect } = props;
  // A chosen value the current query no longer matches stays listed (with 0), so it can be seen and undone.
  const shown =
    selected === undefined || values.some((v) => v.value === selected)
      ? values
      : [...values, { value: selected, count: 0 }];
  return (
    <label className="field">
      {label}
      <select
        autoComplete="off"
        value={selected ?? ALL}
        onChange={(e) => onSelect(e.target.value === ALL ? undefined : e.target.value)}
        data-testid={testId}
      >
        <option value={ALL}>{allLabel}</option>
        {shown.map((v) => (
          <option key={v.value} value={v.value}>
            {v.value === 'undated' ? 'Undated' : v.value} ({v.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Narrows search results by source, year and notes; each choice shows how many results it would leave. */
export function SearchFilters({ facets, filters, onChange }: Props) {
  const notes: FacetCount[] = [
    { value: 'with', count: facets.notes.with },
    { value: 'without', count: facets.notes.without },
  ];
  const active = Boolean(filters.sources?.length || filters.years?.length || filters.notes);
  return (
    <div className="search-filters" role="group" aria-label="Narrow the results">
      <FacetSelect
        label="Source"
        allLabel="All sources"
        values={facets.sources}
        selected={filters.sources?.[0]}
        testId="facet-source"
        onSelect={(value) => onChange({ ...filters, sources: value === undefined ? [] : [value] })}
      />
      <FacetSelect
        label="Year"
        allLabel="All years"
        values={facets.years}
        selected={filters.years?.[0]}
        testId="facet-year"
        onSelect={(value) => onChange({ ...filters, years: value === undefined ? [] : [value] })}
      />
      <label className="field">
        Notes
        <select
          autoComplete="off"
          value={filters.notes ?? ALL}
          onChange={(e) => {
            const value = e.target.value;
            const next: Filters = { ...filters };
            delete next.notes;
            onChange(value === 'with' || value === 'without' ? { ...next, notes: value } : next);
          }}
          data-testid="facet-notes"
        >
          <option value={ALL}>With or without notes</option>
          {notes.map((n) => (
            <option key={n.value} value={n.value}>
              {n.value === 'with' ? 'With notes' : 'Without notes'} ({n.count})
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" className="link-button" onClick={() => onChange({})} data-testid="facet-clear">
          Clear filters
        </button>
      )}
    </div>
  );
}

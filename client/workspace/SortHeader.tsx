/** A sortable column header: a button that says which way the table is sorted (aria-sort). */
export function SortHeader(props: { label: string; active: boolean; descending: boolean; onSort: () => void; className?: string }) {
  const { label, active, descending, onSort, className } = props;
  return (
    <th scope="col" className={className} aria-sort={active ? (descending ? "descending" : "ascending") : "none"}>
      <button type="button" className="ws-sort" onClick={onSort}>
        {label}
        <span className="ws-sort-mark" aria-hidden="true">
          {active ? (descending ? "▾" : "▴") : ""}
        </span>
      </button>
    </th>
  );
}

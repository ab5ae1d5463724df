/**
 * One table's map in the Tables view: a row per column with its header, the role and year read (native
 * selects: keyboard and screen-reader usable as they are, and they fit 320 px), and "check" in words
 * where the reading is unsure, never colour alone. A change is saved at once as the officer's correction.
 */
import { Text } from '@fluentui/react-components';
import type { TableSummary } from '../../../session/summary';
import type { ColumnRequest, CorrectionRequest } from '../../../session/corrections';

/** The map's roles, as `ni-targets map` takes them. */
export const ROLES = [
  'code',
  'title',
  'group',
  'baseline',
  'actual',
  'target',
  'comparator',
  'period',
  'unit',
  'notes',
  'status',
  'ignore',
] as const;

const CHECK = 0.6;

/** Saves a correction of a table's map (the session's correctTable). */
// the base rule cannot tell a type's parameter name from a variable
// eslint-disable-next-line no-unused-vars
export type OnCorrect = (req: CorrectionRequest) => void;
// eslint-disable-next-line no-unused-vars
type OnChange = (r: ColumnRequest) => void;

export interface TableMapProps {
  table: TableSummary;
  busy: boolean;
  onCorrect: OnCorrect;
}

type Column = NonNullable<TableSummary['map']>['columns'][number];

/** Years offered for a column: those the table's columns read, and the one it has. */
function yearsOf(columns: readonly Column[]): string[] {
  return [...new Set(columns.map((c) => c.year).filter((y): y is string => y !== null))].sort();
}

function ColumnRow({
  c,
  years,
  busy,
  change,
}: {
  c: Column;
  years: string[];
  busy: boolean;
  change: OnChange;
}) {
  const name = `column ${c.column}${c.header ? ` (${c.header})` : ''}`;
  return (
    <li data-testid="map-column">
      <Text>
        <strong>{c.column}</strong> {c.header || '(no header)'}
        {c.corrected ? ' (yours)' : c.confidence < CHECK ? ' (check)' : ''}
      </Text>{' '}
      <select
        aria-label={`Role of ${name}`}
        value={c.role}
        disabled={busy}
        onChange={(e) => change({ column: c.column, role: e.target.value, year: c.year ?? undefined })}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>{' '}
      <select
        aria-label={`Year of ${name}`}
        value={c.year ?? ''}
        disabled={busy}
        onChange={(e) => change({ column: c.column, role: c.role, year: e.target.value || undefined })}
      >
        <option value="">no year</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </li>
  );
}

export function TableMap({ table, busy, onCorrect }: TableMapProps) {
  const map = table.map;
  if (!map || map.columns.length === 0) return null;
  const cell = map.range.split(':')[0];
  const years = yearsOf(map.columns);
  const change = (r: ColumnRequest) => onCorrect({ sheet: table.sheet, cell, columns: [r] });
  return (
    <details data-testid="table-map">
      <summary>
        Map of {table.sheet}!{map.range}: header rows {map.header}
        {map.corrected ? ', corrected by you' : ''}
      </summary>
      <ul aria-label={`Columns of ${table.sheet}!${map.range}`} style={{ listStyleType: 'none', padding: 0 }}>
        {map.columns.map((c) => (
          <ColumnRow key={c.column} c={c} years={years} busy={busy} change={change} />
        ))}
      </ul>
    </details>
  );
}

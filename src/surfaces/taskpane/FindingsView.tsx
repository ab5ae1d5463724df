import { useMemo, useState } from 'react';
import { Input, Select, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/model/findings';
import {
  NO_FILTER,
  SEVERITIES,
  SEVERITY_LABEL,
  SEVERITY_WORD,
  filterRows,
  findingRows,
  listWords,
  ruleCounts,
  rowCounts,
  type FindingFilter,
  type FindingRow,
} from './finding-groups';
import { useRovingList } from './use-roving-list';

import type { FindingListProps, FindingsFilterProps, FindingsViewProps } from './view-props';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  filter: { width: '100%', marginBottom: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  finding: {
    display: 'block',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `-${tokens.strokeWidthThick}`,
    },
  },
  where: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fix: { display: 'block', color: tokens.colorNeutralForeground3 },
  hint: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function FindingsView({ summary, onSelect }: FindingsViewProps) {
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const rows = useMemo(() => (summary ? findingRows(summary.findings) : []), [summary]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  if (!summary) return <Text as="p">Validate the workbook to see what needs checking.</Text>;

  const cells = shown.reduce((n, r) => n + r.cells.length, 0);
  return (
    <div data-testid="findings-view">
      <FindingsFilter rows={rows} filter={filter} setFilter={setFilter} />
      <Text as="p" role="status">
        Showing {shown.length} of {rows.length} findings, at {cells} {cells === 1 ? 'cell' : 'cells'}.
      </Text>
      <FindingList rows={shown} onSelect={onSelect} />
    </div>
  );
}

/** One toggle per severity and a choice of rule, each with its count, and a free-text filter. */
function FindingsFilter({ rows, filter, setFilter }: FindingsFilterProps) {
  const styles = useStyles();
  const counts = rowCounts(rows);
  const toggle = (s: Severity) => setFilter((f) => ({ ...f, show: { ...f.show, [s]: !f.show[s] } }));
  return (
    <>
      <div className={styles.bar} role="group" aria-label="Show severities">
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filter.show[s]}
            onClick={() => toggle(s)}
            data-testid={`toggle-${s}`}
          >
            {SEVERITY_LABEL[s]} ({counts[s]})
          </ToggleButton>
        ))}
      </div>
      <Select
        className={styles.filter}
        aria-label="Show rule"
        value={filter.rule}
        onChange={(_, d) => setFilter((f) => ({ ...f, rule: d.value }))}
        data-testid="findings-rule"
      >
        <option value="">Every rule ({rows.length})</option>
        {ruleCounts(rows).map(({ rule, count }) => (
          <option key={rule} value={rule}>
            {rule} ({count})
          </option>
        ))}
      </Select>
      <Input
        className={styles.filter}
        aria-label="Filter findings"
        placeholder="Filter: NI code, sheet, words…"
        value={filter.text}
        onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
        data-testid="findings-filter"
      />
    </>
  );
}

const where = (r: FindingRow) => `${r.sheet}!${listWords(r.cells)}`;

/** The findings as one list and one Tab stop: arrows move, Enter (or a click) selects the first cell. */
function FindingList({ rows, onSelect }: FindingListProps) {
  const styles = useStyles();
  const { onKeyDown, itemProps } = useRovingList(rows.length, (i) => onSelect(rows[i].findings[0]));
  if (rows.length === 0) return null;
  return (
    <>
      <Text as="p" id="findings-keys" className={styles.hint}>
        Arrow keys move through the list; Enter selects the cell; Tab leaves the list.
      </Text>
      <ul
        className={styles.list}
        role="listbox"
        aria-label="Findings"
        aria-describedby="findings-keys"
        onKeyDown={onKeyDown}
        data-testid="findings-list"
      >
        {rows.map((r, i) => (
          <li
            key={r.key}
            role="option"
            className={styles.finding}
            data-testid="finding"
            data-severity={r.severity}
            title={`Select ${r.sheet}!${r.cells[0]}`}
            {...itemProps(i)}
          >
            <span className={styles.where}>
              {SEVERITY_WORD[r.severity]} · {where(r)}
            </span>
            {r.message}
            {r.fix && <span className={styles.fix}>{r.fix}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

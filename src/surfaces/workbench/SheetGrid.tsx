import { useEffect, useMemo, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { a1, parseRangeA1 } from '../../engine/model/a1';
import type { SheetSnapshot } from '../../engine/model/snapshot';
import { gridView } from './grid-cells';
import type { SheetGridProps } from './workbench-props';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: {
    position: 'sticky',
    top: 0,
    background: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: { background: tokens.colorNeutralBackground3, padding: '2px 6px', textAlign: 'right' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '16em',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    background: tokens.colorBrandBackground2,
  },
});

function inRange(range: string | null, row: number, col: number): boolean {
  if (!range) return false;
  const r = parseRangeA1(range);
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

/** A read-only view of one sheet: click selects a cell, shift+click extends the selection to a range. */
export function SheetGrid({ sheet, selection, onSelect }: SheetGridProps & { sheet: SheetSnapshot }) {
  const styles = useStyles();
  const focusRow = selection ? parseRangeA1(selection).r0 : 0;
  const view = useMemo(() => gridView(sheet, focusRow), [sheet, focusRow]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  // a block, not an arrow expression: newer browsers return a promise from scrollIntoView, which React
  // would take for a clean-up function
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selection, sheet]);
  const first = selection ? selection.split(':')[0] : null;

  return (
    <div className={styles.wrap} data-testid="sheet-grid" tabIndex={0} aria-label={`Sheet ${sheet.name}`}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.head} />
            {view.columns.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r}>
              <th className={`${styles.head} ${styles.rowHead}`} scope="row">
                {r + 1}
              </th>
              {view.columns.map((_, c) => {
                const ref = a1(r, c);
                const selected = inRange(selection, r, c);
                return (
                  <td
                    key={c}
                    ref={ref === first ? selectedRef : undefined}
                    className={selected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    data-cell={ref}
                    aria-selected={selected || undefined}
                    title={view.text(r, c) || undefined}
                    onClick={(e) => onSelect(ref, e.shiftKey)}
                  >
                    {view.text(r, c)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {view.clipped && <p>Only the first {view.rows.length} rows and 40 columns are shown here.</p>}
    </div>
  );
}

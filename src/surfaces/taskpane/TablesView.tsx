import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableSummary } from '../../session/summary';

import type { TablesViewProps } from './view-props';
import { TableMap, type OnCorrect, type OnUseSelection } from './table-map/TableMap';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

const KIND: Record<TableSummary['kind'], { label: string; unit: string }> = {
  targets: { label: 'Targets table', unit: 'indicator' },
  'action-plan': { label: 'Action plan', unit: 'task' },
};

function describe(t: TableSummary): string {
  const k = KIND[t.kind];
  return `${k.label}, ${t.count} ${k.unit}${t.count === 1 ? '' : 's'}`;
}

/** onCorrect: saves a correction of a table's map; the map is shown only where the pane passes it */
export function TablesView({
  summary,
  busy,
  onUseSelection,
  onExclude,
  onCorrect,
  onMapSelection,
}: TablesViewProps & { onCorrect?: OnCorrect; onMapSelection?: OnUseSelection }) {
  const styles = useStyles();
  return (
    <div data-testid="tables-view">
      {!summary && <Text as="p">Validate the workbook to see the tables NI Targets finds.</Text>}
      {summary && summary.tables.length === 0 && (
        <Text as="p">No tables found. Select one and add it below.</Text>
      )}
      {summary && summary.tables.length > 0 && (
        <ul className={styles.list} aria-label="Tables found">
          {summary.tables.map((t) => (
            <li key={`${t.sheet}!${t.range}`} className={styles.item} data-testid="table-item">
              <Text className={styles.text}>
                <strong>
                  {t.sheet}!{t.range}
                </strong>{' '}
                {describe(t)}
                {t.added ? ' (added by you)' : ''}
              </Text>
              <Button
                size="small"
                disabled={busy}
                onClick={() => onExclude(t)}
                aria-label={`Exclude ${t.sheet}!${t.range}`}
              >
                Exclude
              </Button>
              {onCorrect && (
                <TableMap table={t} busy={busy} onCorrect={onCorrect} onUseSelection={onMapSelection} />
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Button disabled={busy} onClick={onUseSelection} data-testid="use-selection">
          Use selection as a table
        </Button>
      </p>
      <Text size={200} as="p">
        Select a table the list misses, header row included, then add it here.
      </Text>
    </div>
  );
}

import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { rangeA1 } from '../../engine/model/a1';
import type { ExcludedTablesProps } from './view-props';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  heading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
  },
});

/** Tables the officer excluded, each with Include: an exclusion is never a one-way door. */
export function ExcludedTables({ excluded, busy, onInclude }: ExcludedTablesProps) {
  const styles = useStyles();
  if (excluded.length === 0) return null;
  return (
    <section aria-labelledby="excluded-heading" data-testid="excluded-tables">
      <h2 id="excluded-heading" className={styles.heading}>
        Excluded tables
      </h2>
      <ul className={styles.list}>
        {excluded.map((t) => {
          const name = `${t.sheet}!${rangeA1(t.range)}`;
          return (
            <li key={name} className={styles.item}>
              <Text className={styles.text}>{name}</Text>
              <Button
                size="small"
                disabledFocusable={busy}
                onClick={() => onInclude(t)}
                aria-label={`Include ${name}`}
              >
                Include
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useMemo, useState } from 'react';
import { Button, Input, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/model/findings';
import {
  SEVERITIES,
  SEVERITY_LABEL,
  groupFindings,
  type FindingFilter,
  type FindingGroup,
} from './finding-groups';

import type { FindingSectionProps, FindingsFilterProps, FindingsViewProps } from './view-props';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  filter: { width: '100%' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  finding: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  fix: { display: 'block', color: tokens.colorNeutralForeground3 },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, overflowWrap: 'anywhere' },
  severity: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase200 },
});

export function FindingsView({ summary, onSelect }: FindingsViewProps) {
  const [filter, setFilter] = useState<FindingFilter>({
    show: { error: true, warning: true, info: true },
    text: '',
  });
  const groups = useMemo(
    () => (summary ? groupFindings(summary.findings, summary.tables, filter) : []),
    [summary, filter],
  );
  if (!summary) return <Text as="p">Validate the workbook to see what needs checking.</Text>;

  return (
    <div data-testid="findings-view">
      <FindingsFilter summary={summary} filter={filter} setFilter={setFilter} />
      <Text as="p" role="status">
        Showing {countShown(groups)} of {summary.findings.length} findings.
      </Text>
      {groups.map((g) => (
        <FindingSection key={g.title} group={g} onSelect={onSelect} />
      ))}
    </div>
  );
}

function countShown(groups: FindingGroup[]): number {
  return groups.reduce((n, g) => n + g.bySeverity.reduce((m, s) => m + s.findings.length, 0), 0);
}

/** One toggle per severity, with its count in the whole workbook, and a free-text filter. */
function FindingsFilter({ summary, filter, setFilter }: FindingsFilterProps) {
  const styles = useStyles();
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
            {SEVERITY_LABEL[s]} ({summary.counts[s]})
          </ToggleButton>
        ))}
      </div>
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

/** One group's findings, by severity; each finding is a button that selects its cell. */
function FindingSection({ group, onSelect }: FindingSectionProps) {
  const styles = useStyles();
  return (
    <section aria-label={group.title}>
      <h3 className={styles.heading}>{group.title}</h3>
      {group.bySeverity.map(({ severity, findings }) => (
        <div key={severity}>
          <h4 className={styles.severity}>
            {SEVERITY_LABEL[severity]} ({findings.length})
          </h4>
          <ul className={styles.list}>
            {findings.map((f, i) => (
              <li key={`${f.cell}-${f.rule}-${i}`}>
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  onClick={() => onSelect(f)}
                  data-testid="finding"
                  title={`Select ${f.sheet}!${f.cell}`}
                >
                  <span>
                    <strong>{f.cell}</strong> {f.message}
                    {f.fix && <span className={styles.fix}>{f.fix}</span>}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

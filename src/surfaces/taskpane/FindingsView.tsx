import { useMemo, useState } from 'react';
import { Button, Input, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/model/findings';
import { SEVERITIES, SEVERITY_LABEL, groupFindings, type FindingFilter } from './finding-groups';

import type { FindingsViewProps } from './view-props';

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
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>({
    show: { error: true, warning: true, info: true },
    text: '',
  });
  const groups = useMemo(
    () => (summary ? groupFindings(summary.findings, summary.tables, filter) : []),
    [summary, filter],
  );
  if (!summary) return <Text as="p">Validate the workbook to see what needs checking.</Text>;
  const toggle = (s: Severity) => setFilter((f) => ({ ...f, show: { ...f.show, [s]: !f.show[s] } }));
  const shown = groups.reduce((n, g) => n + g.bySeverity.reduce((m, s) => m + s.findings.length, 0), 0);

  return (
    <div data-testid="findings-view">
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
      <Text as="p" role="status">
        Showing {shown} of {summary.findings.length} findings.
      </Text>
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3 className={styles.heading}>{g.title}</h3>
          {g.bySeverity.map(({ severity, findings }) => (
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
      ))}
    </div>
  );
}

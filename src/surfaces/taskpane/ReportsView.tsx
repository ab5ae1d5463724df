import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';

import type { ReportsViewProps } from './view-props';
import type { ExportKind } from './use-pane';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  // 24 px high at least, so the links meet WCAG's target size (axe target-size)
  link: { display: 'inline-block', minHeight: '24px', lineHeight: '24px' },
});

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'docx', label: 'Export Word' },
  { kind: 'html', label: 'Export HTML' },
  { kind: 'csv', label: 'Export CSV' },
];

export function ReportsView({ busy, downloads, onBuild, onExport }: ReportsViewProps) {
  const styles = useStyles();
  return (
    <div data-testid="reports-view">
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onBuild} data-testid="build-reports">
          Build Table A &amp; B
        </Button>
      </div>
      <div className={styles.row} role="group" aria-label="Export">
        {EXPORTS.map((e) => (
          <Button
            key={e.kind}
            disabledFocusable={busy}
            onClick={() => onExport(e.kind)}
            data-testid={`export-${e.kind}`}
          >
            {e.label}
          </Button>
        ))}
      </div>
      {downloads.length > 0 && (
        <>
          <Text as="p">If a download did not start, use these links:</Text>
          <ul className={styles.list} aria-label="Downloads" data-testid="downloads">
            {downloads.map((d) => (
              <li key={d.url}>
                <Link className={styles.link} href={d.url} download={d.name}>
                  {d.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

import { FluentProvider, makeStyles, tokens, webLightTheme, webDarkTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { useWorkbench } from './use-workbench';
import type { InitialWorkbook, OpenBytes } from './workbench-props';
import { WorkbookArea } from './WorkbookArea';

const useStyles = makeStyles({
  root: {
    height: '100vh',
    display: 'flex',
    boxSizing: 'border-box',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
  },
  pane: {
    width: '320px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

const loadOpen: OpenBytes = async (bytes, name, onChange) =>
  (await import(/* webpackChunkName: "browser-workbook" */ './browser-workbook')).openWorkbook(
    bytes,
    name,
    onChange,
  );

export interface WorkbenchProps {
  open?: OpenBytes;
  /** a workbook to open at once (the bundled sample with ?sample=1) */
  initial?: InitialWorkbook | null;
  dark?: boolean;
}

export function WorkbenchApp({ open = loadOpen, initial = null, dark = false }: WorkbenchProps) {
  const styles = useStyles();
  const wb = useWorkbench(open, initial);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <WorkbookArea wb={wb} />
      <aside className={styles.pane} aria-label="NI Targets task pane" data-testid="pane-frame">
        {/* a fresh pane per opened workbook: its session belongs to that file */}
        <App
          key={wb.opened}
          connect={wb.connect}
          officeTheme={dark ? { bodyBackgroundColor: '#1f1f1f' } : undefined}
        />
      </aside>
    </FluentProvider>
  );
}

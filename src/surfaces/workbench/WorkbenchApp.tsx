import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  webDarkTheme,
} from '@fluentui/react-components';
import { App } from '../taskpane/App';
import type { Connect } from '../taskpane/use-pane';
import { startDownload, toDownload } from '../taskpane/download';
import { parseRangeA1, rangeA1 } from '../../engine/model/a1';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import type { OpenWorkbook } from './browser-workbook';
import { SheetGrid } from './SheetGrid';
import type { OpenBytes } from './workbench-props';

const useStyles = makeStyles({
  root: {
    height: '100vh',
    display: 'flex',
    boxSizing: 'border-box',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
  },
  book: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  drop: { outline: `2px dashed ${tokens.colorBrandStroke1}` },
  pane: {
    width: '320px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  hidden: { display: 'none' },
});

const loadOpen: OpenBytes = async (bytes, name, onChange) =>
  (await import(/* webpackChunkName: "browser-workbook" */ './browser-workbook')).openWorkbook(
    bytes,
    name,
    onChange,
  );

const loadSession = async () => {
  const [{ createSession }, { browserEngine }] = await Promise.all([
    import(/* webpackChunkName: "session" */ '../../session/session'),
    import(/* webpackChunkName: "session" */ '../browser-engine'),
  ]);
  return { createSession, browserEngine };
};

export interface WorkbenchProps {
  open?: OpenBytes;
  /** a workbook to open at once (the bundled sample with ?sample=1) */
  initial?: { bytes: ArrayBuffer; name: string } | null;
  dark?: boolean;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function WorkbenchApp({ open = loadOpen, initial = null, dark = false }: WorkbenchProps) {
  const styles = useStyles();
  const [book, setBook] = useState<OpenWorkbook | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ sheet: string; range: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [opened, setOpened] = useState(0);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async (b: OpenWorkbook) => {
    const s = await b.snapshot();
    setSnapshot(s);
    setSheet((old) =>
      old && s.sheets.some((x) => x.name === old) ? old : (visibleSheets(s)[0]?.name ?? null),
    );
  }, []);

  const openBytes = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      setLoading(true);
      setError(null);
      try {
        let b: OpenWorkbook | null = null;
        b = await open(bytes, name, () => b && void refresh(b));
        setSelection(null);
        setSheet(null);
        setBook(b);
        setOpened((n) => n + 1);
        await refresh(b);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setLoading(false);
      }
    },
    [open, refresh],
  );

  useEffect(() => {
    if (initial) void openBytes(initial.bytes, initial.name);
  }, [initial, openBytes]);

  const openFile = async (file: File) => openBytes(await file.arrayBuffer(), file.name);

  const connect: Connect = useMemo(() => {
    const current = book;
    return async () => {
      if (!current) throw new Error('open a workbook first');
      const { createSession, browserEngine } = await loadSession();
      return createSession(
        current.gateway,
        {
          selectCell: async (s, cell) => {
            setSheet(s);
            setSelection({ sheet: s, range: cell });
          },
          getSelection: async () => selectionRef.current,
        },
        browserEngine(),
      );
    };
  }, [book]);

  const onSelect = (cell: string, extend: boolean) => {
    if (!sheet) return;
    const old = selectionRef.current;
    if (extend && old && old.sheet === sheet) {
      const a = parseRangeA1(old.range);
      const b = parseRangeA1(cell);
      const range = rangeA1({
        r0: Math.min(a.r0, b.r0),
        c0: Math.min(a.c0, b.c0),
        r1: Math.max(a.r1, b.r1),
        c1: Math.max(a.c1, b.c1),
      });
      setSelection({ sheet, range });
    } else setSelection({ sheet, range: cell });
  };

  const download = async () => {
    if (!book) return;
    const name = book.name.replace(/\.xlsx$/i, '') + ' (NI Targets).xlsx';
    startDownload(toDownload({ name, mime: XLSX_MIME, data: await book.save() }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  const shown = snapshot?.sheets.find((s) => s.name === sheet) ?? null;
  const theme = dark ? webDarkTheme : webLightTheme;

  return (
    <FluentProvider theme={theme} className={styles.root}>
      <main
        className={dragging ? `${styles.book} ${styles.drop}` : styles.book}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="workbook-area"
        aria-label="Workbook"
      >
        <Title3 as="h1">NI Targets workbench</Title3>
        <div className={styles.bar}>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm"
            data-testid="file-input"
            aria-label="Workbook file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void openFile(f);
              e.target.value = '';
            }}
          />
          <Button
            appearance="primary"
            onClick={() => fileInput.current?.click()}
            disabled={loading}
            data-testid="open-workbook"
          >
            Open workbook…
          </Button>
          <Button onClick={download} disabled={!book || loading} data-testid="download-workbook">
            Download workbook
          </Button>
          <Text data-testid="workbook-name">{book ? book.name : 'or drop an .xlsx file here'}</Text>
          {selection && (
            <Text data-testid="selection">
              Selected: {selection.sheet}!{selection.range}
            </Text>
          )}
        </div>
        {loading && <Text>Opening…</Text>}
        {error && (
          <MessageBar intent="error" data-testid="workbench-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {snapshot && (
          <TabList
            selectedValue={sheet ?? undefined}
            onTabSelect={(_, d) => setSheet(String(d.value))}
            size="small"
            aria-label="Sheets"
            data-testid="sheet-tabs"
          >
            {visibleSheets(snapshot).map((s) => (
              <Tab key={s.name} value={s.name} data-testid="sheet-tab">
                {s.name}
              </Tab>
            ))}
          </TabList>
        )}
        {shown && (
          <SheetGrid
            sheet={shown}
            selection={selection && selection.sheet === shown.name ? selection.range : null}
            onSelect={onSelect}
          />
        )}
      </main>
      <aside className={styles.pane} aria-label="NI Targets task pane" data-testid="pane-frame">
        {/* a fresh pane per opened workbook: its session belongs to that file */}
        <App
          key={opened}
          connect={connect}
          officeTheme={dark ? { bodyBackgroundColor: '#1f1f1f' } : undefined}
        />
      </aside>
    </FluentProvider>
  );
}

function visibleSheets(s: WorkbookSnapshot) {
  return s.sheets.filter((x) => x.visibility === 'visible');
}

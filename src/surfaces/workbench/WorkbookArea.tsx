import { useRef, useState, type DragEvent } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SheetGrid } from './SheetGrid';
import { CellEditor } from './CellEditor';
import { visibleSheets } from './use-open-workbook';
import type { SheetTabsProps, Workbench } from './workbench-props';

const useStyles = makeStyles({
  book: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  drop: { outline: `2px dashed ${tokens.colorBrandStroke1}` },
  hidden: { display: 'none' },
});

/** A workbook file dropped on the area opens; the area is outlined while a file is dragged over it. */
function useDropZone(openFile: Workbench['openFile']) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) void openFile(file);
    },
  };
}

/** The workbook side of the page: toolbar, sheet tabs and the shown sheet's grid. */
export function WorkbookArea({ wb }: { wb: Workbench }) {
  const styles = useStyles();
  const { dragging, onDragOver, onDragLeave, onDrop } = useDropZone(wb.openFile);
  const shown = wb.snapshot?.sheets.find((s) => s.name === wb.sheet) ?? null;
  const selection = wb.selection;

  return (
    <main
      className={dragging ? `${styles.book} ${styles.drop}` : styles.book}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-testid="workbook-area"
      aria-label="Workbook"
    >
      <Title3 as="h1">NI Targets workbench</Title3>
      <WorkbookToolbar wb={wb} />
      {wb.loading && <Text>Opening…</Text>}
      {wb.error && (
        <MessageBar intent="error" data-testid="workbench-error">
          <MessageBarBody>{wb.error}</MessageBarBody>
        </MessageBar>
      )}
      <CellEditor wb={wb} />
      {wb.snapshot && <SheetTabs snapshot={wb.snapshot} sheet={wb.sheet} onSheet={wb.setSheet} />}
      {shown && (
        <SheetGrid
          sheet={shown}
          selection={selection && selection.sheet === shown.name ? selection.range : null}
          onSelect={wb.onSelect}
        />
      )}
    </main>
  );
}

/** Open and download buttons, the workbook's name and the selection. */
function WorkbookToolbar({ wb }: { wb: Workbench }) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { book, loading, selection } = wb;
  return (
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
          if (f) void wb.openFile(f);
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
      <Button onClick={wb.download} disabled={!book || loading} data-testid="download-workbook">
        Download workbook
      </Button>
      <Text data-testid="workbook-name">{book ? book.name : 'or drop an .xlsx file here'}</Text>
      {selection && (
        <Text data-testid="selection">
          Selected: {selection.sheet}!{selection.range}
        </Text>
      )}
    </div>
  );
}

/** One tab per visible sheet. */
function SheetTabs({ snapshot, sheet, onSheet }: SheetTabsProps) {
  return (
    <TabList
      selectedValue={sheet ?? undefined}
      onTabSelect={(_, d) => onSheet(String(d.value))}
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
  );
}

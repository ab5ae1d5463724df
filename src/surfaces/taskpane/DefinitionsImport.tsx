/**
 * "Import definitions": local indicator definitions a team shares in a CSV or an Excel file, saved in the
 * workbook's record so every later run (here, on the ribbon, or `ni-targets` on the saved workbook) rates
 * with them. Each imported file is listed with Remove. The workbook's own definitions sheet still wins
 * on a conflict, and the Findings say where (NI-DEFINITION-CONFLICT).
 */
import { useEffect, useRef, useState, type ChangeEvent, type Dispatch } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Session } from '../../session/session';
import type { ImportedDefinitions } from '../../session/definitions-actions';
import { summaryText } from './outcome-text';
import type { PaneMessage, Run } from './use-run';

const useStyles = makeStyles({
  section: {
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0 },
  // at 320 px the file's line wraps and Remove goes under it, never off the pane's edge
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  what: { flex: '1 1 12em', minWidth: 0, overflowWrap: 'anywhere' },
  // the native input stays in the page for the Button to open, out of sight and out of the Tab order
  input: { display: 'none' },
});

const ACCEPT = '.csv,.xlsx,.xlsm,text/csv';

/**
 * The file's bytes through FileReader: Blob.arrayBuffer() is missing from the older webviews Excel 2016
 * to 2019 run add-ins in.
 */
function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

const plural = (n: number) => `${n} ${n === 1 ? 'indicator' : 'indicators'}`;

/** The imported files, and importing and removing them, over the pane's run(). */
export function useImportedDefinitions(
  run: Run,
  session: () => Promise<Session>,
  setMessage: Dispatch<PaneMessage>,
) {
  const [files, setFiles] = useState<ImportedDefinitions[] | null>(null);
  return {
    files,
    /** read outside run(): opening Settings must not replace the last outcome, so only a failure is told */
    load: async () => {
      try {
        setFiles(await (await session()).importedDefinitions());
      } catch (error) {
        setMessage({
          intent: 'error',
          text: `Could not read the imported definitions: ${(error as Error).message}`,
        });
      }
    },
    importFile: (file: File) =>
      run(
        'Import definitions',
        async (s, signal, onStage) => {
          const list = await s.importDefinitions({ name: file.name, data: await fileBytes(file) });
          setFiles(list);
          const codes = list.find((f) => f.file === file.name)?.codes.length ?? 0;
          return { codes, summary: await s.validate({ signal, onStage }) };
        },
        (r) => ({
          intent: 'success',
          text: `${plural(r.codes)} from ${file.name} saved in the workbook. ${summaryText(r.summary)}`,
        }),
      ),
    remove: (name: string) =>
      run(
        'Remove definitions',
        async (s, signal, onStage) => {
          setFiles(await s.removeDefinitions(name));
          return s.validate({ signal, onStage });
        },
        (r) => ({ intent: 'success', text: `Definitions from ${name} removed. ${summaryText(r)}` }),
      ),
  };
}

export type ImportedDefinitionsState = ReturnType<typeof useImportedDefinitions>;

export function DefinitionsImport({
  busy,
  files,
  load,
  importFile,
  remove,
}: ImportedDefinitionsState & { busy: boolean }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement | null>(null);
  // load is a new function on each render: read the record once, when the view opens
  const first = useRef(load);
  useEffect(() => void first.current(), []);

  const chosen = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // the same file chosen again (corrected and saved) must fire change again
    e.target.value = '';
    if (file) void importFile(file);
  };

  return (
    <section
      className={styles.section}
      aria-labelledby="definitions-heading"
      data-testid="definitions-import"
    >
      <h2 id="definitions-heading" className={styles.heading}>
        Local indicator definitions
      </h2>
      <Text as="p" size={200}>
        Import a CSV or Excel file with the columns Code | Title | Polarity | Unit | Tolerance, shared by your
        team. It is saved in this workbook; a definitions sheet of the workbook’s own wins over it.
      </Text>
      <Button
        disabledFocusable={busy}
        onClick={() => input.current?.click()}
        data-testid="definitions-choose"
      >
        Import definitions…
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className={styles.input}
        tabIndex={-1}
        aria-hidden="true"
        onChange={chosen}
        data-testid="definitions-file"
      />
      <ImportedList files={files} busy={busy} remove={remove} />
    </section>
  );
}

function ImportedList({
  files,
  busy,
  remove,
}: Pick<ImportedDefinitionsState, 'files' | 'remove'> & { busy: boolean }) {
  const styles = useStyles();
  if (files === null) return <Text as="p">Reading the definitions saved in the workbook…</Text>;
  if (files.length === 0)
    return (
      <Text as="p" size={200} data-testid="definitions-none">
        No definitions imported.
      </Text>
    );
  return (
    <ul className={styles.list} aria-label="Imported definitions" data-testid="definitions-list">
      {files.map((f) => (
        <li key={f.file} className={styles.item}>
          <Text className={styles.what}>
            {f.file}: {plural(f.codes.length)} ({f.codes.join(', ')})
          </Text>
          <Button
            size="small"
            disabledFocusable={busy}
            onClick={() => void remove(f.file)}
            aria-label={`Remove the definitions from ${f.file}`}
          >
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/gateways/xlsx/read';
import { createXlsxGateway } from '../../../src/gateways/xlsx/gateway';
import { createSession, type Session } from '../../../src/session/session';
import type { CommandSummary } from '../../../src/surfaces/commands/command-actions';
import { COMMAND_NAMES } from '../../../src/surfaces/commands/command-names';
import { registerCommands, type CommandHandler } from '../../../src/surfaces/commands/register';
import { runCommand, type CommandDeps } from '../../../src/surfaces/commands/run-command';
import { dialogUrl } from '../../../src/surfaces/commands/summary-dialog';

const SAMPLE = readFileSync(join(__dirname, '../../../samples/sample-plan.xlsx'));

async function sampleDeps() {
  const { workbook } = await readWorkbook(SAMPLE, 'sample-plan.xlsx');
  const selected: string[] = [];
  const shown: CommandSummary[] = [];
  const session = createSession(createXlsxGateway(workbook, 'sample-plan.xlsx'), {
    selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    getSelection: async () => null,
  });
  const asked: string[][] = [];
  let answer = true;
  const deps: CommandDeps = {
    session: async () => session,
    show: async (s) => void shown.push(s),
    confirm: async (q) => {
      asked.push([q.title, ...q.lines, q.yes]);
      return answer;
    },
  };
  return { deps, selected, shown, workbook, asked, answer: (a: boolean) => (answer = a) };
}

describe('ribbon commands over the sample workbook', () => {
  afterEach(() => jest.restoreAllMocks());

  it('Validate targets shows the counts and the first errors, and changes nothing', async () => {
    const { deps, shown, selected, workbook } = await sampleDeps();
    const sheets = workbook.worksheets.length;
    await runCommand('validateTargets', deps);
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('Validate targets');
    expect(shown[0].lines[0]).toMatch(/^Found 4 tables: \d+ errors?, \d+ warnings?, \d+ notes?\.$/);
    expect(shown[0].lines.slice(1, -1).every((l) => /^[^!]+![A-Z]+\d+: /.test(l))).toBe(true);
    expect(shown[0].lines.at(-1)).toBe('Open NI Targets to see every finding and go to its cell.');
    expect(selected).toEqual([]);
    expect(workbook.worksheets.length).toBe(sheets);
  });

  it('Fill RAG writes the rating columns, selects the first written cell and says how many were rated', async () => {
    const { deps, shown, selected, workbook } = await sampleDeps();
    await runCommand('fillRag', deps);
    expect(selected).toEqual(['CYPP Targets!K4']);
    expect(workbook.getWorksheet('CYPP Targets')!.getCell('K4').value).not.toBeNull();
    expect(shown[0].lines[0]).toMatch(/^Rated \d+ indicator row\(s\) in 3 table\(s\)\. \d+ Green, \d+ Amber/);
  });

  it('Build Table A & B adds both sheets and selects Table A', async () => {
    const { deps, shown, selected, workbook } = await sampleDeps();
    await runCommand('buildReports', deps);
    expect(workbook.getWorksheet('Table A')).toBeDefined();
    expect(workbook.getWorksheet('Table B')).toBeDefined();
    expect(selected).toEqual(['Table A!A1']);
    expect(shown[0].lines[0]).toContain("on 'Table A'");
  });

  it('Remove NI Targets output asks first, saying what goes; Cancel removes nothing', async () => {
    const { deps, shown, asked, answer, workbook } = await sampleDeps();
    await runCommand('fillRag', deps);
    await runCommand('buildReports', deps);
    answer(false);
    await runCommand('removeOutput', deps);
    expect(asked).toHaveLength(1);
    expect(asked[0][0]).toBe('Remove NI Targets output?');
    expect(asked[0][1]).toMatch(
      /^This removes the sheets Table A, Table B, and the cells NI Targets wrote at 'CYPP Targets'!K4/,
    );
    expect(asked[0][2]).toMatch(/Undo \(Ctrl\+Z\) cannot bring it back/);
    expect(asked[0][3]).toBe('Remove');
    expect(shown.at(-1)!.lines).toEqual(['Nothing was removed.']);
    expect(workbook.getWorksheet('Table A')).toBeDefined();
    expect(workbook.getWorksheet('CYPP Targets')!.getCell('K6').value).not.toBeNull();
  });

  it('Remove NI Targets output, confirmed, takes away the sheets and rating cells it wrote and says so', async () => {
    const { deps, shown, workbook } = await sampleDeps();
    const before = workbook.worksheets.map((w) => w.name);
    await runCommand('fillRag', deps);
    await runCommand('buildReports', deps);
    await runCommand('removeOutput', deps);
    expect(shown.at(-1)!.title).toBe('Remove NI Targets output');
    expect(shown.at(-1)!.lines[0]).toMatch(
      /^Removed the sheets Table A, Table B, and the cells NI Targets wrote at /,
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(before);
    expect(workbook.getWorksheet('CYPP Targets')!.getCell('K6').value).toBeNull();
    // nothing left to remove: said, and no question asked
    await runCommand('removeOutput', deps);
    expect(shown.at(-1)!.lines).toEqual([
      'NI Targets has written nothing to this workbook, so there is nothing to remove.',
    ]);
  });

  it('shows why a command failed instead of failing silently', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const shown: CommandSummary[] = [];
    const failing = {
      rate: async () => Promise.reject(new Error('The sheet is protected')),
    } as unknown as Session;
    await runCommand('fillRag', {
      session: async () => failing,
      show: async (s) => void shown.push(s),
      confirm: async () => true,
    });
    expect(shown).toEqual([
      {
        title: 'Fill RAG & trajectory',
        lines: ['Fill RAG & trajectory failed: The sheet is protected'],
        select: null,
      },
    ]);
  });

  it('completes every button exactly once on every path: success, engine failure, dialog failure', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { deps } = await sampleDeps();
    const paths: CommandDeps[] = [
      deps,
      { ...deps, session: async () => Promise.reject(new Error('no workbook')) },
      { ...deps, show: async () => Promise.reject(new Error('dialog blocked')) },
      { ...deps, confirm: async () => Promise.reject(new Error('dialog blocked')) },
    ];
    for (const path of paths) {
      const handlers = new Map<string, CommandHandler>();
      registerCommands(
        (name, h) => handlers.set(name, h),
        (name) => runCommand(name, path),
      );
      for (const name of COMMAND_NAMES) {
        const event = { completed: jest.fn() };
        await handlers.get(name)!(event);
        expect(event.completed).toHaveBeenCalledTimes(1);
      }
    }
  });
});

describe('summary dialog address', () => {
  it('is dialog.html beside the function file, carrying the title and lines as text', () => {
    const url = new URL(
      dialogUrl('https://localhost:3000/commands.html', {
        title: 'Validate targets',
        lines: ['Found 2 tables', 'Budget!A1: <b>odd</b> & more'],
        select: null,
      }),
    );
    expect(url.origin + url.pathname).toBe('https://localhost:3000/dialog.html');
    expect(url.searchParams.get('title')).toBe('Validate targets');
    expect(url.searchParams.get('text')).toBe('Found 2 tables\nBudget!A1: <b>odd</b> & more');
  });

  it('carries the go-ahead button of a question', () => {
    const url = dialogUrl('https://x/commands.html', { title: 't', lines: ['l'] }, 'Remove');
    expect(new URL(url).searchParams.get('yes')).toBe('Remove');
  });

  it('caps very long summaries so the address stays short', () => {
    const url = dialogUrl('https://x/commands.html', { title: 't', lines: ['x'.repeat(5000)], select: null });
    expect(new URL(url).searchParams.get('text')).toHaveLength(1500);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook, type ReadResult } from '../../src/gateways/xlsx/read';
import { createXlsxGateway } from '../../src/gateways/xlsx/gateway';
import { toBuffer } from '../../src/gateways/xlsx/write';
import { createSession, NoSelectionError, type SessionHost } from '../../src/session/session';
import { isCancelled } from '../../src/session/cancel-and-yield';
import { REGISTRY_SHEET } from '../../src/engine/model/plan';

const SAMPLE = readFileSync(join(__dirname, '../../samples/sample-plan.xlsx'));

function fakeHost(selection: { sheet: string; range: string } | null = null) {
  const selected: string[] = [];
  const host: SessionHost = {
    selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    getSelection: async () => selection,
  };
  return { host, selected };
}

async function open(host = fakeHost().host, bytes: Buffer = SAMPLE) {
  const read: ReadResult = await readWorkbook(bytes, 'sample-plan.xlsx');
  return {
    session: createSession(createXlsxGateway(read.workbook, 'sample-plan.xlsx'), host),
    wb: read.workbook,
  };
}

describe('session over the bundled sample', () => {
  it('validates: lists each table with its kind and size, and counts findings by severity', async () => {
    const { session } = await open();
    const s = await session.validate();
    expect(s.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`)).toEqual([
      'CYPP Targets!B3:J55 targets',
      'NIS 2010-11!A5:K123 targets',
      'Action Plan!A3:E91 action-plan',
      'Quarterly 2009-10!A3:I8 targets',
    ]);
    expect(s.tables.every((t) => t.count > 0 && !t.added)).toBe(true);
    const { error, warning, info } = s.counts;
    expect(error + warning + info).toBe(s.findings.length);
    expect(error).toBe(s.findings.filter((f) => f.severity === 'error').length);
    expect(session.lastSummary()?.findings.length).toBe(s.findings.length);
  });

  it('rates: writes the rating columns beside the first table and says where', async () => {
    const { session, wb } = await open();
    const before = wb.getWorksheet('CYPP Targets')!.getCell('K4').value;
    const r = await session.rate();
    expect(r.summary).toMatch(/^Rated \d+ indicator row\(s\) in 3 table\(s\)$/);
    expect(r.firstCell).toEqual({ sheet: 'CYPP Targets', cell: 'K4' });
    expect(before).toBeNull();
    expect(wb.getWorksheet('CYPP Targets')!.getCell('K4').value).not.toBeNull();
    expect(r.rag.Green + r.rag.Amber + r.rag.Red + r.rag['Not rated']).toBeGreaterThan(0);
  });

  it('builds reports: adds Table A and Table B sheets and exports Word, HTML and CSV from them', async () => {
    const { session, wb } = await open();
    const r = await session.buildReports();
    expect(r.addedSheets).toEqual(['Table A', 'Table B']);
    expect(wb.getWorksheet('Table A')).toBeDefined();
    expect(wb.getWorksheet('Table B')).toBeDefined();
    expect(r.tableARows).toBeGreaterThan(0);
    expect(r.tableBTasks).toBeGreaterThan(0);

    const docx = await session.exportDocx();
    expect(docx.name).toBe('sample-plan - NI Targets report.docx');
    expect(
      Buffer.from(docx.data as Uint8Array)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const html = await session.exportHtml();
    expect(new TextDecoder().decode(html.data as Uint8Array)).toContain('Table A');
    expect((await session.exportCsv()).map((f) => f.name)).toEqual(['table-a.csv', 'table-b.csv']);
  });

  it('saves settings in the workbook so a later session on the saved file uses them', async () => {
    const { session, wb } = await open();
    const saved = await session.saveSettings({
      year: 2009,
      tolerance: { kind: 'absolute', value: 2 },
      dueSoonDays: 14,
    });
    expect(saved).toMatchObject({ year: 2009, tolerance: { kind: 'absolute', value: 2 }, dueSoonDays: 14 });
    expect(wb.getWorksheet(REGISTRY_SHEET)!.state).toBe('veryHidden');

    const next = (await open(fakeHost().host, await toBuffer(wb))).session;
    expect(await next.settings()).toMatchObject({
      year: 2009,
      tolerance: { kind: 'absolute', value: 2 },
      noChangePercent: 1,
      dueSoonDays: 14,
    });
  });

  it('excludes a table, and takes it back when the officer selects its range', async () => {
    const { host } = fakeHost({ sheet: 'Quarterly 2009-10', range: 'A3:I8' });
    const { session } = await open(host);
    const first = await session.validate();
    const quarterly = first.tables.find((t) => t.sheet === 'Quarterly 2009-10')!;
    const without = await session.excludeTable(quarterly.ref);
    expect(without.tables.map((t) => t.sheet)).not.toContain('Quarterly 2009-10');
    const back = await session.useSelectionAsTable();
    expect(back.tables.find((t) => t.sheet === 'Quarterly 2009-10')).toMatchObject({
      range: 'A3:I8',
      added: true,
    });
  });

  it('asks for a selection when none (or a single cell) is selected', async () => {
    await expect((await open(fakeHost(null).host)).session.useSelectionAsTable()).rejects.toBeInstanceOf(
      NoSelectionError,
    );
    const single = (await open(fakeHost({ sheet: 'Budget', range: 'B2' }).host)).session;
    await expect(single.useSelectionAsTable()).rejects.toBeInstanceOf(NoSelectionError);
  });

  it('selects a finding’s cell through the host', async () => {
    const { host, selected } = fakeHost();
    const { session } = await open(host);
    const { findings } = await session.validate();
    await session.showFinding(findings[0]);
    expect(selected).toEqual([`${findings[0].sheet}!${findings[0].cell}`]);
  });

  it('stops at the next stage when cancelled, before anything is written', async () => {
    const { session, wb } = await open();
    const run = session.rate({ onStage: (stage) => stage === 'analysing' && session.cancel() });
    const error = await run.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(wb.getWorksheet(REGISTRY_SHEET)).toBeUndefined();
    expect(wb.getWorksheet('CYPP Targets')!.getCell('K4').value).toBeNull();
  });

  it('stops when the caller’s own signal is aborted', async () => {
    const { session } = await open();
    const controller = new AbortController();
    controller.abort();
    await expect(session.validate({ signal: controller.signal })).rejects.toThrow('Cancelled');
  });
});

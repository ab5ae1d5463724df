/**
 * `ni-targets catalogue` as an officer runs it: what the terminal shows for one indicator and
 * for all of them, the JSON and CSV files, and the one-line reason for a code it does not hold.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const run = async (...args: string[]) => {
  const c = capture();
  const code = await main(['node', 'ni-targets', 'catalogue', ...args], c.io);
  return { code, out: c.out, err: c.err };
};

interface Listed {
  code: string;
  title: string;
  unit: string;
  polarity: string;
  parent: string | null;
  status: string | null;
  sources: Record<string, { kind: string; url: string | null; quote: string | null }>;
  corrections: { field: string; before: unknown; after: unknown; source: string }[];
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ni-catalogue-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ni-targets catalogue', () => {
  it('shows one indicator with every fact numbered against its source, and its sub-indicators', async () => {
    const r = await run('NI', '58');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('NI 58');
    expect(r.out).toContain(
      '  Title:            Emotional and behavioural health of looked after children [1]',
    );
    expect(r.out).toContain('  Polarity:         lower is better [1]');
    expect(r.out.find((l) => l.startsWith('  [1] '))).toMatch(
      /^ {2}\[1\] dataset-record https:\/\/ckan\.publishing\.service\.gov\.uk\/dataset\/ni_058_.*"NI 058 Emotional and behavioural health of looked after children/,
    );
    expect(r.out).toContain(
      '  Corrected title: "Emotional and behavioural health of children in care" -> "Emotional and behavioural health of looked after children" (https://ckan.publishing.service.gov.uk/dataset/ni_058_emotional_and_behavioural_health_of_looked_after_children)',
    );
    const ni56 = await run('ni 056');
    expect(ni56.out.filter((l) => /^NI /.test(l))).toEqual([
      'NI 56',
      'NI 56a (sub-indicator of NI 56)',
      'NI 56b (sub-indicator of NI 56)',
    ]);
  });

  it('lists every entry, one line each, when no code is given', async () => {
    const r = await run();
    expect(r.out[0]).toBe('198 national indicators and 32 sub-indicators:');
    expect(r.out).toHaveLength(1 + 198 + 32);
    expect(r.out).toContain(
      'NI 88   Percentage of schools providing access to extended services | percent, higher is better, academic | title: statistical-release',
    );
  });

  it('writes the JSON every field and its sources, and the CSV one row per entry', async () => {
    const json = path.join(dir, 'catalogue.json');
    const csv = path.join(dir, 'catalogue.csv');
    const r = await run('--json', json, '--csv', csv);
    expect(r.code).toBe(0);
    expect(r.out.slice(-2)).toEqual([`Catalogue written to ${json}`, `Catalogue written to ${csv}`]);
    const items = JSON.parse(fs.readFileSync(json, 'utf8')) as Listed[];
    expect(items).toHaveLength(230);
    const ni54 = items.find((e) => e.code === 'NI 54')!;
    expect(ni54).toMatchObject({ unit: 'score', polarity: 'higher', parent: null });
    expect(ni54.sources.unit).toMatchObject({
      kind: 'statistical-release',
      quote: expect.stringContaining('between 0 and 100'),
    });
    expect(items.find((e) => e.code === 'NI 56b')).toMatchObject({ parent: 'NI 56', polarity: 'higher' });
    expect(items.every((e) => e.sources.status?.kind === 'statistical-release')).toBe(true);
    const lines = fs
      .readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(231);
    expect(lines[0].split(',').slice(0, 4)).toEqual(['code', 'parent', 'title', 'unit']);
    expect(lines.find((l) => l.startsWith('NI 56b,NI 56,'))).toContain(
      'Year 6: percentage measured,percent,higher',
    );
  });

  it('says in one line when a code is not in the catalogue or is not a code (exit 2)', async () => {
    expect(await run('NI', '31')).toMatchObject({
      code: 2,
      err: ['ni-targets: NI 31 is not in the catalogue (NI 1 to NI 199, no NI 31)'],
    });
    expect(await run('Obesity')).toMatchObject({
      code: 2,
      err: ["ni-targets: 'Obesity' is not an NI code: type it as NI 56 or NI 56b"],
    });
  });
});

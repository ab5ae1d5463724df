/**
 * 100k indicator rows must rate well inside the engine's 5 s budget. Measured in CPU time
 * so other processes on a busy machine do not make it flaky.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { defaultSettings } from '../../../src/engine/model/settings';
import { rateTable } from '../../../src/engine/rate/rate-table';
import { BROMLEY_YEARS, buildTable } from './table-builder';

it('rates 100,000 rows in under 2 seconds of CPU', () => {
  const sample = buildTable(BROMLEY_YEARS, [
    {
      code: 'NI 56',
      values: ['new indicator', '12.84%', '15.5% (17.5%)', '15.7% (18.3%)', '15', '15', '15'],
    },
  ]);
  const proto = sample.rows[0];
  const rows = Array.from({ length: 100_000 }, (_, i) => ({ ...proto, row: i + 3 }));
  const table = { ...sample, rows, range: { ...sample.range, r1: rows.length + 3 } };
  const start = process.cpuUsage();
  const ratings = rateTable(table, builtInCatalogue(), defaultSettings('2010-01-01'));
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  expect(ratings).toHaveLength(100_000);
  expect(ratings[99_999].rag).toBe('Amber');
  expect(ms).toBeLessThan(2000);
});

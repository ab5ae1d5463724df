/**
 * 100k indicator rows rate to the same answer as one: no state leaks between rows.
 * Speed is measured by `npm run bench`, never in a unit test.
 */
import { builtInCatalogue } from '../../../src/engine/catalogue/catalogue';
import { defaultSettings } from '../../../src/engine/model/settings';
import { rateTable } from '../../../src/engine/rate/rate-table';
import { BROMLEY_YEARS, buildTable } from './table-builder';

it('rates 100,000 rows the same way as one', () => {
  const sample = buildTable(BROMLEY_YEARS, [
    {
      code: 'NI 56',
      values: ['new indicator', '12.84%', '15.5% (17.5%)', '15.7% (18.3%)', '15', '15', '15'],
    },
  ]);
  const proto = sample.rows[0];
  const rows = Array.from({ length: 100_000 }, (_, i) => ({ ...proto, row: i + 3 }));
  const table = { ...sample, rows, range: { ...sample.range, r1: rows.length + 3 } };
  const ratings = rateTable(table, builtInCatalogue(), defaultSettings('2010-01-01'));
  expect(ratings).toHaveLength(100_000);
  expect(ratings[99_999].rag).toBe('Amber');
  expect(ratings[0].rag).toBe('Amber');
});

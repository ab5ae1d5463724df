/**
 * A modest corpus run through the product's analysis and scored. For now the scores
 * are printed, not held to thresholds: recognition has not been improved yet, and
 * the lead will add them once it is.
 */
import { generateCorpus } from '../../corpus/generate';
import { runProduct } from '../../corpus/product';
import { addLayout, familyTable, finalLine, newResult, topMisreads } from '../../corpus/report';
import { scoreLayout } from '../../corpus/score-layout';

describe('corpus', () => {
  it('scores 200 layouts and prints the scores per family', () => {
    const result = newResult();
    for (const layout of generateCorpus({ seed: 1, count: 200 })) {
      const s = scoreLayout(layout, runProduct(layout.snapshot));
      addLayout(result, layout.family, s.counts, s.misses);
    }
    const t = result.total;
    console.log([...familyTable(result), '', ...topMisreads(result.misses, 5), '', finalLine(t)].join('\n'));
    expect(t.layouts).toBe(200);
    expect(result.families.size).toBeGreaterThanOrEqual(14);
    for (const c of [t, ...result.families.values()]) {
      expect(c.tablesFound).toBeLessThanOrEqual(c.tablesExpected);
      expect(c.rowsFound).toBeLessThanOrEqual(c.rowsExpected);
      expect(c.codesCorrect).toBeLessThanOrEqual(c.rowsFound);
      expect(c.ratingsCorrect).toBeLessThanOrEqual(c.ratingsExpected);
      expect(c.ratingsExpected).toBeGreaterThan(0);
    }
    expect(finalLine(t)).toMatch(
      /^corpus: 200 layouts, tables \d+\/\d+, rows \d+\/\d+, codes \d+\/\d+, ratings \d+\/\d+, false tables \d+$/,
    );
  }, 60_000);
});

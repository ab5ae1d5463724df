/** docs/rules.md lists every rule officers can see, by the id they quote. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../../src/engine/validate/rules';

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');

describe('docs/rules.md', () => {
  it.each(rules.map((r) => [r.id, r.severity]))('has a row for %s (%s)', (id, severity) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| ${id} |`));
    expect(row).toBeDefined();
    expect(row?.split('|')[2]).toContain(severity);
  });

  it('points at files that exist', () => {
    for (const [, path] of doc.matchAll(/\b(src\/[\w/.-]+\.ts)\b/g)) {
      expect(() => readFileSync(join(__dirname, '..', '..', '..', path))).not.toThrow();
    }
  });
});

import { ruleList } from '../../../src/engine/validate/rule-list';
import { rules } from '../../../src/engine/validate/rules';
import { definitionUnreadable } from '../../../src/engine/validate/rules/definition-unreadable';
import type { Rule } from '../../../src/engine/validate/types';

const rule = (id: string, title: string): Rule => ({ id, severity: 'info', title, check: () => [] });

describe('ruleList', () => {
  it('returns the rules as given when every id is distinct', () => {
    const list = [rule('NI-A', 'First check'), rule('NI-B', 'Second check')];
    expect(ruleList(list)).toBe(list);
  });

  it('throws when two rules share an id, naming both', () => {
    expect(() =>
      ruleList([rule('NI-A', 'First check'), rule('NI-B', 'Other'), rule('NI-A', 'Copy')]),
    ).toThrow("Two rules share the id NI-A: 'First check' and 'Copy'.");
  });

  it('holds the definitions rule first among the registered rules', () => {
    expect(rules[0]).toBe(definitionUnreadable);
    expect(rules.filter((r) => r.readFirst)).toEqual([definitionUnreadable]);
  });
});

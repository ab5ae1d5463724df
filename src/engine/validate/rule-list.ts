import type { Rule } from './types';

/**
 * The list as given, once no two rules share an id: officers quote the id in bug
 * reports ("Rule NI-...: ..."), so it must name one check. Throws at start-up otherwise.
 */
export function ruleList(list: Rule[]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const rule of list) {
    const other = byId.get(rule.id);
    if (other) throw new Error(`Two rules share the id ${rule.id}: '${other.title}' and '${rule.title}'.`);
    byId.set(rule.id, rule);
  }
  return list;
}

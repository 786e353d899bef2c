// What a case says it does not cover (`case.out_of_scope`, format 2): shared by
// the structural checks and the rules, so that an excluded risk is nowhere an
// unaddressed one.
import type { Case } from '../model/case.js';
import type { Exclusion } from '../model/schema.js';

/** The case's exclusions, in written order (none in a case that states none). */
export function exclusionsOf(c: Case): readonly Exclusion[] {
  return c.header.value.out_of_scope ?? [];
}

/** Ids of the risk-model risks the case excludes. */
export function excludedRisks(c: Case): ReadonlySet<string> {
  const out = new Set<string>();
  for (const x of exclusionsOf(c)) if (x.risk !== undefined) out.add(x.risk);
  return out;
}

// The finding both expiry rules report: an item on the decision path past its validity.
import type { Case } from '../../../model/case.js';
import { report } from '../../report.js';
import { daysBetween } from '../facts.js';
import type { Finding, RuleContext, RuleMeta } from '../types.js';
import { expiredAt } from './validity.js';

export function expiredEvidenceFindings(meta: RuleMeta, ctx: RuleContext, lead: string): Finding[] {
  const out: Finding[] = [];
  const decided = ctx.facts.decisionDate();
  for (const { item: e, citing: citers } of ctx.facts.pathItems()) {
    const id = e.id;
    const v = expiredAt(e, ctx.asOf);
    if (!v) continue;
    const atDecision =
      decided !== undefined && v.until < decided
        ? ` It had already expired when the decision was taken on ${decided}.`
        : '';
    out.push(
      report(
        meta,
        { thing: e, path: [v.field] },
        `Evidence item ${id}, cited by ${citers.join(', ')} on the path to the top claim, is past its validity (${v.how}): ${daysBetween(v.until, ctx.asOf)} days before ${ctx.asOf}.${atDecision} ${lead}`,
        `Re-run or renew ${id} on the deployed build and register the new result, or take it out of the argument and re-argue the claims that rest on it.`,
        { target: id },
      ),
    );
  }
  return out;
}

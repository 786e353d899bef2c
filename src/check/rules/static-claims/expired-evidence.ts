// What both expiry rules report: the items on the decision path past their validity.
import type { EvidenceItem } from '../../../model/case.js';
import type { PathPart } from '../../../model/loc.js';
import { listSome } from '../../../util/list-some.js';
import { daysBetween } from '../facts.js';
import type { RuleContext } from '../types.js';
import { expiredAt } from './validity.js';

/** The start of both rules' message; each rule ends it with what the expiry means for its decision. */
export const EXPIRED_MESSAGE =
  'Evidence item {{item}}, cited by {{citing}} on the path to the top claim, is past its validity ({{how}}): {{days}} days before {{asOf}}.{{atDecision}}';

export const EXPIRED_HINT =
  'Re-run or renew {{item}} on the deployed build and register the new result, or take it out of the argument and re-argue the claims that rest on it.';

export interface ExpiredEvidence {
  item: EvidenceItem;
  /** The field whose date has passed. */
  field: PathPart;
  data: { item: string; citing: string; how: string; days: number; asOf: string; atDecision: string };
}

export function expiredEvidence(ctx: RuleContext): ExpiredEvidence[] {
  const out: ExpiredEvidence[] = [];
  const decided = ctx.facts.decisionDate();
  for (const { item: e, citing: citers } of ctx.facts.pathItems()) {
    const v = expiredAt(e, ctx.asOf);
    if (!v) continue;
    const atDecision =
      decided !== undefined && v.until < decided
        ? ` It had already expired when the decision was taken on ${decided}.`
        : '';
    out.push({
      item: e,
      field: v.field,
      data: {
        item: e.id,
        citing: listSome(citers),
        how: v.how,
        days: daysBetween(v.until, ctx.asOf),
        asOf: ctx.asOf,
        atDecision,
      },
    });
  }
  return out;
}

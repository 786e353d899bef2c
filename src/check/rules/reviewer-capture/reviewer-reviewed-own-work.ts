import type { Case } from '../../../model/case.js';
import type { Reviewer } from '../../../model/schema.js';
import { WHOLE_CASE } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import type { CaseFacts } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { coverageOf, coversItem, isIndependentReviewer, scopeOf } from './independence.js';
import { personal, type Stake, stakesOf } from './stakes.js';

const CASE = (reviewer: string) => `  reviewers:
    - ${reviewer}
risks:
  risk-cyber: { title: Exploit development uplift, pathway: cyber, severity: high }
argument:
  G1: { kind: claim, text: The model gives no meaningful uplift on n-day exploit development., addresses: [risk-cyber], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: External red team, evidence: [E1] }
evidence:
  E1: { title: N-day exploit red team, kind: red-team, source_type: third-party-evaluation, date: 2026-09-01, produced_by: Halden Assurance red team, polarity: supports, external: true }
`;

/** A reviewer claims independence: counted as independent of the developer, or declaring independence of anyone. */
function claimsIndependence(r: Reviewer): boolean {
  return isIndependentReviewer(r) || (r.independent_of?.length ?? 0) > 0;
}

const citingCache = new WeakMap<CaseFacts, Map<string, string[]>>();

/** The evidence nodes on the decision path citing each item, once per run. */
function citingOf(facts: CaseFacts): Map<string, string[]> {
  let hit = citingCache.get(facts);
  if (!hit) citingCache.set(facts, (hit = new Map(facts.pathItems().map((p) => [p.item.id, p.citing]))));
  return hit;
}

/** The reviewer's stakes that their own review covers. A format-2 reviewer with no stated scope is read as reviewing the whole decision path. */
function stakesInScope(c: Case, facts: CaseFacts, r: Reviewer): Stake[] {
  const stakes = stakesOf(c, facts, r);
  if (!stakes.length) return [];
  const scope = scopeOf(c, r);
  if (scope === undefined || scope === WHOLE_CASE) return stakes;
  const cov = coverageOf(c, facts, [{ ...r, reviewed: scope, independent_of: ['model-developer'] }]);
  const citing = citingOf(facts);
  return stakes.filter((s) =>
    s.kind === 'produced' ? coversItem(cov, s.id, citing.get(s.id) ?? []) : cov.nodes.has(s.id),
  );
}

/** Whom the reviewer claims independence of, for messages: their list, or the developer for `external: true`. */
const of = (r: Reviewer) => (r.independent_of?.length ? listSome(r.independent_of) : 'model-developer');

const shown = (stakes: readonly Stake[]) =>
  listSome(stakes.map((s) => (s.by === 'name' ? s.id : `${s.id} (by ${s.by})`)));

export const reviewerReviewedOwnWork = defineRule({
  meta: {
    id: 'reviewer-capture/reviewer-reviewed-own-work',
    title: 'Independent reviewer who reviewed their own evidence or component',
    failureMode: 'reviewer-capture',
    severity: 'warning',
    rationale:
      'An independent review is a check only on work the reviewer did not do. A reviewer counted as independent who produced an evidence item, or owns a claim or component, within what they reviewed is marking their own work there, however independent they are of the developer; and one who declares independence of the red team while having produced the red-team evidence contradicts the declaration.',
    docs: `Reports each reviewer who claims independence (counted as independent of the developer, as \`reviewer-capture/internal-evidence-only-high-severity\` reads it, or with any \`independent_of\`), and whose own review covers:

- an evidence item on the decision path whose \`produced_by\` names them or their \`team\` (exactly); or
- a developed node on the decision path whose \`owner\` names them or their team (the owner of an undeveloped claim has no work in the case yet); or
- a \`red-team\` item whose \`produced_by\` names them, their team or their \`organisation\` (unless it is an author's organisation), when their \`independent_of\` lists \`red-team\`: the declaration is contradicted.

An item an external firm produced is not, by itself, a stake of each reviewer from that firm: firms that ran an evaluation often review the case, and \`independent_of\` (leaving out \`red-team\`) and \`conflicts\` are where a case says so.

Their review covers what their \`reviewed\` lists (as \`internal-evidence-only-high-severity\` reads it); with no \`reviewed\` (or \`whole-case\`), the whole decision path.

Fix: have the item or branch reviewed by someone who did not produce or own it, and narrow this reviewer's \`reviewed\` to what they did not produce; or record the conflict in their \`conflicts\`.`,
    examples: {
      failing: CASE(
        '{ name: Dr. Rhys Calloway, organisation: Halden Assurance, independent_of: [authors, red-team, model-developer], reviewed: whole-case }',
      ),
      passing: CASE(
        '{ name: Prof. Ingrid Solberg, organisation: University of Bergen, independent_of: [authors, red-team, model-developer], reviewed: whole-case }',
      ),
    },
    messages: {
      redTeam:
        'Reviewer {{reviewer}} declares independence of the red team, but reviewed red-team evidence produced by them, their team or their organisation: {{items}}.',
      produced: 'Reviewer {{reviewer}}, independent of {{of}}, produced evidence they reviewed: {{items}}.',
      owns: 'Reviewer {{reviewer}}, independent of {{of}}, owns what they reviewed: {{nodes}}.',
    },
    hints: {
      redTeam:
        'Have {{items}} reviewed by someone outside the red team, and drop red-team from the independent_of of {{reviewer}} or narrow their `reviewed`.',
      produced:
        'Have {{items}} reviewed by someone who did not produce it, narrow the `reviewed` of {{reviewer}} to what they did not produce, or record the conflict in their `conflicts`.',
      owns: 'Have {{nodes}} reviewed by someone who does not own it, narrow the `reviewed` of {{reviewer}}, or record the conflict in their `conflicts`.',
    },
  },
  run({ case: c, facts }) {
    const out: Finding[] = [];
    (c.header.value.reviewers ?? []).forEach((r, i) => {
      if (!claimsIndependence(r)) return;
      const stakes = stakesInScope(c, facts, r);
      const produced = stakes.filter((s) => s.kind === 'produced');
      const owns = stakes.filter((s) => s.kind === 'owns' && personal(s));
      const at = { thing: c.header, path: ['reviewers', i, 'name'] };
      const target = c.header.value.id;
      // Red-team evidence from their organisation contradicts a declared independence of the red team.
      const redTeam = r.independent_of?.includes('red-team')
        ? produced.filter((s) => s.evidenceKind === 'red-team')
        : [];
      if (redTeam.length)
        out.push(
          report(this.meta, { messageId: 'redTeam', data: { reviewer: r.name, items: shown(redTeam) }, at, target }),
        );
      const rest = produced.filter((s) => personal(s) && !redTeam.includes(s));
      if (rest.length)
        out.push(
          report(this.meta, {
            messageId: 'produced',
            data: { reviewer: r.name, of: of(r), items: shown(rest) },
            at,
            target,
          }),
        );
      if (owns.length)
        out.push(
          report(this.meta, {
            messageId: 'owns',
            data: { reviewer: r.name, of: of(r), nodes: shown(owns) },
            at,
            target,
          }),
        );
    });
    return out;
  },
});

import type { ArgNode } from '../../../model/case.js';
import type { Located } from '../../../model/loc.js';
import type { Tier } from '../../../model/vocab.js';
import { tierRank } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (redaction: string) => `argument:
  G1: { kind: claim, text: Vetting rejects applicants using borrowed identities., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Vetting red-team exercise, evidence: [E1] }
evidence:
  E1: { title: Vetting red-team exercise VX-3, kind: red-team, source_type: internal-test, tier: regulator, date: 2026-08-01, produced_by: Trust and Safety, polarity: supports }
publication:
  default_tier: public
  redactions:
${redaction}`;

const riskLabel = () => 'Risk';
const itemLabel = () => 'Evidence item';
const nodeLabel = (n: ArgNode) =>
  n.kind === 'evidence' ? 'Evidence node' : `${n.kind[0]!.toUpperCase()}${n.kind.slice(1)}`;

export const withheldWithoutRedactionRecord = defineRule({
  meta: {
    id: 'secrecy-as-shield/withheld-without-redaction-record',
    title: 'Withheld item with no redaction record',
    failureMode: 'secrecy-as-shield',
    severity: 'warning',
    rationale:
      'An item above the published tier silently disappears from the published case unless a redaction records it. Readers should at least know that something was withheld, what kind of thing it was, and why.',
    docs: `When the case has a \`publication\` section, reports each argument node, evidence item or risk whose \`tier\` is more restricted than \`publication.default_tier\` (public < regulator < internal < restricted) and which no redaction targets.

Fix: add a redaction for the item with its \`reason\` and a \`description\` of its character for readers who cannot see it (and an \`attestation\` where a public claim rests on it).`,
    examples: {
      failing: CASE(
        '    - { target: Sn1, reason: public-safety, description: Names the vetting checks that the exercise tried to evade. }\n',
      ),
      passing: CASE(
        '    - { target: E1, reason: public-safety, description: Methods used to pass vetting with a borrowed identity; publishing them would weaken the barrier. }\n',
      ),
    },
    messages: {
      noRedaction:
        '{{what}} {{id}} is at tier {{tier}}, above the published tier ({{published}}), but no redaction records that it was withheld.',
    },
    hints: {
      noRedaction:
        'Add a redaction for {{id}} with its reason and a description of what kind of thing it is, for readers who cannot see it.',
    },
  },
  run({ case: c, facts }) {
    const p = c.publication;
    if (!p) return [];
    const published = facts.defaultTier();
    const redacted = new Set((p.value.redactions ?? []).map((r) => r.target));
    const out: Finding[] = [];
    // The label is worked out only for a finding: this looks at every node and item.
    const check = <T extends Located & { id: string; tier?: Tier }>(x: T, label: (x: T) => string) => {
      if (!x.tier || tierRank(x.tier) <= tierRank(published) || redacted.has(x.id)) return;
      const what = label(x);
      out.push(
        report(this.meta, {
          messageId: 'noRedaction',
          data: { what, id: x.id, tier: x.tier, published },
          at: { thing: x, path: ['tier'] },
          target: x.id,
        }),
      );
    };
    for (const r of c.risks.values()) check(r, riskLabel);
    for (const n of c.nodes.values()) check(n, nodeLabel);
    for (const e of c.evidence.values()) check(e, itemLabel);
    return out;
  },
});

import type { ArgNode } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (attestation: string) => `argument:
  G1: { kind: claim, text: The agent cannot reach model weight storage., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Sandbox and IAM penetration test, evidence: [E1] }
evidence:
  E1: { title: Greyhaven penetration test GH-2026-118, kind: security-control, source_type: third-party-evaluation, external: true, tier: restricted, date: 2026-05-20, produced_by: Greyhaven Assurance LLP, polarity: supports }
publication:
  default_tier: public
  redactions:
    - target: E1
      reason: cybersecurity
      description: Penetration-test report naming internal hosts, service accounts and a since-fixed IAM misconfiguration.
${attestation}`;

export const publicClaimRestsOnRestricted = defineRule({
  meta: {
    id: 'secrecy-as-shield/public-claim-rests-on-restricted',
    title: 'Public claim resting on restricted material nobody attests to',
    failureMode: 'secrecy-as-shield',
    severity: 'error',
    rationale:
      'A published claim backed by something only named individuals may see asks the public to take it on trust. An attestation by someone who has seen the material gives readers a named person to rely on; without one, the secrecy is doing the arguing.',
    docs: `Reports a claim whose tier (its own \`tier\`, else \`publication.default_tier\`) is \`public\` when something it rests on through \`supported_by\` is at the \`restricted\` tier (an evidence item cited by an evidence node below it, or a node below it) and no redaction of that item carries an \`attestation\`. Each restricted item is reported against the nearest public claims above it, not every public ancestor.

Items at the \`regulator\` or \`internal\` tier are not reported here: an authorised reader can check them (an undescribed one is \`secrecy-as-shield/withheld-without-redaction-record\`).

Fix: add to the item's redaction an \`attestation\` by someone who has seen it (ideally external) stating what it shows, or publish a summary of the result, or restate the public claim so that it does not rest on the withheld item.`,
    examples: {
      failing: CASE(''),
      passing: CASE(
        '      attestation: { by: Greyhaven Assurance LLP, statement: All high and medium findings were closed at retest., date: 2026-05-20 }\n',
      ),
    },
    messages: {
      restrictedSupport:
        'Public claim {{claim}} rests on restricted {{what}}, and no redaction of {{them}} carries an attestation.',
    },
    hints: {
      restrictedSupport:
        'Add an attestation to the redaction by someone who has seen the item (ideally external) stating what it shows, publish a summary of its result, or restate the claim so it does not rest on the withheld item.',
    },
  },
  run({ case: c, facts }) {
    const attested = new Set<string>();
    for (const r of c.publication?.value.redactions ?? []) if (r.attestation) attested.add(r.target);
    // facts.tierOf inlined: this reads every node and item.
    const byDefault = facts.defaultTier();
    const hidden = (x: { id: string; tier?: ArgNode['tier'] }) =>
      (x.tier ?? byDefault) === 'restricted' && !attested.has(x.id);
    const isPublicClaim = (n: ArgNode) => n.kind === 'claim' && facts.tierOf(n) === 'public';
    // Public claim to the restricted things it rests on, nearest public claims only.
    const byClaim = new Map<string, string[]>();
    for (const n of c.nodes.values()) {
      if (n.kind === 'defeater') continue;
      // Allocated only for a node that rests on something hidden: this reads every node.
      let what: string[] | undefined;
      if (hidden(n)) what = [n.id];
      if (n.kind === 'evidence' && n.evidence)
        for (const e of n.evidence) {
          const item = c.evidence.get(e);
          if (item && hidden(item)) (what ??= []).push(`${e} (via ${n.id})`);
        }
      if (!what) continue;
      // Walk up to the nearest public claims; rarely needed, so per restricted node.
      for (const id of facts.above(n.id, { stopAt: isPublicClaim })) {
        if (id === n.id || !isPublicClaim(c.nodes.get(id)!)) continue;
        const list = byClaim.get(id);
        if (list) list.push(...what);
        else byClaim.set(id, [...what]);
      }
    }
    const out: Finding[] = [];
    for (const [id, what] of byClaim) {
      out.push(
        report(this.meta, {
          messageId: 'restrictedSupport',
          data: { claim: id, what: listSome(what), them: what.length > 1 ? 'them' : 'it' },
          at: { thing: c.nodes.get(id)! },
          target: id,
        }),
      );
    }
    return out;
  },
});

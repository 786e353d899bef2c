import type { EvidenceItem } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const ITEM = (polarity: string) =>
  `  E2: { title: Lanternfish injection retest, kind: red-team, source_type: third-party-evaluation, external: true, date: 2026-10-08, produced_by: Lanternfish Security Ltd, polarity: ${polarity}, result: { metric: attacks causing a leak, value: 0.07, sample_size: 250 } }\n`;
const BASE = `argument:
  G1: { kind: claim, text: Prompt injections in fetched pages rarely leak developer context., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Injection suite results, evidence: [E1] }
evidence:
  E1: { title: PI-100 injection suite, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Platform Security, polarity: supports, result: { metric: attacks causing a leak, value: 0.01, sample_size: 250 } }
`;

export const underminingEvidenceNotInDefeater = defineRule({
  meta: {
    id: 'countercase-neglect/undermining-evidence-not-in-defeater',
    title: 'Undermining evidence not attached to a defeater',
    failureMode: 'countercase-neglect',
    severity: 'error',
    rationale:
      'Evidence that points against the argument is the countercase. Left in the registry without a defeater it challenges nothing the reader can see, and cited as support it is quietly counted on the wrong side.',
    docs: `Reports an evidence item with \`polarity: undermines\` or \`polarity: mixed\` that no defeater cites, either as counter-evidence (\`evidence:\`) or in its \`resolution.refs\`. The message says if an evidence node cites the item as support, which is worse: the doubt is counted as backing.

Fix: add a defeater (\`form: counter-evidence\`) that cites the item and challenges the node or link it bears on, then resolve it honestly (mitigated, accepted with sign-off, refuted with evidence) or leave it open. If the item really supports the claim, correct its polarity.`,
    examples: {
      failing: BASE + ITEM('undermines'),
      passing:
        BASE.replace(
          'argument:\n',
          'argument:\n  D1: { kind: defeater, form: counter-evidence, text: The external retest leaked context in 7% of attacks., challenges: [G1], evidence: [E2], status: open, owner: Priya Raman }\n',
        ) + ITEM('undermines'),
    },
    messages: {
      notInDefeater: 'Evidence item {{item}} is marked "{{polarity}}", but no defeater cites it{{cited}}.',
    },
    hints: {
      notInDefeater:
        'Add a defeater (form: counter-evidence) with evidence: [{{item}}] that challenges the node or link it bears on, and resolve it or leave it open; if the item really supports the argument, correct its polarity.',
    },
  },
  run({ case: c, facts }) {
    const inDefeater = new Set<string>();
    for (const n of facts.nodesOf('defeater')) {
      for (const e of n.evidence ?? []) inDefeater.add(e);
      for (const r of n.resolution?.refs ?? []) inDefeater.add(r);
    }
    const flagged: EvidenceItem[] = [];
    for (const item of c.evidence.values())
      if (item.polarity !== 'supports' && !inDefeater.has(item.id)) flagged.push(item);
    if (flagged.length === 0) return [];
    // The evidence nodes citing each of these items, in case order: one pass for these items only, not an index of every item.
    const citers = new Map<string, string[]>(flagged.map((item) => [item.id, []]));
    for (const n of facts.nodesOf('evidence')) if (n.evidence) for (const e of n.evidence) citers.get(e)?.push(n.id);
    const out: Finding[] = [];
    for (const item of flagged) {
      const asSupport = citers.get(item.id)!;
      const cited = asSupport.length
        ? `, and evidence node${asSupport.length > 1 ? 's' : ''} ${listSome(asSupport)} cite${asSupport.length > 1 ? '' : 's'} it as support`
        : '';
      out.push(
        report(this.meta, {
          messageId: 'notInDefeater',
          data: { item: item.id, polarity: item.polarity, cited },
          at: { thing: item, path: ['polarity'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});

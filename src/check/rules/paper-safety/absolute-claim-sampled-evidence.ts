import type { EvidenceKind } from '../../../model/vocab.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { absoluteWord, wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';

/** Evidence that establishes a property rather than sampling behaviour: proofs, and configuration controls verified by inspection. */
const NOT_SAMPLED: ReadonlySet<EvidenceKind> = new Set(['formal-argument', 'security-control']);

/** Quantifiers that make an absolute word a bounded claim ("cannot easily", "never more than 2%"). */
const HEDGE = wordPattern(
  [
    wordPattern(
      [
        'easily',
        'reliably',
        /meaningful(?:ly)?/,
        'often enough',
        'at scale',
        'more than',
        'fewer than',
        'less than',
        'at most',
        'at least',
        'above',
        'below',
        'beyond',
        'without detection',
        'undetected',
      ],
      { capture: true, flags: '' },
    ),
    /\d+(?:\.\d+)?\s?%/,
    // An observation over the sample, not a claim about every case: "never ... in any of the 400 episodes".
    /\b(?:in|across|during) (?:any|all|each|every|none) of (?:the |its |our )?\d[\d,]*/,
    /\b(?:in|across|during|over) (?:the |all |all the )?\d[\d,]* (?:episodes|trials|runs|attempts|tasks|samples|conversations|sessions|rollouts|transcripts)\b/,
    /\b(?:in|during) (?:the|this|our) (?:evaluation|study|pilot|trial|red[- ]team(?:ing)?|test(?:ing)?|exercise)\b/,
  ],
  { start: '', end: '' },
);

const ev = (kind: string) =>
  `evidence:\n  E1: { title: Cyber range evaluation, kind: ${kind}, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports, result: { metric: solve rate, value: 0.02, sample_size: 120 } }\n`;

export const absoluteClaimSampledEvidence = defineRule({
  meta: {
    id: 'paper-safety/absolute-claim-sampled-evidence',
    title: 'Absolute claim backed only by sampled evidence',
    failureMode: 'paper-safety',
    severity: 'warning',
    rationale:
      'Words like "cannot", "never" or "eliminates" claim something no finite sample can show. A red team that found nothing in 120 attempts bounds a rate; it does not prove impossibility. Overclaiming hides the residual risk the decision makers are accepting.',
    docs: `Reports a claim whose text uses an absolute word (cannot, never, eliminates, impossible, guarantees, always, zero risk, 100%) when every evidence item below it is sampled: evaluations, red teams, monitoring, telemetry, audits; anything but a formal argument or a security control verified by inspection (kinds \`formal-argument\`, \`security-control\`). A claim that bounds the absolute word with a quantifier ("cannot easily", "never more than 2%", "at scale", "undetected"), or that reports an observation over the sample ("never reached the credentials in any of the 400 episodes", "in 120 attempts", "during the evaluation"), is not absolute and is not reported; nor are absolute words in another sense: an admitted limit ("we cannot rule out", "cannot exclude", "cannot confirm"), a compound adjective ("always-on", "never-before-seen"), a denied absolute ("does not guarantee", "not impossible").

Fix: state the bound the evidence supports ("solves fewer than 5% of tasks at 95% confidence"), or add a formal argument for the absolute part.`,
    examples: {
      failing: `argument:\n  G1: { kind: claim, text: The model cannot exploit web vulnerabilities., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }\n${ev('capability-evaluation')}`,
      passing: `argument:\n  G1: { kind: claim, text: The model solves under 5% of web exploitation tasks (95% upper bound)., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }\n${ev('capability-evaluation')}`,
    },
    messages: {
      absoluteOnSampled: 'Claim {{claim}} says "{{word}}", but rests only on sampled evidence ({{items}}).',
    },
    hints: {
      absoluteOnSampled:
        'State the bound the evidence supports (a rate with its confidence), or support the absolute part with a formal argument.',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    for (const n of facts.nodesOf('claim')) {
      if (!n.supported_by?.length) continue;
      // One linear pass gives the kinds below every node; they are read before the wording, which costs more.
      const kinds = facts.evidenceKindsBelow(n.id);
      if (kinds.length === 0 || kinds.some((k) => NOT_SAMPLED.has(k))) continue;
      const word = absoluteWord(n.text);
      if (!word || HEDGE.test(n.text)) continue;
      // List the items only for a finding.
      const items = facts.evidenceBelow(n.id);
      out.push(
        report(this.meta, {
          messageId: 'absoluteOnSampled',
          data: { claim: n.id, word, items: listSome(items.map((e) => e.id)) },
          at: { thing: n, path: ['text'] },
          target: n.id,
        }),
      );
    }
    return out;
  },
});

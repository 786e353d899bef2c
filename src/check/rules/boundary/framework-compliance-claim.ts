import type { ArgNode } from '../../../model/case.js';
import { report } from '../messages.js';
import { type Alternative, phrase, policyIsModel, wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';

// What a process or document would be complied with. "standard" alone is too common ("the standard suite").
const NOUN: readonly Alternative[] = [
  /frameworks?/,
  /polic(?:y|ies)/,
  /RSPs?/,
  /responsible scaling(?: polic(?:y|ies))?/,
  /preparedness(?: framework)?/,
  /procedures?/,
  /process(?:es)?/,
  /commitments?/,
  /regulations?/,
  'regulatory',
  'code of practice',
  /guidelines?/,
  /(?:safety|industry|international|ISO(?:\/IEC)?|NIST) standards?/,
  'FSF',
  'requirements',
  'obligations',
  'AI Act',
  'playbook',
  'checklist',
];
const MEET: readonly Alternative[] = [/meets?/, 'met', /satisf(?:y|ies|ied|ying)/, /fulfil(?:s|ls|led|l|ling)?/];
const VERB: readonly Alternative[] = [
  /compl(?:y|ies|ied|ying|iant|iance)/,
  /conform(?:s|ed|ing|ity|ance)?/,
  /adher(?:e|es|ed|ing|ence)/,
  /follow(?:s|ed|ing)?/,
  /in (?:accordance|line|keeping) with/,
  /(?:is|are|was|were) consistent with/,
  ...MEET,
];
/** "complies with our framework", "was developed in accordance with the RSP", "meets all requirements of FSF v2". */
const FORWARD = wordPattern([phrase(VERB, /\b[^.;]{0,80}?\b/, NOUN)], {
  end: '(?![\\w-])',
  gate: [
    'compl',
    'conform',
    'adher',
    'follow',
    'in accordance',
    'in line',
    'in keeping',
    'consistent with',
    'meet',
    'met',
    'satisf',
    'fulfil',
  ],
});
const MEETS = wordPattern(
  [
    phrase(MEET, /\s+(?:(?:all|the|its|our|every|each|applicable|relevant|regulatory|legal)\s+){0,3}/, [
      'requirements',
      'obligations',
      'commitments',
    ]),
  ],
  { gate: ['requirements', 'obligations', 'commitments'] },
);
/** "our Frontier Safety Framework has been followed". */
const BACKWARD = wordPattern(
  [
    phrase(NOUN, /(?![\w-])[^.;]{0,60}?\b(?:was|were|is|are|has been|have been)\s+(?:fully\s+|strictly\s+)?/, [
      'followed',
      'complied with',
      'met',
      'satisfied',
      'adhered to',
      'applied',
    ]),
  ],
  { gate: ['followed', 'complied with', 'met', 'satisfied', 'adhered to', 'applied'] },
);
/**
 * Compliance words in another sense. The framework noun must be what is
 * complied with: a finite verb between them ("actions that follow an
 * injection are blocked by the egress policy") starts another clause. Users'
 * requests complying with a usage policy are a control, not the developer's
 * process ("requests that do not comply with the usage policy are refused").
 * A policy in the machine-learning sense is a model ("follows the optimal
 * attack policy").
 */
const VERB_AT_START = new RegExp(`^${phrase(VERB).source}`, 'i');
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|cannot|could|does|do|did|gets?|got)\b/i;
const USERS_BEFORE =
  /\b(?:users?|requests?|prompts?|queries|outputs?|content|completions|responses|accounts|customers?|traffic)\s+(?:(?:that|which|who)\s+)?(?:(?:do|does|did)\s+not\s+|fail\s+to\s+)?$/i;
const FORWARD_GLOBAL = new RegExp(FORWARD.source, 'gi');

function forwardWording(text: string): string | undefined {
  if (!FORWARD.test(text)) return undefined;
  for (const m of text.matchAll(FORWARD_GLOBAL)) {
    const words = m[0];
    const verb = VERB_AT_START.exec(words)?.[0] ?? '';
    const noun = /[\w-]+$/.exec(words)?.[0] ?? '';
    const nounAt = m.index + words.length - noun.length;
    if (FINITE_VERB.test(words.slice(verb.length, words.length - noun.length))) continue;
    if (USERS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (
      /^polic/i.test(noun) &&
      policyIsModel(text.slice(Math.max(0, nounAt - 40), nounAt), text.slice(nounAt + noun.length))
    )
      continue;
    return words;
  }
  return undefined;
}

/** The compliance wording in a text, if it argues compliance rather than safety. */
export function complianceWording(text: string): string | undefined {
  return forwardWording(text) ?? (MEETS.exec(text) ?? BACKWARD.exec(text))?.[0];
}

const tree = (top: string) => `argument:
  G1: { kind: claim, text: ${top}, supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each cyber risk model., supported_by: [G2] }
  G2: { kind: claim, text: The model solves under 20% of professional CTF tasks (upper 95% bound)., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: CTF results, evidence: [E1] }
evidence:
  E1: { title: NW-CTF professional tier, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports, result: { metric: solve rate, value: 0.09, interval: [0.04, 0.18], sample_size: 84 } }
`;

export const frameworkComplianceClaim = defineRule({
  meta: {
    id: 'boundary/framework-compliance-claim',
    title: 'Argues compliance with a framework instead of safety',
    failureMode: 'boundary',
    severity: 'warning',
    rationale:
      '"We followed our framework" is a claim about the developer\'s process, not about whether this system is acceptably safe for this decision. A framework can be followed to the letter while the system it was written for has changed, and a case that argues compliance cannot say no.',
    docs: `Reports compliance wording in the argument's main claims: the top claim, the strategies directly under it, and the claims directly under the top claim or under those strategies. Deeper claims are not read (a sub-claim that an evaluation followed its protocol is fine).

Compliance wording is any of:
- a compliance verb (comply, compliant, compliance, conform, adhere, follow, "in accordance/line/keeping with", "is consistent with", meet, satisfy, fulfil) followed within 80 characters, in the same sentence, by a framework noun: framework, policy, RSP, responsible scaling, preparedness, procedure, process, commitments, regulation, regulatory, code of practice, guidelines, safety/industry/international/ISO/NIST standard, FSF, requirements, obligations, AI Act, playbook, checklist;
- "meets / satisfies / fulfils (all / the / its / our) requirements | obligations | commitments";
- a framework noun followed by "was/is/has been (fully) followed / complied with / met / satisfied / adhered to / applied".

Not compliance: another clause between the verb and the noun ("actions that follow an injection are blocked by the egress policy"), users' requests complying with a usage policy (a control), a policy that is a model ("follows the optimal attack policy"). Naming the standard of acceptability is not compliance either: "does not pose an unacceptable cyber risk under FSF v2.1" is not reported.

Fix: state what is claimed about the system for this decision (a bounded risk, a capability below a threshold, a control that holds), and cite the framework as context (an \`in_context_of\` node) for where the threshold comes from.`,
    examples: {
      failing: tree('Northwind followed its Frontier Safety Framework v2.1 for the launch of build m4-rc3.'),
      passing: tree(
        'Launching build m4-rc3 on the public API does not pose an unacceptable cyber risk under FSF v2.1.',
      ),
    },
    messages: {
      complianceClaim:
        '{{where}}{{top}} argues compliance ("{{words}}") rather than the system\'s safety for this decision.',
    },
    hints: {
      complianceClaim:
        'State what is claimed about the system for this decision (a bounded risk, a capability below a threshold, a control that holds), and cite the framework as context for where the threshold comes from.',
    },
  },
  run({ case: c, graph, facts }) {
    const top = facts.top();
    if (!top) return [];
    // The top claim, the strategies under it, and the first claims below it.
    const main: ArgNode[] = [top];
    const seen = new Set([top.id]);
    const add = (id: string) => {
      const n = c.nodes.get(id);
      if (!n || seen.has(id)) return;
      seen.add(id);
      main.push(n);
      return n;
    };
    for (const k of graph.childrenOf(top.id)) {
      const n = add(k);
      if (n?.kind === 'strategy') for (const kk of graph.childrenOf(k)) add(kk);
    }
    const out: Finding[] = [];
    for (const n of main) {
      if (n.kind !== 'claim' && n.kind !== 'strategy') continue;
      const words = complianceWording(n.text);
      if (!words) continue;
      const where =
        n === top
          ? 'The top claim'
          : `${n.kind === 'claim' ? 'Claim' : 'Strategy'} ${n.id}, one of the main legs of the argument,`;
      out.push(
        report(this.meta, {
          messageId: 'complianceClaim',
          data: { where, top: n === top ? ` ${n.id}` : '', words },
          at: { thing: n, path: ['text'] },
          target: n.id,
        }),
      );
    }
    return out;
  },
});

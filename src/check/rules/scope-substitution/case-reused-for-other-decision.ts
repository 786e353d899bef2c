import type { DecisionKind } from '../../../model/vocab.js';
import { report } from '../messages.js';
import { wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';

/** Phrases that name a kind of decision in a claim. Kinds without a distinctive phrase are absent. */
const KIND_PHRASES: Partial<Record<DecisionKind, RegExp>> = {
  'internal-deployment': wordPattern(
    [/internal(?:ly)? deploy\w*/, /deploy\w* (?:\S+ ){0,3}?internally/, /internal (?:use|rollout|roll-out)/],
    { gate: ['internal'] },
  ),
  'open-weights': wordPattern(
    [
      /open[- ]weights?/,
      /open[- ]sourc\w*/,
      /(?:releas|publish)\w* (?:the |its )?(?:model(?:'s)? )?weights/,
      /weights? release/,
    ],
    { gate: ['open', 'weight'] },
  ),
  'trusted-access': wordPattern([/trusted[- ](?:access|tester|user|researcher)s?/], { gate: ['trusted'] }),
  'continue-training': wordPattern([/(?:continu\w*|resum\w*|further) (?:the )?(?:pre-?|post-?)?training/], {
    gate: ['training'],
  }),
  'api-launch': wordPattern(
    [
      /API (?:launch|release)/,
      /general(?:ly)? availab\w*/,
      /launch\w* (?:\S+ ){0,5}?(?:on|through|via|to) the (?:public )?API/,
    ],
    { gate: ['api', 'availab'] },
  ),
};

const NEGATED =
  /\b(?:no|not|never|without|nor|rather than|instead of|unlike|after|following|before|prior to)\b(?:\s+\S+){0,3}\s*$/i;

/** A baseline the decision is compared with: "beyond open-weight models", "less than the internal deployment did". */
const COMPARED = /\b(?:than|beyond|compared (?:to|with)|relative to|over and above)\b(?:\s+\S+){0,3}\s*$/i;
/** Who did something, not who is given access: "found by trusted testers". */
const BY_WHOM = /\b(?:by|from|among|according to)\s+(?:\S+\s+)?$/i;

/**
 * Decision kinds a text names, ignoring negated or historical mentions ("not
 * open weights", "after internal deployment"), baselines ("beyond open-weight
 * models") and trusted testers as those who tested ("found by trusted testers").
 */
export function kindsNamed(text: string): DecisionKind[] {
  const out: DecisionKind[] = [];
  for (const [kind, re] of Object.entries(KIND_PHRASES) as [DecisionKind, RegExp][]) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    if (NEGATED.test(before) || COMPARED.test(before)) continue;
    if (kind === 'trusted-access' && BY_WHOM.test(before)) continue;
    out.push(kind);
  }
  return out;
}

const ex = (
  basedOn: string,
  claim: string,
) => `  based_on: { case: m7-internal-agent, version: "2.0", decision_kind: ${basedOn} }
argument:
  G1: { kind: claim, text: ${claim}, supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }
evidence:
  E1: { title: Cyber range, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports }
`;

export const caseReusedForOtherDecision = defineRule({
  meta: {
    id: 'scope-substitution/case-reused-for-other-decision',
    title: 'Case reused from, or written for, another decision',
    failureMode: 'scope-substitution',
    severity: 'error',
    rationale:
      'A case argues for one decision. The argument that internal deployment is safe (a small, monitored, named population) does not carry to an API launch or a weights release, where the threat actors, reach and reversibility differ; reusing it unexamined substitutes one decision for another.',
    docs: `Reports:
- a case whose header says it is based on an earlier case made for another kind of decision: \`case.based_on.decision_kind\` differs from \`case.decision_boundary.kind\` (reported on \`based_on\`, target the case id);
- a top claim that names another kind of decision and not this one (reported on the claim, target the claim id). The phrases looked for: internal deployment (*internal deployment*, *deployed internally*, *internal use*), open weights (*open weights*, *open-source*, *release the weights*), trusted access (*trusted access / testers / users / researchers*), continued training (*continue / resume / further training*), API launch (*API launch*, *general availability*, *launch ... on the API*). A mention that is negated or historical (*not*, *rather than*, *after*, *following*, *before* within three words before it) does not count, nor does a baseline (*than*, *beyond*, *compared to*, *relative to* within three words before it: "no uplift beyond open-weight models") or, for trusted access, who did the testing ("found by trusted testers").

Fix: write the case for the decision at hand: restate the top claim and the decision boundary, and re-examine every claim and evidence item from the earlier case against this decision's users, channel, tools and threat actors. Where an earlier argument still holds, say why in a justification.`,
    examples: {
      failing: `${ex('internal-deployment', 'Deploying m7 internally on the agent platform does not pose unacceptable cyber risk.')}`,
      passing: `${ex('api-launch', 'Launching m7 on the public API does not pose unacceptable cyber risk.')}`,
    },
    messages: {
      reusedCase:
        'Case {{case}} is for a decision of kind {{kind}}, but reuses case {{reused}}{{version}}, written for a decision of kind {{prior}}.',
      otherDecision:
        'Top claim {{claim}} speaks of another kind of decision ({{other}}), but this case is for a decision of kind {{kind}} ("{{decision}}").',
    },
    hints: {
      reusedCase:
        'Re-examine every claim and evidence item taken from {{reused}} against this {{kind}} decision (users, channel, tools, threat actors), and justify what carries over.',
      otherDecision:
        'Restate the top claim for the decision at hand and check that the argument below it was written for this decision, not reused from another.',
    },
  },
  run({ case: c, facts }) {
    const header = c.header.value;
    const kind = header.decision_boundary.kind;
    const out: Finding[] = [];
    const prior = header.based_on?.decision_kind;
    if (prior && prior !== kind) {
      out.push(
        report(this.meta, {
          messageId: 'reusedCase',
          data: {
            case: header.id,
            kind,
            reused: header.based_on!.case,
            version: header.based_on!.version ? ` v${header.based_on!.version}` : '',
            prior,
          },
          at: { thing: c.header, path: ['based_on', 'decision_kind'] },
          target: header.id,
        }),
      );
    }
    const top = facts.top();
    if (top) {
      const named = kindsNamed(top.text);
      const other = named.filter((k) => k !== kind);
      if (other.length > 0 && !named.includes(kind)) {
        out.push(
          report(this.meta, {
            messageId: 'otherDecision',
            data: {
              claim: top.id,
              other: other.join(', '),
              kind,
              decision:
                header.decision_boundary.decision.length > 120
                  ? `${header.decision_boundary.decision.slice(0, 117)}...`
                  : header.decision_boundary.decision,
            },
            at: { thing: top, path: ['text'] },
            target: top.id,
          }),
        );
      }
    }
    return out;
  },
});

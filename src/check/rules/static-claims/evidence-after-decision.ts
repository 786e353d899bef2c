import { listSome } from '../../../util/list-some.js';
import { daysBetween } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const ex = (date: string) => `argument:
  G1: { kind: claim, text: The monitor catches at least 95% of code sabotage attempts., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
evidence:
  E1: { title: Control evaluation CE-05, kind: control-evaluation, source_type: internal-test, date: ${date}, produced_by: Control team, polarity: supports, result: { metric: catch rate, value: 0.97, sample_size: 400 } }
decision: { outcome: approve, date: 2026-06-01, makers: [{ name: Samuel Adeyemi, role: Responsible Scaling Officer }], residual_risk: Multi-episode attacks are not yet evaluated. }
`;

export const evidenceAfterDecision = defineRule({
  meta: {
    id: 'static-claims/evidence-after-decision',
    title: 'Evidence dated after the decision',
    failureMode: 'static-claims',
    severity: 'warning',
    usesDate: true,
    rationale:
      'A decision can only rest on what existed when it was taken. Evidence dated after the decision, cited as support, makes the case look stronger than it was when the decision makers relied on it, and hides what they actually knew.',
    docs: `Reports an evidence item cited by an evidence node on the decision path whose \`date\` is after \`decision.date\`. Counter-evidence cited only by defeaters is not reported: recording new doubts after a decision is what a living case should do.

Fix: if the item was produced to meet a decision condition, record a new decision (or a new case version with a new decision date) that rests on it; if the date is wrong, correct it; otherwise take the item out of the argument the decision rests on.`,
    examples: {
      failing: ex('2026-07-15'),
      passing: ex('2026-05-20'),
    },
    messages: {
      datedAfterDecision:
        'Evidence item {{item}}, cited by {{citing}} on the path to the top claim, is dated {{date}}, {{days}} days after the decision of {{decided}}: the decision could not have rested on it.',
    },
    hints: {
      datedAfterDecision:
        'Record a new decision that rests on {{item}}, correct its date if it is wrong, or take it out of the argument the decision rests on.',
    },
  },
  run({ facts }) {
    const decided = facts.decisionDate();
    if (!decided) return [];
    const out: Finding[] = [];
    for (const { item: e, citing: citers } of facts.pathItems()) {
      const id = e.id;
      if (e.date <= decided) continue;
      out.push(
        report(this.meta, {
          messageId: 'datedAfterDecision',
          data: { item: id, citing: listSome(citers), date: e.date, days: daysBetween(decided, e.date), decided },
          at: { thing: e, path: ['date'] },
          target: id,
        }),
      );
    }
    return out;
  },
});

import { conditionViews } from '../decision-conditions.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (due: string) => `argument:
  G1: { kind: claim, text: Trusted researchers cannot obtain operational bioweapon protocols., undeveloped: true }
decision:
  outcome: approve-with-conditions
  date: 2026-08-01
  makers: [{ name: Ines Carvalho, role: Chief Safety Officer }]
  residual_risk: Vetted researchers may extract fragments of dual-use protocols.
  conditions:
    - { id: cond-audit, text: An external audit of researcher vetting is completed., owner: Tomas Reyes, due: ${due} }
change_control:
  expires: 2027-02-01
  review_triggers:
    - { id: trg-review, kind: date, description: Six-monthly review of the trusted-access programme., date: 2027-01-15 }
`;

/**
 * When the case stops holding: its expiry, or, for a case with none, its last
 * dated review (a review before the expiry reopens the case; the conditions
 * are still checked within its life).
 */
function horizon(expires: string | undefined, reviews: readonly { id: string; date?: string }[]) {
  if (expires !== undefined) return { date: expires, what: `the case expires (change_control.expires ${expires})` };
  const last = reviews
    .filter((t): t is { id: string; date: string } => t.date !== undefined)
    .reduce<{ id: string; date: string } | undefined>(
      (a, t) => (a === undefined || t.date > a.date ? t : a),
      undefined,
    );
  return last
    ? { date: last.date, what: `the case's last dated review (trigger ${last.id}, ${last.date})` }
    : undefined;
}

export const conditionDueAfterExpiry = defineRule({
  meta: {
    id: 'static-claims/condition-due-after-expiry',
    title: 'Decision condition due after the case expires or after its review date',
    failureMode: 'static-claims',
    severity: 'warning',
    rationale:
      'A condition is checked within the life of the decision it qualifies. One due only after the case has expired, or after the review that reopens it, is never checked against this decision: the review meets it as a promise, not a result.',
    docs: `Reports a decision condition whose due date (its \`due\`, or for a string condition the latest date in its text) falls after \`change_control.expires\`, or, for a case without an expiry, after its last review trigger of kind \`date\` (the review date that stands in for one). A dated review before the expiry does not count: it reopens the case, and the conditions are still checked within the case's life.

Fix: bring the due date inside the life of the case, or extend the case's validity (and argue why it still holds that long); if the condition can only be met later, the decision should say what holds until then.`,
    examples: { failing: CASE('2027-03-31'), passing: CASE('2026-12-15') },
    messages: {
      afterHorizon:
        'Decision condition {{condition}} is due {{due}}, after {{what}}: it is never checked within this decision.',
    },
    hints: {
      afterHorizon:
        'Make {{condition}} due by {{horizon}}, or extend the case (and argue why it holds that long); otherwise say what holds until the condition is met.',
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d) return [];
    const cc = c.changeControl?.value;
    const reviews = (cc?.review_triggers ?? []).filter((t) => t.kind === 'date');
    const first = horizon(cc?.expires, reviews);
    if (!first) return [];
    const out: Finding[] = [];
    for (const v of conditionViews(c)) {
      if (v.due === undefined || v.due <= first.date) continue;
      out.push(
        report(this.meta, {
          messageId: 'afterHorizon',
          data: { condition: v.name, due: v.due, what: first.what, horizon: first.date },
          at: {
            thing: d,
            path: v.structured?.due !== undefined ? ['conditions', v.index, 'due'] : ['conditions', v.index],
          },
          target: v.target,
        }),
      );
    }
    return out;
  },
});

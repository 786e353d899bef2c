import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (resolution: string) => `argument:
  G1: { kind: claim, text: Novices gain no meaningful end-to-end uplift from Meridian-4., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Novice uplift study, evidence: [E1] }
  D1:
    kind: defeater
    text: The uplift study's primary endpoint is near the floor in both arms.
    challenges: [G1]
    status: accepted
    resolution: ${resolution}
evidence:
  E1: { title: Novice uplift RCT, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier Risk Evaluations, polarity: supports }
`;

export const acceptedWithoutSignOff = defineRule({
  meta: {
    id: 'countercase-neglect/accepted-without-sign-off',
    title: 'Defeater accepted as residual risk without owner, date or sign-off',
    failureMode: 'countercase-neglect',
    severity: 'error',
    rationale:
      'Accepting a defeater means someone with the authority to do so took on the risk it names. Without an owner, a date and a sign-off, nobody did: the doubt has been filed away, not accepted.',
    docs: `Reports a defeater with \`status: accepted\` whose \`resolution\` is missing, or lacks any of: an owner (\`resolution.owner\`, or \`owner\` on the defeater), a \`resolution.date\`, or \`resolution.signed_off_by\`. The message names what is missing.

Fix: record who owns the residual risk, when it was accepted, and who signed the acceptance off (someone with the authority to accept that risk, ideally a decision maker, not the case's author).`,
    examples: {
      failing: CASE('{ summary: Accepted as residual risk. }'),
      passing: CASE(
        '{ summary: "Accepted: early-step uplift is the residual harm named in the acceptability criteria.", owner: Chief Risk Officer, date: 2026-10-09, signed_off_by: Elena Vasquez (Chief Risk Officer) }',
      ),
    },
    messages: {
      missingSignOff: 'Defeater {{defeater}} is accepted as residual risk {{without}} {{missing}}.',
    },
    hints: {
      missingSignOff:
        'Record in the resolution who owns the residual risk (owner), when it was accepted (date), and who with the authority to accept it signed it off (signed_off_by).',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    for (const d of facts.nodesOf('defeater')) {
      if (d.status !== 'accepted') continue;
      const r = d.resolution;
      const missing: string[] = [];
      if (!(r?.owner ?? d.owner)) missing.push('an owner');
      if (!r?.date) missing.push('a date');
      if (!r?.signed_off_by) missing.push('a sign-off (signed_off_by)');
      if (!missing.length) continue;
      const list =
        missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}` : missing[0];
      out.push(
        report(this.meta, {
          messageId: 'missingSignOff',
          data: { defeater: d.id, without: r ? 'without' : 'with no resolution: no', missing: list! },
          at: { thing: d, path: r ? ['resolution'] : ['status'] },
          target: d.id,
        }),
      );
    }
    return out;
  },
});

import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';
import { refsOf, showsWork } from './resolution.js';

const CASE = (resolution: string) => `argument:
  G1: { kind: claim, text: The red team was at least as capable as the agent at devising attacks., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Red-team resourcing report, evidence: [E1] }
  D1:
    kind: defeater
    text: The agent can read internal docs and may know more about the monitor than the red team did.
    challenges: [G1]
    status: refuted
    resolution: ${resolution}
evidence:
  E1: { title: Red-team resourcing and knowledge report, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Control Red Team, polarity: supports }
`;

export const refutedWithoutEvidence = defineRule({
  meta: {
    id: 'countercase-neglect/refuted-without-evidence',
    title: 'Defeater refuted without evidence',
    failureMode: 'countercase-neglect',
    severity: 'warning',
    rationale:
      'Marking a defeater refuted says the doubt was shown to be wrong. Without a reference to what showed it, the refutation is an assertion, and a reader cannot check it.',
    docs: `Reports a defeater with \`status: refuted\` that has no \`resolution\`, no \`resolution.refs\`, or whose refs include nothing that shows the refutation: an evidence item (not one marked \`undermines\`), an evidence node, or a claim, strategy or defeater with evidence somewhere below it.

Fix: cite in \`resolution.refs\` the evidence or the supported sub-argument that shows the defeater is wrong; if nothing does, the defeater is open (or accepted, with a sign-off).`,
    examples: {
      failing: CASE('{ summary: The red team had full knowledge of the protocol. }'),
      passing: CASE(
        '{ summary: "The red team had full knowledge of the protocol, prompt and thresholds.", refs: [Sn1] }',
      ),
    },
    messages: {
      refutedWithoutEvidence: 'Defeater {{defeater}} is marked refuted but {{why}}.',
    },
    hints: {
      refutedWithoutEvidence:
        'Cite in resolution.refs the evidence item, evidence node or supported sub-argument that shows the defeater is wrong; if nothing does, mark it open (with an owner) or accepted (with a sign-off).',
    },
  },
  run({ case: c, facts }) {
    const works = showsWork(c, facts);
    const out: Finding[] = [];
    for (const d of facts.nodesOf('defeater')) {
      if (d.status !== 'refuted') continue;
      const { all, working } = refsOf(d, works);
      if (working.length) continue;
      const why = !d.resolution
        ? 'has no resolution'
        : all.length
          ? `cites only ${listSome(all)}, which show${all.length > 1 ? '' : 's'} no evidence`
          : 'cites nothing in its resolution';
      out.push(
        report(this.meta, {
          messageId: 'refutedWithoutEvidence',
          data: { defeater: d.id, why },
          at: { thing: d, path: !d.resolution ? ['status'] : all.length ? ['resolution', 'refs'] : ['resolution'] },
          target: d.id,
        }),
      );
    }
    return out;
  },
});

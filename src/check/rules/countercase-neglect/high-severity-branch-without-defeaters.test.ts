import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { highSeverityBranchWithoutDefeaters as rule } from './high-severity-branch-without-defeaters.js';

const failing = rule.meta.examples.failing as string;

const branch = `risks:
  risk-a: { title: Weight exfiltration, pathway: weight-theft, severity: high }
argument:
  G0: { kind: claim, text: Both routes are controlled., addresses: [risk-a], supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each route., supported_by: [G1, G2] }
  G1: { kind: claim, text: Route one is controlled., supported_by: [Sn1] }
  G2: { kind: claim, text: Route two is controlled., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
  D1: { kind: defeater, text: Route one has a bypass., challenges: [G1], status: open }
evidence:
  E1: { title: CE-05, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: AI Control, polarity: supports }
`;

ruleTester(rule, {
  valid: [
    { name: 'ignores a medium-severity branch', yaml: edit(failing, 'severity: critical', 'severity: medium') },
    {
      name: 'counts undermining evidence cited below the claim as a challenge',
      yaml: edit(failing, 'polarity: supports', 'polarity: mixed'),
    },
    {
      name: 'counts a challenge to an assumption the claim is stated in',
      yaml: edit(
        edit(failing, 'addresses: [risk-cyber],', 'addresses: [risk-cyber], in_context_of: [A1],'),
        'evidence:\n',
        '  A1: { kind: assumption, text: Novices use the public API only. }\n  D1: { kind: defeater, text: Novices may use leaked weights., challenges: [A1], status: open }\nevidence:\n',
      ),
    },
    { name: 'treats the branch as a whole: a challenge to one sub-claim counters the risk', yaml: branch },
  ],
  invalid: [
    {
      name: 'reports an unchallenged critical branch',
      yaml: failing,
      findings: [{ target: 'G1', line: 11, column: 107, messageId: 'unchallengedBranch' }],
    },
    {
      name: 'reports only the topmost claim for the risk',
      yaml: edit(
        edit(failing, 'addresses: [risk-cyber], supported_by: [Sn1]', 'addresses: [risk-cyber], supported_by: [G2]'),
        'evidence:\n',
        '  G2: { kind: claim, text: Novices solve under 5% of range tasks., addresses: [risk-cyber], supported_by: [Sn1] }\nevidence:\n',
      ),
      findings: [
        { target: 'G1', line: 11, column: 107, messageId: 'unchallengedBranch', message: /critical risk risk-cyber/ },
      ],
    },
    {
      name: 'treats the branch as a whole: without the challenge, the branch is reported at its top',
      yaml: edit(branch, / {2}D1: .*\n/, ''),
      findings: [{ target: 'G0', line: 11, column: 69, messageId: 'unchallengedBranch' }],
    },
    {
      name: 'reports every topmost claim when a risk is addressed in two places',
      yaml: `risks:
  risk-a: { title: Weight exfiltration, pathway: weight-theft, severity: high }
argument:
  G0: { kind: claim, text: Both routes are controlled., supported_by: [S1] }
  S1: { kind: strategy, text: Argue over each route., supported_by: [G1, G2] }
  G1: { kind: claim, text: Route one is controlled., addresses: [risk-a], supported_by: [Sn1] }
  G2: { kind: claim, text: Route two is controlled., addresses: [risk-a], supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }
evidence:
  E1: { title: CE-05, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: AI Control, polarity: supports }
`,
      findings: [
        { target: 'G1', line: 13, column: 66, messageId: 'unchallengedBranch' },
        { target: 'G2', line: 14, column: 66, messageId: 'unchallengedBranch' },
      ],
    },
  ],
});

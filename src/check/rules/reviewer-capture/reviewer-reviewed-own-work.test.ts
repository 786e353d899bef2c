import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { reviewerReviewedOwnWork as rule } from './reviewer-reviewed-own-work.js';

const failing = rule.meta.examples.failing as string;
const calloway = (rest: string) =>
  edit(failing, 'independent_of: [authors, red-team, model-developer], reviewed: whole-case', rest);
ruleTester(rule, {
  valid: [
    {
      name: 'accepts a reviewer whose stated scope leaves out what they produced',
      yaml: edit(
        calloway('independent_of: [authors, red-team, model-developer], reviewed: { risks: [risk-bio] }'),
        '  risk-cyber:',
        '  risk-bio: { title: Bio uplift, pathway: cbrn, severity: high }\n  risk-cyber:',
      ),
    },
    {
      name: 'accepts a reviewer who claims no independence',
      yaml: calloway('reviewed: whole-case'),
    },
    {
      name: "ignores the authors' organisation: a reviewer there is judged by other rules",
      yaml: `  authors:\n    - { name: Priya Raman, organisation: Halden Assurance }\n${calloway('independent_of: [authors], reviewed: whole-case')}`,
    },
    {
      name: 'accepts a reviewer whose team shares only a word with the producing team',
      yaml: edit(
        rule.meta.examples.passing as string,
        'organisation: University of Bergen',
        'team: Red Team, organisation: University of Bergen',
      ),
    },
    {
      name: 'accepts a reviewer whose firm ran the evaluation when they do not claim independence of the red team',
      yaml: calloway('independent_of: [authors, model-developer], reviewed: whole-case'),
    },
  ],
  invalid: [
    {
      name: 'reports a reviewer who declares independence of the red team and produced the red-team evidence',
      yaml: failing,
      findings: [
        {
          target: 'example',
          line: 9,
          column: 15,
          messageId: 'redTeam',
          data: { reviewer: 'Dr. Rhys Calloway', items: 'E1 (by organisation)' },
        },
      ],
    },
    {
      name: 'reports an independent reviewer who produced evidence in their scope, without the red-team declaration',
      yaml: edit(
        calloway('external: true, reviewed: { evidence: [E1] }'),
        'produced_by: Halden Assurance red team',
        'produced_by: Dr. Rhys Calloway (Halden)',
      ),
      findings: [
        {
          target: 'example',
          line: 9,
          column: 15,
          messageId: 'produced',
          message: /produced evidence they reviewed: E1/,
        },
      ],
    },
    {
      name: 'reports an independent reviewer who owns a claim in the branch they reviewed, named in the owner',
      yaml: edit(
        calloway('independent_of: [model-developer], reviewed: { risks: [risk-cyber] }'),
        'supported_by: [Sn1] }',
        'owner: Rhys Calloway, supported_by: [Sn1] }',
      ).replace('produced_by: Halden Assurance red team', 'produced_by: Northwind Evaluations'),
      findings: [
        {
          target: 'example',
          line: 9,
          column: 15,
          messageId: 'owns',
          data: { reviewer: 'Dr. Rhys Calloway', of: 'model-developer', nodes: 'G1' },
        },
      ],
    },
  ],
});

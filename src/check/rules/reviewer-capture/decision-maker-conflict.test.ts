import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { decisionMakerConflict as rule } from './decision-maker-conflict.js';

const passing = rule.meta.examples.passing as string;
const maker = '{ name: Elena Vasquez, role: Chief Risk Officer, team: Risk Office, conflicts: [] }';
const withMaker = (m: string) => edit(passing, maker, m);

ruleTester(rule, {
  valid: [
    {
      name: 'treats a missing conflicts list like an empty one',
      yaml: edit(passing, ', conflicts: []', ''),
    },
    // The same words in another sense: roles that check a product, teams that only share a word.
    {
      name: 'accepts a VP of product security: the role checks the product, it does not sell it',
      yaml: withMaker('{ name: Elena Vasquez, role: VP Product Security, team: Product Security, conflicts: [] }'),
    },
    {
      name: 'accepts a head of product safety',
      yaml: withMaker('{ name: Elena Vasquez, role: Head of Product Safety, conflicts: [] }'),
    },
    {
      name: 'accepts a maker whose team name is only part of the producing team',
      yaml: withMaker('{ name: Elena Vasquez, role: Chief Risk Officer, team: Evaluations, conflicts: [] }'),
    },
    {
      name: "does not count the maker's organisation producing evidence as their own stake",
      yaml: edit(
        withMaker('{ name: Elena Vasquez, role: Board observer, organisation: Halden Assurance, conflicts: [] }'),
        'produced_by: Frontier Risk Evaluations',
        'produced_by: Halden Assurance evaluations group',
      ),
    },
    {
      name: 'does not count the owner of an undeveloped claim: there is no work of theirs in the case yet',
      yaml: edit(
        passing,
        'supported_by: [Sn1] }',
        'supported_by: [Sn1, G2] }\n  G2: { kind: claim, text: Scaffolds add no uplift., owner: Elena Vasquez, undeveloped: true }',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports a declared conflict, and not the business-owner role beside it',
      yaml: rule.meta.examples.failing,
      findings: [{ target: 'example', line: 17, column: 94, messageId: 'conflict' }],
    },
    {
      name: 'reports a business-owner role when no conflict is declared',
      yaml: withMaker('{ name: Julia Brandt, role: "VP Product, API Platform", team: API Platform, conflicts: [] }'),
      findings: [
        { target: 'example', line: 17, column: 35, messageId: 'ownsBusiness', message: /is VP Product, API Platform,/ },
      ],
    },
    {
      name: 'quotes the conflict and counts the rest',
      yaml: withMaker(
        '{ name: Elena Vasquez, role: Chief Risk Officer, conflicts: ["Bonus tied to API revenue.", "Holds equity."] }',
      ),
      findings: [
        {
          target: 'example',
          line: 17,
          column: 67,
          messageId: 'conflict',
          message: /"Bonus tied to API revenue" \(and 1 more\)/,
        },
      ],
    },
    {
      name: 'reports a maker whose team produced the evidence the decision rests on, with no conflict declared',
      yaml: withMaker(
        '{ name: Elena Vasquez, role: Head of Frontier Risk, team: Frontier Risk Evaluations, conflicts: [] }',
      ),
      findings: [
        {
          target: 'example',
          line: 17,
          column: 15,
          messageId: 'producedEvidence',
          data: { maker: 'Elena Vasquez', items: 'E1 (by team)' },
        },
      ],
    },
    {
      name: 'does not infer conflicts for a maker who declares one: the declared one is reported',
      yaml: withMaker(
        '{ name: Elena Vasquez, role: Head of Frontier Risk, team: Frontier Risk Evaluations, conflicts: [Holds equity.] }',
      ),
      findings: [{ target: 'example', line: 17, column: 103, messageId: 'conflict' }],
    },
    {
      name: 'reports a maker who owns a developed claim on the decision path',
      yaml: edit(passing, 'supported_by: [Sn1] }', 'owner: Elena Vasquez, supported_by: [Sn1] }'),
      findings: [
        {
          target: 'example',
          line: 17,
          column: 15,
          messageId: 'ownsNodes',
          data: { maker: 'Elena Vasquez', nodes: 'G1' },
        },
      ],
    },
  ],
});

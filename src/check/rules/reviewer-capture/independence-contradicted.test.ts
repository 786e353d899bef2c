import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { independenceContradicted as rule } from './independence-contradicted.js';

const passing = rule.meta.examples.passing as string;
const reviewer =
  '{ name: Daniel Esposito, team: Safety Review Board, organisation: Northwind Labs, independent_of: [authors] }';
const withReviewer = (r: string) => edit(passing, reviewer, r);

ruleTester(rule, {
  valid: [
    {
      name: 'accepts an external reviewer from another organisation, independent of the authors too',
      yaml: withReviewer(
        '{ name: Prof. Ingrid Solberg, organisation: University of Bergen, independent_of: [authors, model-developer] }',
      ),
    },
    {
      name: 'accepts an external reviewer without a declared list',
      yaml: withReviewer('{ name: Prof. Ingrid Solberg, organisation: University of Bergen, external: true }'),
    },
    {
      name: "accepts an organisation whose name only contains the authors' organisation",
      yaml: withReviewer(
        '{ name: Prof. Ingrid Solberg, organisation: Northwind Labs Alumni Foundation, independent_of: [authors, model-developer] }',
      ),
    },
    {
      name: 'accepts a product security lead declaring independence of the business owner',
      yaml: withReviewer(
        '{ name: Daniel Esposito, role: VP Product Security, organisation: Northwind Labs, independent_of: [authors, business-owner] }',
      ),
    },
  ],
  invalid: [
    {
      name: "reports an external reviewer at the authors' organisation",
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'example',
          line: 11,
          column: 73,
          messageId: 'sameOrganisation',
          data: { reviewer: 'Daniel Esposito', organisation: 'Northwind Labs' },
        },
      ],
    },
    {
      name: 'reports a reviewer counted as independent of the developer but not of the authors',
      yaml: withReviewer(
        '{ name: Prof. Ingrid Solberg, organisation: University of Bergen, independent_of: [model-developer] }',
      ),
      findings: [{ target: 'example', line: 11, column: 89, messageId: 'notOfAuthors' }],
    },
    {
      name: 'reports a product owner declaring independence of the business owner',
      yaml: withReviewer(
        '{ name: Julia Brandt, role: Product Lead, organisation: Northwind Labs, independent_of: [authors, business-owner] }',
      ),
      findings: [{ target: 'example', line: 11, column: 35, messageId: 'businessOwner', message: /is Product Lead/ }],
    },
  ],
});

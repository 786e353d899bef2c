import { ruleTester } from '../../../../test/support/rule-tester.js';
import { acceptability, argument, RISKS } from './examples.js';
import { vagueStandard as rule } from './vague-standard.js';

ruleTester(rule, {
  valid: [
    {
      name: 'accepts a named standard that mentions best practice',
      yaml:
        RISKS +
        acceptability({ standard: 'NIST AI RMF 1.0 with the Northwind best-practice annex, section 4' }) +
        argument(),
    },
    {
      name: 'accepts a named standard with a standing rule for changes ("every change to be confirmed")',
      yaml:
        RISKS +
        acceptability({
          standard: 'Northwind tool-launch standard TLS-2, section 3; every change to it to be confirmed by the Board',
        }) +
        argument(),
    },
    {
      name: 'accepts a named standard for placeholder tokens in logs',
      yaml:
        RISKS +
        acceptability({ standard: 'Northwind logging standard LS-4 on placeholder values for secrets' }) +
        argument(),
    },
    // Generic words inside a value that names a standard or its setter.
    {
      name: 'accepts a named internal policy with a reasonableness test, set by Internal Audit',
      yaml:
        RISKS +
        acceptability({
          standard: 'Northwind internal policy IP-7, section 2 (reasonable-foreseeability test)',
          setBy: 'Northwind Internal Audit, approved by the Board on 2026-09-01',
        }) +
        argument(),
    },
  ],
  invalid: [
    {
      name: 'still reports the bare word "internal" as the setter',
      yaml: RISKS + acceptability({ setBy: 'Internal' }) + argument(),
      findings: [{ target: 'example', line: 12, column: 11, messageId: 'vagueSetBy', message: /"Internal"/ }],
    },
    {
      name: 'reports both fields',
      yaml: rule.meta.examples.failing,
      findings: [
        {
          target: 'example',
          line: 11,
          column: 13,
          messageId: 'vagueStandard',
          message: 'acceptability.standard is "Industry best practice", which does not say whose standard applies.',
        },
        {
          target: 'example',
          line: 12,
          column: 11,
          messageId: 'vagueSetBy',
          message: 'acceptability.set_by is "The team", which does not say who set the standard.',
        },
      ],
    },
    {
      name: 'reports a placeholder inside a longer value',
      yaml: RISKS + acceptability({ standard: 'Northwind FSF v2.1, section TBD' }) + argument(),
      findings: [{ target: 'example', line: 11, column: 13, messageId: 'vagueStandard', message: /"TBD"/ }],
    },
  ],
});

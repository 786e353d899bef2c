import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { reachesIntoExclusion as rule } from './reaches-into-exclusion.js';

const failing = rule.meta.examples.failing as string;
const passing = rule.meta.examples.passing as string;
const TOOL = '"web-search: read-only search results"';

// The structured path: a condition's `extends`, read field by field before its words.
const COND = '    - "Offering Meridian-4 through the fine-tuning API requires a new decision on its own case."\n';
const withCondition = (yaml: string) => edit(passing, COND, yaml);

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for extends that names nothing the case excludes',
      yaml: withCondition(
        '    - { id: cond-eu, text: Usage is reported monthly., extends: { user_groups: [enterprise developers], deployment_channel: Batch API } }\n',
      ),
    },
    {
      name: 'restating an exclusion in a condition is not reaching into it',
      yaml: edit(
        passing,
        'Offering Meridian-4 through the fine-tuning API requires a new decision on its own case.',
        'No minors may hold an API key; age is checked at sign-up.',
      ),
    },
    {
      name: 'a negation just after the name denies it',
      yaml: edit(
        passing,
        'Offering Meridian-4 through the fine-tuning API requires a new decision on its own case.',
        'The fine-tuning API is not offered to any organisation during the term.',
      ),
    },
    {
      name: 'words of the exclusion used apart are not its name',
      yaml: edit(
        passing,
        'Offering Meridian-4 through the fine-tuning API requires a new decision on its own case.',
        'Refusal fine-tuning of later builds is tested on the API before release.',
      ),
    },
    {
      name: 'a population that denies the excluded group',
      yaml: edit(passing, 'Verified developer organisations', 'Verified developer organisations; no users under 18'),
    },
    {
      name: 'a deployed tool that shares one word with an excluded tool is not it',
      yaml: edit(
        edit(passing, 'channel: fine-tuning API', 'tools: ["web-browse: interactive browsing with form submission"]'),
        TOOL,
        '"web-search: read-only search results", "No web-browse tool"',
      ),
    },
    {
      name: 'excluded risks are left to the rules about unaddressed risks',
      yaml: edit(
        passing,
        '    - kind: deployment\n',
        '    - { kind: risk, what: CBRN uplift, reason: Argued in the CBRN case. }\n    - kind: deployment\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'reports an excluded user group and channel named in extends, though the text names neither',
      yaml: withCondition(
        '    - { id: cond-teen, text: After a 60-day pilot the programme widens., extends: { user_groups: [minors in the education pilot], deployment_channel: fine-tuning API } }\n',
      ),
      findings: [
        { target: 'cond-teen', line: 31, column: 99, messageId: 'structured', message: /extends.user_groups\[0\]/ },
        { target: 'cond-teen', line: 31, column: 151, messageId: 'structured', message: /extends.deployment_channel/ },
      ],
    },
    {
      name: 'a condition that opens the excluded channel',
      yaml: failing,
      findings: [
        {
          target: 'example',
          line: 31,
          column: 7,
          messageId: 'words',
          data: {
            where: 'Decision condition 1',
            n: 1,
            kind: 'deployment',
            what: 'The fine-tuning endpoint',
            phrase: 'fine-tuning API',
            text: 'After 60 days without a serious incident, enterprise customers may use Meridian-4 through the fine-tuning API.',
            reason: 'Fine-tuning can remove refusal training; it is argued in its own case.',
          },
          related: [{ line: 9, column: 7, message: 'exclusion 1: The fine-tuning endpoint' }],
        },
      ],
    },
    {
      name: 'a structured condition is reported on its id, for the excluded user group by one of its terms',
      yaml: edit(
        failing,
        '    - "After 60 days without a serious incident, enterprise customers may use Meridian-4 through the fine-tuning API."',
        '    - { id: cond-schools, text: "From September, schools may enrol under-18s for supervised coding classes.", owner: Elena Vasquez }',
      ),
      findings: [
        {
          target: 'cond-schools',
          line: 31,
          column: 33,
          messageId: 'words',
          message:
            'Decision condition cond-schools reaches into exclusion 2 (user-group: Users under 18): it names "under-18s" in "From September, schools may enrol under-18s for supervised coding classes.".',
          related: [{ line: 14, column: 7 }],
        },
      ],
    },
    {
      name: 'a deployed tool that is an excluded tool, structured, in context and in the decision scope',
      yaml: edit(
        edit(failing, 'channel: fine-tuning API', 'tools: [code-exec]'),
        `tools: [${TOOL}]`,
        `tools: [${TOOL}, "code-exec: hosted Python sandbox, no egress"]`,
      ).replace('  conditions:\n', '  scope: { tools: ["code-exec 2.1"] }\n  conditions:\n'),
      findings: [
        {
          target: 'example',
          line: 22,
          column: 51,
          messageId: 'structured',
          message:
            'context.tools[1] is "code-exec: hosted Python sandbox, no egress", which exclusion 1 (deployment: The fine-tuning endpoint) says the case does not cover.',
        },
        { target: 'example', line: 30, column: 20, messageId: 'structured', message: /decision.scope.tools\[0\]/ },
      ],
    },
    {
      name: 'a deployment channel that names the excluded channel, and the population that names the excluded group',
      yaml: edit(
        edit(
          passing,
          'deployment_channel: Northwind public API, Responses endpoint',
          'deployment_channel: "Northwind public API: Responses endpoint and fine-tuning API"',
        ),
        'description: Verified developer organisations',
        'description: "Verified developer organisations and their staff, including minors on school accounts"',
      ),
      findings: [
        { target: 'example', line: 20, column: 23, messageId: 'structured' },
        { target: 'example', line: 21, column: 35, messageId: 'words', message: /names "minors"/ },
      ],
    },
  ],
});

import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { generalSafetyClaim as rule } from './general-safety-claim.js';

const failing = rule.meta.examples.failing as string;
const withTop = (text: string) => edit(failing, 'Meridian-5 is safe.', text);

ruleTester(rule, {
  valid: [
    ...[
      'Meridian-5 is safe to deploy through the public API to verified organisations.',
      'Deploying Atlas to research staff for 90 days keeps sabotage risk acceptable.',
      'Meridian-5 poses no risk of meaningful cyber uplift.',
      'Publishing the weights does not pose an unacceptable risk.',
      'Meridian-5 is safe as deployed in the operational context.',
    ].map((t) => ({ name: `leaves claims bounded to the decision or to a risk alone: ${t}`, yaml: withTop(t) })),
    // Safety words bounded in another way: by what was evaluated, by a baseline.
    ...[
      'Meridian-5 stayed inside its refusal targets under all conditions tested by Ashgrove.',
      'Meridian-5 adds no risk beyond that of Meridian-4 already on sale.',
      'Meridian-5 poses no risk greater than web search engines already do.',
      // "All" over named people or a policy's terms, and "harmless" describing inputs.
      'Meridian-5 is safe for all verified developer organisations on the public API.',
      'Deploying Meridian-5 to trusted researchers is safe under all conditions of the trusted-access policy.',
      'Harmless-looking prompts that hide exploit requests are refused at least 98% of the time.',
    ].map((t) => ({
      name: `leaves claims bounded by what was evaluated or by a baseline alone: ${t}`,
      yaml: withTop(t),
    })),
    {
      name: 'counts a tool from the operational context as a bound',
      yaml:
        `context:\n  model: { id: m5, build: m5-rc2 }\n  deployment_channel: Responses endpoint\n  user_population: { description: Verified organisations }\n  tools: ["browse-1.0: fetch public pages"]\n` +
        withTop('Enabling browse-1.0 is safe.'),
    },
  ],
  invalid: [
    {
      name: 'reports a top claim of general safety',
      yaml: failing,
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'generalSafety', message: /says "is safe"/ }],
    },
    ...[
      'Meridian-5 build m5-rc2 is safe.',
      'Meridian-5 poses no risk.',
      'Meridian-5 is safe to deploy.',
      'Meridian-5 is safe for all uses on the public API.',
      'The model is acceptably safe.',
      'Meridian-5 is safe under all conditions and was tested.',
      'Meridian-5 is safe with no risk beyond what was tested.',
      'Meridian-5 is safe for all users.',
      'Meridian-5 is harmless.',
    ].map((t) => ({
      name: `reports general claims: ${t}`,
      yaml: withTop(t),
      findings: [{ target: 'G1', line: 9, column: 28, messageId: 'generalSafety' as const }],
    })),
    {
      name: 'reads only the words: criteria attached to "is safe" do not bound it',
      yaml: `acceptability:
  standard: FSF v2.1
  set_by: Responsible Scaling Council
  criteria:
    crit-1: { statement: Jailbreak success at most 2%., threshold: { max: 0.02 } }
${edit(withTop('Meridian-5 is safe.'), 'supported_by: [Sn1] }', 'criteria: [crit-1], supported_by: [Sn1] }')}`,
      findings: [{ target: 'G1', line: 14, column: 28, messageId: 'generalSafety' }],
    },
  ],
});

import { report } from '../messages.js';
import { placeholderWord, wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

/** Whole values that name no one's standard and no one who set it. */
const GENERIC = wordPattern(
  [
    /n\/?a/,
    'none',
    'unknown',
    'unspecified',
    'not specified',
    'tbd',
    'tbc',
    'todo',
    'various',
    'internal',
    /internal (?:standards?|polic(?:y|ies)|guidelines?)/,
    /(?:industry )?(?:best|good|common|standard) practices?/,
    /industry (?:standards?|norms?)/,
    'common sense',
    /expert judge?ment/,
    /(?:our|the team'?s?|company) (?:judge?ment|standards?|polic(?:y|ies)|discretion)/,
    'reasonable',
    'acceptable',
    /(?:the )?(?:team|authors?|we|us|management|leadership|company|developer|lab|safety team)/,
    'self',
    'ourselves',
  ],
  { start: '^', end: '$' },
);

export const vagueStandard = defineRule({
  meta: {
    id: 'acceptability-laundering/vague-standard',
    title: 'Acceptability standard or its setter not named',
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      'Whose standard applies and who set it decide whether "acceptable" means anything. "Industry best practice" set by "the team" is no standard: nobody outside can hold the decision to it.',
    docs: `Reports \`acceptability.standard\` or \`acceptability.set_by\` when it is a placeholder (the shared pattern: TBD, TODO, to be determined, pending review, ...) or, as a whole, a generic phrase that names no one: n/a, none, unknown, various, internal, internal policy, (industry) best practice, industry standard, common sense, expert judgement, our judgement, company policy, reasonable, acceptable, the team, the authors, we, management, the company, the lab.

Fix: name the framework and section (and version) whose standard applies, and the body that set it and when.`,
    examples: {
      failing: RISKS + acceptability({ standard: 'Industry best practice', setBy: 'The team' }) + argument(),
      passing: RISKS + acceptability() + argument(),
    },
    messages: {
      vagueStandard: 'acceptability.standard is "{{value}}", which does not say whose standard applies.',
      vagueSetBy: 'acceptability.set_by is "{{value}}", which does not say who set the standard.',
    },
    hints: {
      vagueStandard: 'Name the framework, section and version whose standard applies.',
      vagueSetBy: 'Name the body or person that set the standard, and when.',
    },
  },
  run({ case: c }) {
    const a = c.acceptability;
    if (!a) return [];
    const out: Finding[] = [];
    for (const field of ['standard', 'set_by'] as const) {
      const value = a.value[field];
      const bare = value.trim().replace(/[.!]+$/, '');
      const placeholder = placeholderWord(value);
      if (!placeholder && !GENERIC.test(bare)) continue;
      out.push(
        report(this.meta, {
          messageId: field === 'standard' ? 'vagueStandard' : 'vagueSetBy',
          data: { value: placeholder ?? bare },
          at: { thing: a, path: [field] },
          target: c.header.value.id,
        }),
      );
    }
    return out;
  },
});

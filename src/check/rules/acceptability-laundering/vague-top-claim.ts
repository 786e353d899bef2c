import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { firstMatchWhere, wordPattern } from '../text.js';
import { defineRule } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';
import { isOperational } from './threshold.js';

/** Words that appeal to a standard of acceptability without stating it. */
const VAGUE = wordPattern(
  [
    /\b(?:un)?acceptab(?:le|ly|ility)\b/,
    /\bsafe enough\b/,
    /\b(?:sufficiently|adequately|reasonably) (?:safe|low|small|controlled|mitigated)\b/,
    /\b(?:in)?tolerab(?:le|ly)\b/,
    /\btolerance\b/,
    /\breasonabl[ey]\b/,
    /\bALARP\b/,
    /\bas low as reasonably practicable\b/,
    /\bnegligible\b/,
  ],
  { start: '', end: '' },
);

/**
 * Acceptability words in another sense (the acceptable use policy, a
 * document; fault tolerance, an engineering property), or tied to a number in
 * the same sentence ("an acceptable rate of at most 2%"): the claim states its
 * standard.
 */
const OTHER_SENSE_AFTER = /^[- ](?:use|usage)\b/i;
const OTHER_SENSE_BEFORE = /\b(?:fault|error|failure|noise|latency|dose)[- ]$/i;
/** "Reasonably resourced attacker", "reasonable effort": how capable the threat actor is, not a standard. */
const OF_THE_ACTOR_AFTER =
  /^[- ](?:resourced|skilled|capable|motivated|funded|determined|competent|sophisticated|effort|attackers?|adversar(?:y|ies)|actors?|experts?|novices?)\b/i;
/** A tolerance named by its framework level ("the CBRN-2 tolerance"): a stated standard. */
const NAMED_LEVEL_BEFORE = /\b[A-Z][A-Za-z]*-\d+[a-z]?\s+$/;
const NUMBER_AFTER =
  /^[^.;]{0,60}?(?:\d+(?:\.\d+)?\s?%|\b(?:below|under|above|at most|at least|less than|fewer than|no more than|within)\s+\d)/i;

/** The first acceptability word in `text` that appeals to an unstated standard, or undefined. */
function vagueWord(text: string): string | undefined {
  return firstMatchWhere(
    VAGUE,
    text,
    ({ m, before, after }) =>
      !OTHER_SENSE_AFTER.test(after) &&
      !OTHER_SENSE_BEFORE.test(before) &&
      !NUMBER_AFTER.test(after) &&
      !(/^reasonabl/i.test(m[0]) && OF_THE_ACTOR_AFTER.test(after)) &&
      !(/^tolerance/i.test(m[0]) && NAMED_LEVEL_BEFORE.test(before)),
    20,
  )?.[0];
}

export const vagueTopClaim = defineRule({
  meta: {
    id: 'acceptability-laundering/vague-top-claim',
    title: 'Top claim appeals to "acceptable" without operational criteria',
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      '"Acceptably safe" is the conclusion every case wants; it means something only when tied to thresholds someone could fail. A top claim that says "acceptable" without naming the criteria that define it can be read as met whatever the evidence shows.',
    docs: `Reports the top claim when its text uses a word of acceptability (acceptable, unacceptable, acceptably, safe enough, sufficiently / adequately / reasonably safe or low, tolerable, intolerable, tolerance, reasonable, ALARP, negligible) (not in another sense: the acceptable use policy, fault tolerance, a "reasonably resourced attacker"; nor a tolerance named by its framework level, "the CBRN-2 tolerance"; nor tied to a number in the same sentence: "an acceptable rate of at most 2%") and its \`criteria:\` names no criterion with an operational threshold (\`max\` or \`min\`).

Fix: list in the top claim's \`criteria:\` the acceptability criteria that define "acceptable" for this decision, each with a numeric threshold, or restate the top claim in terms of them.`,
    examples: {
      failing: RISKS + acceptability() + argument('Enabling browse-1.0 does not create unacceptable risk.', '[]'),
      passing:
        RISKS +
        acceptability() +
        argument('Enabling browse-1.0 does not create unacceptable risk as defined by crit-injection.'),
    },
    messages: {
      vagueTopClaim: 'Top claim {{claim}} says "{{word}}", but {{why}}, so nothing defines what acceptable means here.',
    },
    hints: {
      vagueTopClaim:
        'List in the top claim\'s criteria: the acceptability criteria that define "acceptable" for this decision, each with a numeric max or min threshold.',
    },
  },
  run({ case: c, facts }) {
    const top = facts.top();
    if (!top) return [];
    const word = vagueWord(top.text);
    if (!word) return [];
    const named = top.criteria ?? [];
    if (named.some((id) => isOperational(c.criteria.get(id)?.threshold))) return [];
    const why = named.length
      ? `its criteria (${listSome(named)}) have no numeric threshold`
      : 'it names no acceptability criteria';
    return [
      report(this.meta, {
        messageId: 'vagueTopClaim',
        data: { claim: top.id, word, why },
        at: { thing: top, path: named.length ? ['criteria'] : ['text'] },
        target: top.id,
      }),
    ];
  },
});

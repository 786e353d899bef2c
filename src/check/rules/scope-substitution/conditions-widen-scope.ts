import type { Case } from '../../../model/case.js';
import type { Located, PathPart } from '../../../model/loc.js';
import type { Condition } from '../../../model/schema.js';
import { report } from '../messages.js';
import { phrase, wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';
import { beyondDecided } from './condition-extends.js';

/**
 * Phrases that widen the decided scope: extending to more tools, regions,
 * users or builds, or doing so without review. Each is only a finding when
 * its sentence does not also restrict ("no additional tools without a new decision").
 */
const WIDEN: readonly RegExp[] = [
  wordPattern(
    [
      phrase(
        ['may', 'can', 'could', 'will', 'shall'],
        / (?:later |also |then |subsequently |automatically )?(?:be )?/,
        ['extend', 'expand', 'broaden', 'widen', /roll(?:ed)? out/, /open(?:ed)? up/, /appl(?:y|ied)/],
        /\w*/,
      ),
    ],
    { gate: ['extend', 'expand', 'broaden', 'widen', 'roll', 'open', 'appl'] },
  ),
  wordPattern([/(?:also|automatically) (?:covers?|appl(?:y|ies)|extends?|includes?)/], {
    gate: ['also ', 'automatically '],
  }),
  wordPattern([/pre-?approv\w*/], { end: '', gate: ['preapprov', 'pre-approv'] }),
  wordPattern(
    [
      phrase(
        ['extend', 'expand', 'broaden', 'widen', /roll(?:ed|ing)? out/, /open(?:ed|ing)? up/],
        /\w* (?:\w+ ){0,4}?to /,
        ['additional', 'other', 'further', 'new', 'more', 'all', 'any', 'future', 'subsequent', 'later'],
      ),
    ],
    { gate: ['extend', 'expand', 'broaden', 'widen', 'roll', 'open'] },
  ),
  wordPattern(
    [
      phrase(['additional', 'further', 'more', 'other', 'new'], ' ', [
        /tools?/,
        /tool integrations?/,
        /regions?/,
        'countries',
        /markets?/,
        /channels?/,
        /endpoints?/,
        /user groups?/,
        /populations?/,
        /customer segments?/,
        /tiers?/,
        /languages?/,
        /surfaces?/,
      ]),
    ],
    { gate: ['additional ', 'further ', 'more ', 'other ', 'new '] },
  ),
  wordPattern(
    [
      phrase(['future', 'subsequent', 'later', 'successor', /follow-?on/, 'next', 'newer', 'updated'], ' ', [
        /checkpoints?/,
        /builds?/,
        /versions?/,
        /snapshots?/,
        /releases?/,
        /models?/,
        /fine-?tunes?/,
        'weights',
      ]),
    ],
    { gate: ['future ', 'subsequent ', 'later ', 'successor ', 'follow', 'next ', 'newer ', 'updated '] },
  ),
  wordPattern([/any (?:build|checkpoint|snapshot|version|model|fine-?tune)s? (?:of|in|from)/], { gate: ['any '] }),
  wordPattern(
    [
      /without (?:further |additional |separate |a new |new |re-?)?(?:review|re-?evaluation|approval|sign-?off|decision|assessment)/,
    ],
    { gate: ['without '] },
  ),
  // A bound loosened by the condition: only words that loosen whichever way the bound runs.
  wordPattern(
    [
      phrase(['relax', 'loosen', 'waive'], /\w* (?:\w+ ){0,2}?/, [
        /thresholds?/,
        /criteri(?:on|a)/,
        /tolerances?/,
        /bounds?/,
        /acceptance (?:bar|line|limit)s?/,
      ]),
      phrase(
        [/thresholds?/, /criteri(?:on|a)/, /tolerances?/, /acceptance (?:bar|line|limit)s?/],
        / (?:\w+ ){0,4}?(?:may|can|will|shall|is|are) (?:then |later |also )?(?:be )?/,
        ['relaxed', 'loosened', 'waived', 'lifted', 'suspended'],
      ),
    ],
    { gate: ['relax', 'loosen', 'waive', 'lift', 'suspend'] },
  ),
  wordPattern(['automatically', /at (?:the|their|its) discretion/, /as (?:needed|appropriate|demand grows)/], {
    gate: ['automatically', 'discretion', 'as needed', 'as appropriate', 'as demand grows'],
  }),
];

/** Phrases anywhere in a sentence that make it a restriction: the wider scope needs a new decision. */
const RESTRICT = wordPattern(
  [
    'new decision',
    'new case',
    /separate (?:decision|case)/,
    'fresh decision',
    /(?:requires?|needs?) (?:a |an )?(?:new|separate|fresh|further|updated) (?:decision|case|review|approval|safety case)/,
    /re-?approv\w*/,
    /reopens?/,
    /prohibit\w*/,
    /forbid\w*/,
    /exclud\w*/,
    // Held back until someone looks: blocked, disabled, re-evaluated first.
    /blocked|denied|disabled|disallowed/,
    /until (?:reviewed|approved|evaluated|assessed|red-teamed)/,
    /re-?(?:evaluated|assessed|reviewed|tested|red-teamed)/,
  ],
  {
    gate: [
      'new decision',
      'new case',
      'separate ',
      'fresh decision',
      'require',
      'need',
      'approv',
      'reopen',
      'prohibit',
      'forbid',
      'exclud',
      'blocked',
      'denied',
      'disabled',
      'disallowed',
      'until ',
      'evaluated',
      'assessed',
      'reviewed',
      'tested',
      'red-teamed',
    ],
  },
);

/** A negation before the widening phrase: "No additional tools ...", "must not be extended to other regions". */
const NEGATED = /\b(?:no|not|never|none|nor|cannot|must not|may not)\b/i;

/**
 * Widening words whose subject is a safeguard: what grows is the control
 * ("monitoring coverage will be extended", "rate limits apply automatically",
 * "the classifier is retrained as needed"), not the scope, unless the same
 * words name the scope too ("once monitoring is live, access may be extended").
 */
const SAFEGUARD =
  /\b(?:monitor\w*|logging|logs|red[- ]team\w*|evaluations?|testing|tests|rate[- ]limits?|classifiers?|filters?|safeguards?|mitigations?|audits?|coverage|oversight|alerting|detection|retrain\w*|patch\w*|allow-?lists?|block-?lists?)\b/i;
const SCOPE =
  /\b(?:access|availability|deploy\w*|launch\w*|releas\w*|approv\w*|permission\w*|users?|customers?|regions?|countries|markets?|tools?|tiers?|use|usage)\b/i;

function aboutSafeguard(before: string): boolean {
  return SAFEGUARD.test(before) && !SCOPE.test(before);
}

/** Widening in a condition's text: the first phrase found in a sentence that does not restrict. */
export function widening(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.;])\s+/)) {
    if (RESTRICT.test(sentence)) continue;
    for (const re of WIDEN) {
      const m = re.exec(sentence);
      if (!m) continue;
      const before = sentence.slice(0, m.index);
      if (!NEGATED.test(before) && !aboutSafeguard(before)) return m[0];
    }
  }
  return undefined;
}

const ex = (condition: string) => `argument:
  G1: { kind: claim, text: The launch is acceptably safe., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Red team, evidence: [E1] }
evidence:
  E1: { title: Red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports }
decision:
  outcome: approve-with-conditions
  date: 2026-10-10
  makers: [{ name: Dana Ito, role: Chief Risk Officer }]
  residual_risk: Rare jailbreaks before patching.
  conditions:
    - "${condition}"
`;

type Meta = (typeof conditionsWidenScope)['meta'];

/** Findings for what a structured condition's `extends` reaches beyond the decided scope and thresholds. */
function structuredFindings(meta: Meta, c: Case, d: Located, cond: Condition, i: number): Finding[] {
  const condition = cond.id ?? String(i + 1);
  const target = cond.id ?? c.header.value.id;
  return beyondDecided(c, cond.extends).map((b) => {
    const at = { thing: d, path: ['conditions', i, ...b.path] };
    if (b.kind === 'scope')
      return report(meta, {
        messageId: 'extendsScope',
        data: { condition, what: b.what, decided: b.decided },
        at,
        target,
      });
    if (b.kind === 'threshold')
      return report(meta, {
        messageId: 'relaxesThreshold',
        data: { condition, criterion: b.what, change: b.decided },
        at,
        target,
      });
    return report(meta, { messageId: 'unknownCriterion', data: { condition, criterion: b.what }, at, target });
  });
}

export const conditionsWidenScope = defineRule({
  meta: {
    id: 'scope-substitution/conditions-widen-scope',
    title: 'Decision condition that widens the scope decided on',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'Conditions should narrow a decision. A condition that lets the approval extend to other regions, more tools or future checkpoints approves a scope the case never argued, and does so in the small print.',
    docs: `Reports a decision condition (text, or the \`text\` of a structured condition) with a sentence that widens the scope and does not restrict it. Widening phrases:
- *may / can / will (later / also / automatically) be extended / expanded / broadened / rolled out / applied*; *also / automatically covers / applies / extends*; *pre-approved*;
- *extend / expand / roll out / open up ... to additional / other / further / new / more / all / any / future / subsequent*;
- *additional / further / more / other / new* tools, regions, countries, markets, channels, endpoints, user groups, populations, tiers, languages, surfaces;
- *future / subsequent / later / successor / next / updated* checkpoints, builds, versions, snapshots, releases, models, fine-tunes, weights; *any build / checkpoint / version of*;
- *without (further / a new) review / re-evaluation / approval / sign-off / decision*; *automatically*, *at their discretion*, *as needed*;
- a bound loosened: *relax / loosen / waive (the) (acceptance) threshold / criterion / tolerance / bound*, or *the threshold ... may be relaxed / waived / lifted* (only words that loosen whichever way a bound runs: "raised" may tighten a lower bound, so it is left to \`extends.thresholds\`).

A sentence that restricts is not reported: one that says the wider scope needs a new decision or case (*new decision*, *requires a new / separate review*, *re-approval*, *reopens*, *prohibited*, *excluded*), or one with a negation before the widening phrase ("No additional tools...", "must not be extended to other regions"), or one that holds the wider scope back (*blocked*, *disabled*, *until reviewed*, *re-evaluated*). Nor is a sentence whose widening words are about a safeguard: a monitor, log, red team, evaluation, rate limit, classifier, filter, mitigation, audit or coverage named before them, and no access, deployment, users, regions or tools ("monitoring coverage will be extended to tool calls", "rate limits apply automatically").

Structured fields are read first: a structured condition's \`extends\` (format 2) is compared with what was decided. A tool not in \`decision.scope.tools\` or \`context.tools\`, a channel or access tier other than the decided one, a user group the decided population does not name, a step budget above the decided one, or a threshold (\`extends.thresholds\`: \`{ criterion, max, min }\`) looser than the criterion's own bound is reported, each at its field; a criterion the case does not define is reported too. A condition with such a finding is not read for words.

Fix: remove the widening, or move it into the decision boundary and argue it in the case; what needs a new decision should say so.`,
    examples: {
      failing: ex(
        'After 30 days without incidents, access may be extended to other regions and future checkpoints of the model.',
      ),
      passing: ex('Any new region or new checkpoint requires a new decision on an updated case.'),
    },
    messages: {
      widensScope: 'Decision condition {{condition}} widens the scope decided on: "{{word}}" ("{{text}}").',
      extendsScope:
        'Decision condition {{condition}} extends the decision to {{what}}, beyond what was decided ({{decided}}).',
      relaxesThreshold:
        'Decision condition {{condition}} relaxes the threshold of criterion {{criterion}}, from {{change}}.',
      unknownCriterion:
        'Decision condition {{condition}} sets a threshold for criterion {{criterion}}, which the case does not define.',
    },
    hints: {
      extendsScope:
        'Conditions should narrow a decision: take {{what}} out of the condition, or bring it into the decision scope and argue it in the case.',
      relaxesThreshold:
        'A threshold relaxed by a condition was never argued: argue the relaxed bound in the case (with the criterion history saying why), or drop it from the condition.',
      unknownCriterion: 'Correct the criterion id, or define the criterion under acceptability.criteria.',
      widensScope:
        'Conditions should narrow a decision: remove the widening, or bring the wider scope into the decision boundary and argue it; say that any wider scope needs a new decision.',
    },
  },
  run({ case: c }) {
    const d = c.decision;
    if (!d) return [];
    const out: Finding[] = [];
    (d.value.conditions ?? []).forEach((cond, i) => {
      // Structured fields first: what they say outright, the words would only guess at.
      if (typeof cond !== 'string' && cond.extends) {
        const found = structuredFindings(this.meta, c, d, cond, i);
        if (found.length) {
          out.push(...found);
          return;
        }
      }
      const text = typeof cond === 'string' ? cond : cond.text;
      const word = widening(text);
      if (!word) return;
      const path: PathPart[] = typeof cond === 'string' ? ['conditions', i] : ['conditions', i, 'text'];
      const target = typeof cond === 'string' || !cond.id ? c.header.value.id : cond.id;
      out.push(
        report(this.meta, {
          messageId: 'widensScope',
          data: {
            condition: typeof cond !== 'string' && cond.id ? cond.id : i + 1,
            word,
            text: text.length > 140 ? `${text.slice(0, 137)}...` : text,
          },
          at: { thing: d, path },
          target,
        }),
      );
    });
    return out;
  },
});

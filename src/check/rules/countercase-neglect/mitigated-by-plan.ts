import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { firstMatchWhere, phrase, planWord, standingSubject, wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';
import { refsOf, showsWork } from './resolution.js';

/**
 * "Plan to", "intend to", "aim to" and "commit to" promise a change only when
 * the authors say them. After a relative pronoun or an actor of the threat
 * model (attack policies that aim to, users who intend to, the red team plans
 * to) they describe what the mitigation is against.
 */
const NOT_OURS =
  /(?<!\b(?:that|which|who|attack(?:er)?s?|adversar(?:y|ies)|polic(?:y|ies)|agents?|models?|users?|actors?|red[- ]team(?:ers?)?)\s+)/;
/** "Commits to the main branch": code committed to a repository, not a promise. */
const NOT_TO_A_REPOSITORY =
  /(?!\s+(?:(?:the|a|an|its|their|our|this)\s+)?(?:[\w-]+\s+)?(?:branch(?:es)?|repo(?:sitory|sitories|s)?|codebase|main|master|trunk)\b)/;

/**
 * Forward-looking wording: the mitigation has not happened yet. Narrower than
 * text.ts PLAN (which also matches nouns such as "policy" that an achieved
 * mitigation may mention), so it fires even when evidence is cited.
 */
const NOT_YET = wordPattern(
  [
    phrase(
      /will (?:be )?/,
      [
        'implement',
        'deploy',
        /roll(?:ed)? out/,
        'introduc',
        'establish',
        'add',
        'buil',
        'ship',
        'put in place',
        'develop',
        'complet',
        'fix',
        'patch',
        'address',
        'mitigat',
        'retrain',
        'extend',
        'updat',
        'enforc',
      ],
      /\w*/,
    ),
    /(?:is|are) (?:planned|scheduled|being (?:implemented|developed|built|deployed|rolled out))/,
    phrase(NOT_OURS, [/plan(?:s|ned)? to/, /intend(?:s|ed)? to/, /aims? to/]),
    phrase(NOT_OURS, /commit(?:s|ted)? to/, NOT_TO_A_REPOSITORY),
    'roadmap',
    'we expect to',
    /(?:by|in) Q[1-4]\b/,
    /next (?:quarter|release)/,
    /in a future (?:release|version|build)/,
    /once (?:it|they|this|the \w+) (?:is|are|has|have) (?:been )?(?:deployed|implemented|shipped|built|in place)/,
  ],
  {
    capture: true,
    end: '',
    gate: [
      'will ',
      'planned',
      'scheduled',
      'being ',
      'plan',
      'intend',
      'commit',
      'aim',
      'roadmap',
      'we expect to',
      'by q',
      'in q',
      'next ',
      'in a future',
      'once ',
    ],
  },
);

/**
 * "Will" in a standing process of a mitigation already in place: how often or
 * how soon it acts ("will be updated daily", "will be added within 24 hours of
 * discovery"), or a rule over every case ("each new jailbreak will be added").
 */
const STANDING_AFTER =
  /^\w*\s+(?:[\w-]+\s+){0,4}?(?:daily|weekly|hourly|nightly|monthly|automatically|continuously|whenever|on (?:every|each)|every|each|within \d+ (?:minutes?|hours?|days?|weeks?) of)\b/i;

/** The first forward-looking wording (NOT_YET) in the summary that is not a standing process. */
function notYetIn(summary: string): string | undefined {
  return firstMatchWhere(
    NOT_YET,
    summary,
    ({ m, before, after }) => !/^will/i.test(m[0]) || !(standingSubject(before) || STANDING_AFTER.test(after)),
  )?.[0];
}

const CASE = (resolution: string) => `argument:
  G1: { kind: claim, text: The trusted monitor flags steganographic attacks in single episodes., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation CE-05, evidence: [E1] }
  G2: { kind: claim, text: A cross-episode monitor aggregates commits per week., undeveloped: true }
  D1:
    kind: defeater
    text: Attacks spread across many episodes are invisible to a per-action monitor.
    challenges: [G1]
    status: mitigated
    resolution: ${resolution}
evidence:
  E1: { title: Control evaluation CE-05, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: AI Control, polarity: supports }
  E2: { title: Cross-episode monitor evaluation CE-06, kind: control-evaluation, source_type: internal-test, date: 2026-11-02, produced_by: AI Control, polarity: supports }
`;

export const mitigatedByPlan = defineRule({
  meta: {
    id: 'countercase-neglect/mitigated-by-plan',
    title: 'Defeater "mitigated" by a plan or by nothing shown',
    failureMode: 'countercase-neglect',
    severity: 'warning',
    rationale:
      'A defeater is mitigated when the system or argument has changed so that the doubt no longer applies, and something shows it. A plan to fix it, or a resolution that cites nothing, leaves the doubt as open as it was while the status says otherwise.',
    docs: `Reports a defeater with \`status: mitigated\` when:

- it has no \`resolution\`; or
- none of its \`resolution.refs\` shows the mitigation works: an evidence item (not one marked \`undermines\`), an evidence node, or a claim, strategy or defeater with evidence somewhere below it (an undeveloped claim or an assumption does not count); the message quotes plan wording in the summary if there is any (the shared plan pattern: plan, policy, procedure, runbook, tabletop, will implement, intend to, commit to, roadmap, ...); or
- the summary says the mitigation has not happened yet, even when evidence is cited: "will implement / deploy / add / fix ..." (not a standing process of a mitigation in place: "will be updated daily", "will be added within 24 hours of discovery", "each new jailbreak will be added"), "is planned", "being implemented", "plan to", "intend to", "commit to", "aims to" (not when a relative pronoun or an actor of the threat model says them: "attack policies that aim to", "users who intend to"; nor "commits to the main branch"), "roadmap", "we expect to", "by Q3", "next release", "once it is deployed".

Fix: if the mitigation is in place, cite the evidence that shows it works (a retest, a configuration audit) in \`resolution.refs\`. If it is still to come, set the defeater back to \`open\` with an owner and a due date and make the decision conditional on it, or mark it \`accepted\` with a sign-off until then.`,
    examples: {
      failing: CASE('{ summary: We will deploy a cross-episode monitor in Q3., refs: [G2] }'),
      passing: CASE(
        '{ summary: "A cross-episode monitor now scores each week\'s commits; CE-06 caught 19 of 20 multi-episode attacks.", refs: [E2, G2] }',
      ),
    },
    messages: {
      noResolution: 'Defeater {{defeater}} is marked mitigated but has no resolution saying by what.',
      nothingShowsItWorks: 'Defeater {{defeater}} is marked mitigated, but {{says}}{{cites}}.',
      stillToCome:
        'Defeater {{defeater}} is marked mitigated, but its resolution says the mitigation is still to come ("{{notYet}}").',
    },
    hints: {
      noResolution:
        'Add a resolution whose summary says what changed and whose refs cite the evidence that shows it works.',
      nothingShowsItWorks:
        'Cite the evidence that shows the mitigation is in place and works (a retest, a configuration audit) in resolution.refs; if it is still to come, set the defeater back to open with an owner, a due date and a decision condition.',
      stillToCome:
        'Mark the defeater mitigated only once the change is in place and evidence shows it works; until then keep it open with an owner, a due date and a decision condition, or accept it with a sign-off.',
    },
  },
  run({ case: c, facts }) {
    const works = showsWork(c, facts);
    const out: Finding[] = [];
    for (const d of facts.nodesOf('defeater')) {
      if (d.status !== 'mitigated') continue;
      if (!d.resolution) {
        out.push(
          report(this.meta, {
            messageId: 'noResolution',
            data: { defeater: d.id },
            at: { thing: d, path: ['status'] },
            target: d.id,
          }),
        );
        continue;
      }
      const { all, working } = refsOf(d, works);
      const summary = d.resolution.summary;
      const notYet = notYetIn(summary);
      if (working.length === 0) {
        const plan = notYet ?? planWord(summary);
        const says = plan ? `its resolution reads as a plan ("${plan}") and ` : 'its resolution ';
        const cites = all.length
          ? `cites only ${listSome(all)}, which show${all.length > 1 ? '' : 's'} no evidence that the mitigation works`
          : 'cites nothing that shows the mitigation works';
        out.push(
          report(this.meta, {
            messageId: 'nothingShowsItWorks',
            data: { defeater: d.id, says, cites },
            at: { thing: d, path: all.length ? ['resolution', 'refs'] : ['resolution', 'summary'] },
            target: d.id,
          }),
        );
      } else if (notYet) {
        out.push(
          report(this.meta, {
            messageId: 'stillToCome',
            data: { defeater: d.id, notYet },
            at: { thing: d, path: ['resolution', 'summary'] },
            target: d.id,
          }),
        );
      }
    }
    return out;
  },
});

import type { Case } from '../../../model/case.js';
import { report } from '../messages.js';
import { firstMatchWhere, wordPattern } from '../text.js';
import { defineRule } from '../types.js';

/** Wording that claims safety everywhere, whatever else the claim says. */
const UNIVERSAL = wordPattern(
  [
    /\bsafe (?:for|in|across|under) (?:all|any|every)\b[^.;,]*/,
    /\b(?:in|under|across) (?:all|any) (?:circumstances|conditions|settings|contexts|uses|use cases|deployments)\b/,
    /\b(?:universally|generally|inherently|intrinsically|broadly|categorically) safe\b/,
    /\bsafe in general\b/,
    /\bsafe for (?:general|unrestricted) use\b/,
  ],
  { start: '', end: '' },
);
/** Plain safety wording: general unless the claim bounds it to the decision or to a risk. */
const SAFE = wordPattern(
  [
    /\b(?:is|are|remains?|be|being)\s+(?:(?:completely|fully|entirely|perfectly|totally|sufficiently|acceptably|adequately|demonstrably|now|therefore|thus)\s+)?safe\b/,
    /\bsafe to (?:deploy|release|use|launch|ship|publish|open[- ]source)\b/,
    /\bposes? no (?:risks?|danger|threats?|harm)\b/,
    /\b(?:no|zero) (?:safety )?risks?\b/,
    /\brisk[- ]free\b/,
    // Not attributive: harmless-looking prompts, harmless requests.
    /\bharmless\b(?![- ](?:looking|seeming|prompts?|requests?|quer(?:y|ies)|inputs?|users?|content|texts?|code|tasks?|questions?|conversations?|traffic|samples?|examples?)\b)/,
    /\bcannot (?:cause|do) (?:any )?harm\b/,
  ],
  { start: '', end: '' },
);
/**
 * The same words bounded in another way. "Under all conditions tested" ranges
 * over what was evaluated, not over every use; "no risk beyond that of the
 * model already deployed" is a marginal-risk claim, bounded by its baseline.
 */
const RESTRICTED_AFTER =
  /^\s*(?:that |which |we )?(?:were |are |was )?(?:tested|evaluated|assessed|examined|exercised|studied|covered|sampled|considered|listed|in scope)\b/i;
const COMPARED_AFTER = /^\s*(?:beyond|above|over|greater than|more than|compared (?:to|with)|relative to|than)\b/i;

/**
 * "All" over people the decision names, or over the terms of a policy: "safe
 * for all verified developer organisations", "under all conditions of the
 * trusted-access policy". Bounded by what follows, so read as plain safety
 * wording. "All users", with nothing to say which, stays universal.
 */
const OVER_NAMED_PEOPLE =
  /^safe (?:for|in|across|under) (?:all|any|every) (?:[\w-]+ ){1,3}(?:users?|developers?|organi[sz]ations?|researchers?|customers?|staff|employees?|engineers?|members?|subscribers?|tenants?|partners?)\b/i;
const OVER_TERMS_OF =
  /^safe (?:for|in|across|under) (?:all|any|every) (?:conditions|settings|uses|terms) (?:of|in|set by|under) (?:the|this|our|its)\b/i;

/** The first match of `re` in `text` not bounded by what follows it (`bounded`) nor by its own words (`own`), or undefined. */
function unboundedMatch(re: RegExp, text: string, bounded: RegExp, own?: (m: string) => boolean): string | undefined {
  return firstMatchWhere(re, text, ({ m, after }) => !bounded.test(after) && !own?.(m[0]))?.[0];
}

/** A reference to the deployment decided on: channel, population, tools, term. */
const DEPLOYMENT = wordPattern([
  /APIs?/,
  /endpoints?/,
  /apps?/,
  /applications?/,
  /platforms?/,
  /channels?/,
  /interfaces?/,
  'console',
  'playground',
  /chat(?:bot)?/,
  /internal(?:ly)?/,
  'staff',
  /employees?/,
  /researchers?/,
  /developers?/,
  /organi[sz]ations?/,
  /customers?/,
  /users?/,
  /partners?/,
  /trusted[- ]access/,
  /tiers?/,
  /programmes?/,
  /programs?/,
  'pilot',
  'preview',
  'beta',
  /sandbox(?:ed)?/,
  /tools?/,
  /agents?/,
  'scaffold',
  'weights',
  /open[- ]weights?/,
  /deploy(?:ed|ing|ment)? (?:to|through|via|on|in|for|as|with)/,
  /releas(?:e|ed|ing) (?:to|through|via|on|as)/,
  /launch(?:ed|ing)? (?:to|through|via|on|in)/,
  /as (?:described|specified|deployed|decided|configured)/,
  'operational context',
  /this (?:decision|deployment|configuration|release|launch)/,
  /for \d+ (?:days|weeks|months)/,
  /until \d{4}-\d\d-\d\d/,
  /from \d{4}-\d\d-\d\d/,
]);
/** A bounded risk: a harm pathway, a capability, a threshold. */
const RISK = wordPattern([
  /cyber\w*/,
  /bio\w*/,
  'chemical',
  'nuclear',
  /radiolog\w*/,
  'CBRN',
  'misuse',
  'uplift',
  'sabotage',
  /exfiltrat\w*/,
  /manipulat\w*/,
  /persuasi\w*/,
  /replicat\w*/,
  'weight theft',
  'loss of control',
  /autonom\w*/,
  /decepti\w*/,
  'scheming',
  /jailbreak\w*/,
  'injection',
  'fraud',
  'harassment',
  'self-harm',
  /capabilit(?:y|ies)/,
  /thresholds?/,
  /tolerances?/,
  'risk of',
  /levels?/,
]);

/** Tool names in the operational context ("browse-1.0: fetch ..." gives "browse-1.0"). */
function toolNames(c: Case): string[] {
  return (c.context?.value.tools ?? [])
    .map((t) => t.split(/[:(]/)[0]!.trim().toLowerCase())
    .filter((t) => t.length >= 3);
}

const top = (text: string) => `argument:
  G1: { kind: claim, text: ${text}, supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Red-team results, evidence: [E1] }
evidence:
  E1: { title: Misuse red team, kind: red-team, source_type: third-party-evaluation, date: 2026-10-01, produced_by: Ashgrove Institute, external: true, polarity: supports, result: { metric: successful jailbreaks, value: 0.01, sample_size: 500 } }
`;

export const generalSafetyClaim = defineRule({
  meta: {
    id: 'boundary/general-safety-claim',
    title: 'Top claim claims general safety',
    failureMode: 'boundary',
    severity: 'warning',
    rationale:
      'A safety case argues that a system is acceptably safe for one decision: this build, this channel, these users, these tools. "The model is safe" claims more than any evidence can show and cannot be falsified by a change of deployment, so the case can never say no.',
    docs: `Reads the top claim's text. It is reported when:

1. it uses **universal** safety wording, whatever else it says: "safe for/in/across/under all|any|every ...", "in/under/across all|any circumstances|conditions|settings|contexts|uses|deployments", "universally / generally / inherently / intrinsically / broadly / categorically safe", "safe in general", "safe for general|unrestricted use"; or
2. it uses **plain** safety wording ("is / are / remains (fully, acceptably, ...) safe", "safe to deploy/release/use/launch/ship/publish/open-source", "poses no risk/danger/threat/harm", "no risk", "zero risk", "risk-free", "harmless", "cannot cause harm") **and** it is not bounded. A claim is bounded if it names any of:
   - the deployment: API, endpoint, app, platform, channel, interface, internal use, staff, employees, researchers, developers, organisations, customers, users, partners, trusted access, tier, programme, pilot, preview, beta, sandbox, tools, agent, scaffold, weights, "deployed to/through/via/on...", "released to...", "launched on...", "as described/specified/deployed/decided/configured", "operational context", "this decision/deployment/configuration/release/launch", a term ("for 90 days", "until 2026-12-31", "from 2026-05-04"), or a tool named in \`context.tools\`;
   - a bounded risk: a harm pathway or hazard (cyber, bio, chemical, nuclear, radiological, CBRN, misuse, uplift, sabotage, exfiltration, manipulation, persuasion, replication, weight theft, loss of control, autonomy, deception, scheming, jailbreaks, injection, fraud, harassment, self-harm), capability, threshold, tolerance, level, "risk of ...".

Not reported: a universal quantifier over what was evaluated ("under all conditions tested", "in all settings evaluated"), and a marginal-risk claim ("no risk beyond that of the model already deployed"). "All" over people the claim names with a qualifier ("safe for all verified developer organisations") or over the terms of a policy ("under all conditions of the trusted-access policy") is read as plain safety wording, which the names may bound; "safe for all users" stays universal. "Harmless" before a noun ("harmless-looking prompts", "harmless requests") describes the input, not the system.
Naming the model or build alone does not bound a claim: "build m4-rc3 is safe" still says nothing about where or for what. Only the claim's own words are read, not the context nodes, \`addresses\` or \`criteria\` attached to it: a top claim is quoted on its own (in summaries, decisions, press), and its words should carry its scope.

Fix: say what the decision is and what risk is bounded: "Making build m4-rc3 available to verified organisations through the public API does not pose an unacceptable cyber risk under FSF v2.1".`,
    examples: {
      failing: top('Meridian-5 is safe.'),
      passing: top(
        'Opening Meridian-5 to vetted researchers through the trusted access programme keeps bio misuse risk within the CBRN-2 tolerance.',
      ),
    },
    messages: {
      generalSafety:
        'Top claim {{claim}} says "{{words}}": it {{why}}, so it is a claim of general safety rather than of safety for this decision.',
    },
    hints: {
      generalSafety:
        'Bound the claim to the decision: name the build, the channel, the users and the risk, and the standard it is judged by (e.g. "Making build X available to verified organisations through the public API does not pose an unacceptable cyber risk under FSF v2.1").',
    },
  },
  run({ case: c, facts }) {
    const t = facts.top();
    if (!t) return [];
    const universal = unboundedMatch(
      UNIVERSAL,
      t.text,
      RESTRICTED_AFTER,
      (m) => OVER_NAMED_PEOPLE.test(m) || OVER_TERMS_OF.test(m),
    );
    let words = universal;
    if (!words) {
      const plain = unboundedMatch(SAFE, t.text, COMPARED_AFTER);
      if (!plain) return [];
      const text = t.text.toLowerCase();
      const bounded = DEPLOYMENT.test(t.text) || RISK.test(t.text) || toolNames(c).some((tool) => text.includes(tool));
      if (bounded) return [];
      words = plain;
    }
    const why = universal
      ? 'claims safety for every use'
      : 'names neither the deployment decided on (channel, users, tools) nor a bounded risk';
    return [
      report(this.meta, {
        messageId: 'generalSafety',
        data: { claim: t.id, words: words.trim(), why },
        at: { thing: t, path: ['text'] },
        target: t.id,
      }),
    ];
  },
});

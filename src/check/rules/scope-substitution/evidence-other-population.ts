import type { Case, EvidenceItem, NodeOf } from '../../../model/case.js';
import { resultsOf } from '../../../model/results.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { phrase, wordPattern } from '../text.js';
import { defineRule, type Finding } from '../types.js';
import { COVERAGE_FLOOR, type CoverageReason, countShortfall, frameShortfalls, share } from './coverage.js';
import {
  NARROW_CLASSES as CLASSES,
  framingJustifications,
  pathItems,
  sameWords,
  unsoundBridge,
  unsoundBridgeNote,
} from './scope.js';

/** Places: evidence from one place does not speak for a deployment that never names it. Acronyms are matched case-sensitively. */
const REGIONS = wordPattern(
  [
    'US',
    /U\.S\./,
    'USA',
    'UK',
    'EU',
    'United States',
    'United Kingdom',
    'European Union',
    /Europe(?:an)?/,
    /North America(?:n)?/,
    /Canad(?:a|ian)/,
    /Japan(?:ese)?/,
    /India(?:n)?/,
    /Brazil(?:ian)?/,
    'English-speaking',
    'English-only',
  ],
  { flags: '' },
);

/** A population of people or their use, as opposed to tasks, prompts or transcripts. */
const USER_NOUN = wordPattern([
  /users?/,
  /customers?/,
  'traffic',
  /accounts?/,
  /organi[sz]ations?/,
  'orgs',
  /developers?/,
  /deployments?/,
  'production',
  /testers?/,
  'employees',
  'staff',
  'members',
  'subscribers',
  'clients',
  'sessions',
  'conversations',
]);

/** Evidence that observes the population in use, whose strength grows with its size. */
const OBSERVATIONAL = new Set(['telemetry', 'incident-record']);

/** A count of people: "60 pilot users", "approx. 140,000 organisations", "2.1M users". */
const COUNT = wordPattern(
  [
    phrase(/(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\s+(?:[\w-]+\s+){0,3}?/, [
      /users?/,
      /customers?/,
      /accounts?/,
      /organi[sz]ations?/,
      'orgs',
      /developers?/,
      /testers?/,
      'employees',
      'staff',
      'members',
      'subscribers',
      'people',
      'researchers',
      'participants',
    ]),
  ],
  { start: '' },
);

/** Stands for a size gap in a reason: bridged by any justification that argues transfer. */
const SIZE_WORD = 'population';

/**
 * A sample drawn from the deployed population is not a smaller population.
 * "Sampled" with an object ("users who sampled the new voice mode") means
 * tried, and says nothing about how the population was drawn.
 */
const SAMPLED =
  /\b(?:samples?|sampled(?!\s+(?:the|a|an|our|their|its|new)\b)|sampling|random(?:ly)?|representative|stratified)\b/i;

function number(digits: string, suffix: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  const s = suffix?.toLowerCase();
  return s === 'k' || s === 'thousand' ? n * 1e3 : s === 'm' || s === 'million' ? n * 1e6 : n;
}

function countIn(text: string): number | undefined {
  const m = COUNT.exec(text);
  return m ? number(m[1]!, m[2]) : undefined;
}

/** The deployed population size: the largest of the context's and the decision scope's. */
function deployedSize(c: Case): number | undefined {
  const sizes = [c.context?.value.user_population.size, c.decision?.value.scope?.population_size]
    .map((s) => {
      if (typeof s === 'number') return s;
      if (!s) return undefined;
      const m = /(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b/i.exec(s);
      return m ? number(m[1]!, m[2]) : undefined;
    })
    .filter((n): n is number => n !== undefined);
  return sizes.length ? Math.max(...sizes) : undefined;
}

/**
 * The part of a population description that says who was observed, without
 * the clause that says who graded it or where the data was kept: "graded by 20
 * staff reviewers", "by US-based raters", "logs held on EU servers" name no one
 * in the population.
 */
const MEASURED_BY =
  /,?\s*(?:[\w-]+\s+){0,2}?(?:graded|reviewed|labell?ed|rated|annotated|checked|scored|moderated|coded)\s+by\b.*$/is;
const KEPT_AT = /,?\s*(?:[\w-]+\s+){0,2}?(?:held|hosted|stored|processed|kept)\s+(?:on|in|at)\b.*$/is;

/**
 * A narrower class's word that describes people: a person noun itself ("staff",
 * "employees") or a word before one ("internal staff", "vetted researchers",
 * "beta testers"). "Approved countries" or "internal telemetry" describe
 * something else.
 */
const PERSON_WORD = /^(?:employees?|staff|dogfood\w*|in-house)$/i;
const PEOPLE_AFTER =
  /^[\s-]+(?:[\w-]+\s+){0,2}?(?:users?|customers?|accounts?|organi[sz]ations?|orgs|developers?|testers?|employees|staff|members|subscribers|clients|people|researchers|participants|partners|teams?|programmes?|programs?|tiers?|access|cohorts?|groups?)\b/i;

function classWordOnPeople(re: RegExp, text: string): string | undefined {
  if (!re.test(text)) return undefined;
  for (const m of text.matchAll(new RegExp(re.source, 'gi')))
    if (PERSON_WORD.test(m[0]) || PEOPLE_AFTER.test(text.slice(m.index + m[0].length))) return m[0];
  return undefined;
}

function whoWasObserved(population: string | undefined): string | undefined {
  return population?.replace(MEASURED_BY, '').replace(KEPT_AT, '');
}

const TRANSFER = wordPattern([
  /represent\w*/,
  /generali[sz]\w*/,
  /extrapolat\w*/,
  /transfer\w*/,
  /carr(?:y|ies) over/,
  'comparable',
  /same (?:as|behaviou?r)/,
  // Scaling as an argument ("rates scale to the full population"), not "a scaled-down rollout".
  /scal(?:e|es|ing) (?:up )?to/,
]);

const ex = (population: string) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Consumer app
  user_population: { description: Adults in the 41 supported countries using the free consumer app, size: 12000000 }
argument:
  G1: { kind: claim, text: Self-harm conversations are escalated to crisis resources in at least 99% of cases., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Escalation telemetry, evidence: [E1] }
evidence:
  E1:
    title: Crisis escalation telemetry
    kind: telemetry
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4, population: "${population}" }
    date: 2026-10-05
    produced_by: Trust and Safety
    polarity: supports
    result: { metric: escalation rate, value: 0.995, interval: [0.991, 0.997], sample_size: 9800, threshold: { min: 0.99 } }
`;

export const evidenceOtherPopulation = defineRule({
  meta: {
    id: 'scope-substitution/evidence-other-population',
    title: 'Evidence drawn from a narrower or different user population',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'Staff, vetted testers and early adopters behave differently from the public, and a few hundred users do not expose what millions will. Evidence about a narrower population does not speak for the one decided on.',
    docs: `Compares \`measured.population\` of evidence cited on the decision path with the deployed population (\`context.user_population\` description and access tier, and \`decision.scope.population\`). The comparison is deliberately conservative, because populations are prose and samples of tasks or study participants are legitimately different from users:

- Only populations of people or their use are compared: the text mentions users, customers, traffic, accounts, organisations, developers, deployments, production, testers, employees, staff, members, subscribers, clients, sessions or conversations. Samples of tasks, prompts, transcripts, or study participants standing in for threat actors are not.
- **Different population**: the evidence's population names a narrower class that the deployed population never mentions: internal staff (*internal*, *employees*, *staff*, *in-house*, *dogfooding*); trusted or vetted users (*trusted*, *vetted*, *allowlisted*, *invited*, *approved*); early-access users (*beta*, *alpha*, *early access*, *waitlist*); enterprise customers (*enterprise*); or a place (US, UK, EU, Europe, North America, Canada, Japan, India, Brazil, English-speaking) the deployed population does not name.
- **Smaller population (coverage)**: for observational evidence (\`telemetry\`, \`incident-record\`), whose strength grows with exposure, a count of people in the evidence's population ("60 pilot users", "2.1M accounts") that covers less than ${share(COVERAGE_FLOOR)} of the deployed population size (\`context.user_population.size\` or \`decision.scope.population_size\`, the first number in a text size), unless the population is described as a sample of the deployed one (*sample*, *sampled*, *random*, *representative*, *stratified*). The message gives the ratio.
- **Sample frame (format 2)**: for evidence of any kind, a result's \`frame\` of people (its population or unit mentions users, customers, accounts... as above; a frame of tasks or prompts is not compared) (the population its sample was drawn from) that covers less than ${share(COVERAGE_FLOOR)} of the deployed population, by \`share\` or by \`size\` against the deployed size; or that \`excludes\` kinds of user or tiers, unless the case's own \`out_of_scope\` user-group exclusions leave the same group out. Its \`population\` words are not compared here; \`measured.population\` is.
- **Why ${share(COVERAGE_FLOOR)}**: under coverage c the population's rate can differ from the frame's by up to (1 - c) times the gap between covered and uncovered users (the survey undercoverage bias). Below one half, the users the evidence could never have observed are the majority, so the frame no longer speaks for the decided population without an argument that it represents the rest. (Until format 2 the count had to be ten times smaller.)

Bridged, and not reported, when a justification framing the citing evidence node or anything above it has a \`bridges\` entry whose \`from\` matches the measured population, or whose text names the narrower class (or place, or excluded group) and argues transfer (represents, generalises, extrapolates, transfers, comparable, scales to). A justification that an open defeater challenges does not bridge, nor does one with \`bridges\` that rests on no registered evidence (its \`evidence:\`); the message then names it and says why it does not count.

Only the part of \`measured.population\` that says who was observed is read: a clause saying who graded it or where the data was kept ("graded by 20 staff reviewers", "by US-based raters", "logs held on EU servers") names no one in the population. A narrower class's word counts only when it describes people: a person noun ("staff", "employees") or a word before one ("internal staff", "vetted researchers", "beta testers"), not "approved countries" or "internal telemetry".

Fix: gather evidence from the deployed population (or a sample of it), or argue in a justification why the narrower population's results carry over, and widen gradually with review triggers on the population.`,
    examples: {
      failing: ex('Internal staff dogfooding the app, 1,400 employees'),
      passing: ex('Random sample of consumer app users in the 41 supported countries, 250,000 users'),
    },
    messages: {
      otherPopulation:
        'Evidence {{item}} comes from a population ("{{population}}") that does not match the deployed one: {{reasons}}. It is cited on the decision path by {{citing}}.{{unsound}}',
    },
    hints: {
      otherPopulation:
        'Gather evidence from the deployed population, or add a justification (with bridges: [{ from: <measured population>, to: <deployed population> }]) arguing why these results carry over.',
    },
  },
  run(ctx) {
    const c = ctx.case;
    const pop = c.context?.value.user_population;
    const deployedText = [pop?.description, pop?.access_tier, c.decision?.value.scope?.population]
      .filter(Boolean)
      .join(' ');
    if (!deployedText) return [];
    const size = deployedSize(c);
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      const population = whoWasObserved(item.measured?.population);
      const reasons = [
        ...populationReasons(item, population, deployedText, size),
        ...frameShortfalls(c, item, size, SIZE_WORD, (t) => USER_NOUN.test(t), population !== undefined),
      ];
      if (reasons.length === 0) continue;
      const accepts = (j: NodeOf<'justification'>) =>
        (j.bridges ?? []).some(
          (b) =>
            (population !== undefined && sameWords(b.from, population)) ||
            reasons.some((r) => b.from.toLowerCase().includes(r.word.toLowerCase())),
        ) ||
        (TRANSFER.test(j.text) &&
          reasons.every((r) => r.word === SIZE_WORD || j.text.toLowerCase().includes(r.word.toLowerCase())));
      if (framingJustifications(ctx, citing).some((j) => accepts(j) && !unsoundBridge(ctx, j))) continue;
      out.push(
        report(this.meta, {
          messageId: 'otherPopulation',
          data: {
            item: item.id,
            population: population ?? frameNames(item),
            reasons: reasons.map((r) => r.text).join('; '),
            citing: listSome(citing),
            unsound: unsoundBridgeNote(ctx, citing, 'population', accepts),
          },
          at: { thing: item, path: reasons[0]!.path },
          target: item.id,
        }),
      );
    }
    return out;
  },
});

/** The reasons the measured population (its words) does not match the deployed one: a narrower class, a place, a small count. */
function populationReasons(
  item: EvidenceItem,
  population: string | undefined,
  deployedText: string,
  size: number | undefined,
): CoverageReason[] {
  if (!population?.trim() || !USER_NOUN.test(population)) return [];
  const path = ['measured', 'population'];
  const reasons: CoverageReason[] = [];
  for (const k of CLASSES) {
    const word = classWordOnPeople(k.re, population);
    if (word && !k.re.test(deployedText)) reasons.push({ text: `it is drawn from ${k.name} ("${word}")`, word, path });
  }
  const region = REGIONS.exec(population);
  if (region && !deployedText.includes(region[0]))
    reasons.push({
      text: `it is drawn from ${region[0]}, which the deployed population does not name`,
      word: region[0],
      path,
    });
  const n = countIn(population);
  const short =
    OBSERVATIONAL.has(item.kind) && !SAMPLED.test(population) && n !== undefined && size !== undefined
      ? countShortfall(n, size)
      : undefined;
  if (short) reasons.push({ text: short, word: SIZE_WORD, path });
  return reasons;
}

/** The sample frames of the item's results, for a message when it states no measured population. */
function frameNames(item: EvidenceItem): string {
  return resultsOf(item)
    .flatMap(({ result }) => (result.frame ? [result.frame.population] : []))
    .join('; ');
}

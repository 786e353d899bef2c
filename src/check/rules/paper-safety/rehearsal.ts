// What makes an evidence item a rehearsal (a tabletop, a drill, a simulated
// incident, a plan walked through), and when a claim is about a capability of
// the deployed system that a rehearsal cannot show: containment, response or
// rollback times, monitoring coverage. Used by capability-rests-on-rehearsal.
import type { ArgNode, EvidenceItem, NodeOf } from '../../../model/case.js';
import { phrase, wordPattern } from '../text.js';
import type { RuleContext } from '../types.js';
import { planReason } from './plans.js';

/** A drill that tests the deployed process as it is: nobody was warned, or it ran on the live system. */
const UNANNOUNCED = wordPattern([
  'unannounced',
  /no[- ]notice/,
  'surprise',
  /live[- ](?:drill|exercise|test|system|traffic|rota)/,
  // Production, not a production mirror, a production-like or a pre-production environment.
  /(?<!pre-)production(?![- ](?:mirror|like|grade|replica))/,
]);

/** A claim of ability ("can roll back", "is able to"), which a drill does show; a tabletop or a plan does not. */
const ABILITY = wordPattern(['can', /(?:is|are) able to/, /capable of/, /has the ability/]);

/**
 * Wording of a rehearsal. "Exercise" counts only with a word that makes it a
 * rehearsal of a response (an incident exercise, not a red-team exercise);
 * "simulated" only with what was simulated (an incident, an outage), not
 * simulated users or traffic in an evaluation.
 */
const REHEARSAL = wordPattern([
  /table[- ]?top/,
  /drill(?:s|ed)?/,
  /dry[- ]runs?/,
  /game[- ]days?/,
  /war[- ]games?/,
  /rehears(?:al|als|ed)/,
  /mock (?:incidents?|outages?|breach(?:es)?|escalations?)/,
  phrase(/simulat(?:ed|ion of an?|ions? of)\s+(?:the\s+)?/, [
    /incidents?/,
    /outages?/,
    /breach(?:es)?/,
    /escalations?/,
    /exfiltration(?: attempts?)?/,
    /emergenc(?:y|ies)/,
    /rollbacks?/,
    /shutdowns?/,
  ]),
  phrase(['incident', 'response', 'emergency', 'crisis', 'containment', 'rollback', 'shutdown'], /[- ]exercises?/),
]);

/**
 * A claim about a capability of the deployed system, in operation: that it
 * contains, responds, detects, rolls back or shuts down (in a time), or what
 * its monitoring covers.
 */
const DEPLOYED_CAPABILITY = wordPattern([
  // "Contains" as holds ("the corpus contains no routes") is not a response.
  /contain(?:ment|ed(?! in (?:the |this |our )?(?:corpus|dataset|data|documents?|files?|text|list)))/,
  phrase(/contains? (?:the |an? |any |each |every )?/, [
    /incidents?/,
    /breach(?:es)?/,
    /outages?/,
    'misuse',
    'abuse',
    /attacks?/,
    /campaigns?/,
    'damage',
    'blast radius',
  ]),
  /respon(?:d|ds|ded|se times?|se within)/,
  /(?:detect(?:s|ed)?|flag(?:s|ged)?|escalat(?:es|ed)|page[sd]?|alert(?:s|ed)?|suspend(?:s|ed)?|ban(?:s|ned)?|block(?:s|ed)?|remov(?:es|ed)|patch(?:es|ed)?)\s+[^.;]{0,40}\bwithin\b/,
  /roll(?:s|ed)?(?: [\w-]+){0,3} back/,
  /rollbacks?/,
  /shut(?:s)? down/,
  /(?:kill[- ]switch|takedowns?|taken? down)/,
  /revok(?:e|es|ed)/,
  /monitor(?:ing|s)? (?:covers?|coverage)/,
  /coverage of (?:the )?monitor(?:ing|s)?/,
  /(?:minutes|hours|days) (?:of|from|after) (?:detection|the alert|the report|notification)/,
]);

/** The claim is itself about a rehearsal ("contained the simulated incident in drill DR-3"), which a rehearsal does show. */
function claimIsAboutRehearsal(n: ArgNode): boolean {
  return REHEARSAL.test(n.text);
}

/** The capability wording of a claim about the deployed system, or undefined. */
export function deployedCapability(n: ArgNode): string | undefined {
  if (n.kind !== 'claim' || claimIsAboutRehearsal(n)) return undefined;
  return DEPLOYED_CAPABILITY.exec(n.text)?.[0];
}

/** Why an item is a rehearsal rather than a record of the deployed system at work, or undefined. */
export function rehearsalReason(e: EvidenceItem, claim: ArgNode): string | undefined {
  const text = [e.title, e.result?.summary].filter(Boolean).join(' ');
  if (e.kind === 'tabletop-exercise') return `its kind is ${e.kind}`;
  const word = e.kind === 'drill' ? 'drill' : REHEARSAL.exec(text)?.[0];
  if (word === undefined || /^table/i.test(word)) return word ? `it is a "${word}"` : planReason(e);
  // A staged exercise run on the live system, or one nobody was warned of, tests the deployed process; any shows ability.
  if (UNANNOUNCED.test(`${text} ${e.environment ?? ''}`) || ABILITY.test(claim.text)) return undefined;
  return e.kind === 'drill' ? `its kind is ${e.kind}` : `it is a "${word}"`;
}

/**
 * The items the claim cites directly: through evidence nodes below it,
 * looking through strategies, not into sub-claims (they are judged as claims
 * of their own).
 */
export function directItems(ctx: RuleContext, claim: NodeOf<'claim'>): EvidenceItem[] {
  const items = new Set<EvidenceItem>();
  ctx.facts.searchUnder(claim.id, (n) => {
    if (n.kind === 'evidence') for (const e of ctx.facts.citedItems(n.id)) items.add(e);
    return n.kind === 'strategy' ? 'expand' : 'skip';
  });
  return [...items];
}

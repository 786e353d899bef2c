import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

/** Fewer words than this cannot say what kind of thing was withheld and why. */
export const MIN_WORDS = 6;

/** Words that say only that something is secret, not what it is. */
const GENERIC = new Set(
  (
    'confidential sensitive sensitivity redacted redaction withheld withhold proprietary classified internal restricted private secret secrets ' +
    'trade commercial commercially business security safety cybersecurity cyber public privacy national information info data detail details ' +
    'content contents material materials item items document documents report this that these the a an is are was were be been of for and or ' +
    'to not it its due reason reasons available disclosed disclosure shared published publication release released contains containing includes ' +
    'including some certain other various may can cannot could which as per policy our we us company lab by in on with from only under nda legal ' +
    'purpose purposes consideration considerations concern concerns related relevant so see above below n/a'
  ).split(' '),
);

const CASE = (description: string) => `argument:
  G1: { kind: claim, text: The browsing tool rarely leaks developer context., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Injection red-team results, evidence: [E1] }
evidence:
  E1: { title: Lanternfish injection finding LF-041, kind: red-team, source_type: third-party-evaluation, external: true, tier: restricted, date: 2026-04-16, produced_by: Lanternfish Security Ltd, polarity: supports }
publication:
  default_tier: public
  redactions:
    - target: E1
      reason: cybersecurity
      description: ${description}
      attestation: { by: "Dr. Rhys Calloway (Lanternfish, external)", statement: The retest found no leak in 250 attempts. }
`;

export const redactionWithoutCharacter = defineRule({
  meta: {
    id: 'secrecy-as-shield/redaction-without-character',
    title: 'Redaction that does not say what was withheld',
    failureMode: 'secrecy-as-shield',
    severity: 'warning',
    rationale:
      'A reader of the published case cannot see a redacted item, so the description is all they have. "Confidential" tells them nothing about whether the withheld item could change their view of the argument.',
    docs: `Reports a redaction whose \`description\` has fewer than ${MIN_WORDS} words, or consists only of words that say something is secret without saying what it is (confidential, sensitive, redacted, withheld, proprietary, internal, restricted, security, information, details, report, due to, reasons, ...).

Fix: describe, for a reader who will never see it, what kind of thing is withheld (a transcript, a payload, a host list, a threat assessment), what it shows in general terms, and why publishing it would cause harm.`,
    examples: {
      failing: CASE('Confidential security information.'),
      passing: CASE('The working exfiltration payload, withheld until other vendors have patched the same technique.'),
    },
    messages: {
      noCharacter: 'The redaction of {{target}} ("{{description}}") {{why}}.',
    },
    hints: {
      noCharacter:
        'Describe for a reader who will never see it what kind of thing is withheld (a transcript, a payload, a host list), what it shows in general terms, and why publishing it would cause harm.',
    },
  },
  run({ case: c }) {
    const p = c.publication;
    if (!p) return [];
    const out: Finding[] = [];
    (p.value.redactions ?? []).forEach((r, i) => {
      const words = r.description
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/^[^a-z0-9/]+|[^a-z0-9/]+$/g, ''))
        .filter((w) => /[a-z0-9]/.test(w));
      const short = words.length < MIN_WORDS;
      const generic = words.every((w) => GENERIC.has(w));
      if (!short && !generic) return;
      const why = generic
        ? 'says only that it is secret, not what it is'
        : `has ${words.length} word${words.length === 1 ? '' : 's'}, too few to say what was withheld`;
      out.push(
        report(this.meta, {
          messageId: 'noCharacter',
          data: { target: r.target, description: r.description.trim(), why },
          at: { thing: p, path: ['redactions', i, 'description'] },
          target: r.target,
        }),
      );
    });
    return out;
  },
});

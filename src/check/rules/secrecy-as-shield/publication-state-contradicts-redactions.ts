import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule } from '../types.js';

const CASE = (state: string, redactions: string) => `argument:
  G1: { kind: claim, text: The model gives no meaningful uplift to novice attackers., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Third-party uplift trial, evidence: [E1] }
evidence:
  E1: { title: Novice uplift trial, kind: red-team, source_type: third-party-evaluation, external: true, date: 2026-09-01, produced_by: Lanternfish Security Ltd, polarity: supports, tier: regulator }
publication:
  state: ${state}
  published: 2026-10-02
  default_tier: public
${redactions}`;

const REDACTION =
  '  redactions:\n    - { target: E1, reason: cybersecurity, description: "Task-level exploit transcripts from the uplift trial, withheld because they would teach the exploit chain." }\n';

export const publicationStateContradictsRedactions = defineRule({
  meta: {
    id: 'secrecy-as-shield/publication-state-contradicts-redactions',
    title: 'Publication state that contradicts the redactions recorded',
    failureMode: 'secrecy-as-shield',
    severity: 'warning',
    rationale:
      'A reader of a published case trusts its own account of what was withheld. A case that says it was published in full while it records redactions, or published with redactions while it records none, misstates what the reader is missing.',
    docs: `Reads \`publication.state\` (format 2) against \`publication.redactions\`: reports \`published\` (in full) when redactions are recorded, and \`published-with-redactions\` when none is.

Fix: make the state say what was published (\`published-with-redactions\` when anything was withheld), or record each redaction with its reason and description.`,
    examples: { failing: CASE('published', REDACTION), passing: CASE('published-with-redactions', REDACTION) },
    messages: {
      fullButRedacted:
        'The case says it was published in full, but it records {{count}} redaction(s) ({{targets}}): readers are not told what they are missing.',
      redactedButNone:
        'The case says it was published with redactions, but it records none: what was withheld is not said.',
    },
    hints: {
      fullButRedacted: 'Set `publication.state: published-with-redactions`, or publish the withheld items.',
      redactedButNone:
        'Record each redaction under `publication.redactions` (target, reason, description), or set the state to `published`.',
    },
  },
  run({ case: c }) {
    const p = c.publication;
    const state = p?.value.state;
    if (!p || state === undefined) return [];
    const rs = p.value.redactions ?? [];
    const at = { thing: p, path: ['state'] };
    const target = c.header.value.id;
    if (state === 'published' && rs.length > 0)
      return [
        report(this.meta, {
          messageId: 'fullButRedacted',
          data: { count: rs.length, targets: listSome(rs.map((r) => r.target)) },
          at,
          target,
        }),
      ];
    if (state === 'published-with-redactions' && rs.length === 0)
      return [report(this.meta, { messageId: 'redactedButNone', at, target })];
    return [];
  },
});

import { report } from '../messages.js';
import { authorship } from '../reviewer-capture/people.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (by: string) => `  authors:
    - { name: Dr. Naomi Kagame, team: Safeguards }
argument:
  G1: { kind: claim, text: The expert red team found no universal bypass that survived patching., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Expert red-team report, evidence: [E1] }
evidence:
  E1: { title: Helix expert red team, kind: red-team, source_type: third-party-evaluation, external: true, tier: restricted, date: 2026-08-20, produced_by: Helix Red Team Ltd, polarity: supports }
publication:
  default_tier: public
  redactions:
    - target: E1
      reason: public-safety
      description: Red-team report including the universal bypass technique (since patched) and partial leaks.
      attestation: { by: "${by}", statement: One universal bypass was found and patched in 41 hours; it was not reproduced afterwards. }
`;

export const selfAttestation = defineRule({
  meta: {
    id: 'secrecy-as-shield/self-attestation',
    title: "Withheld item attested by the case's author",
    failureMode: 'secrecy-as-shield',
    severity: 'warning',
    rationale:
      "An attestation lets readers rely on what they cannot see because someone who saw it vouches for it. When the vouching is done by the case's author, readers are asked to trust the argument on the word of the person making it.",
    docs: `Reports a redaction whose \`attestation.by\` names an author of the case (the author's name as whole words, ignoring case, punctuation and titles).

Fix: have the withheld item attested by someone who has seen it and did not write the case: the external reviewer or assessor, the evaluator who produced it, or a regulator.`,
    examples: {
      failing: CASE('Dr. Naomi Kagame (case lead)'),
      passing: CASE('Dr. Emeka Nwosu (Helix Red Team, external)'),
    },
    messages: {
      selfAttested: 'The attestation for withheld {{target}} is by {{author}}, an author of the case ("{{by}}").',
    },
    hints: {
      selfAttested:
        'Have the withheld item attested by someone who has seen it and did not write the case: an external reviewer, the evaluator who produced it, or a regulator.',
    },
  },
  run({ case: c }) {
    const p = c.publication;
    if (!p) return [];
    const who = authorship(c);
    const out: Finding[] = [];
    (p.value.redactions ?? []).forEach((r, i) => {
      const by = r.attestation?.by;
      const author = by ? who.mentionedIn(by) : undefined;
      if (!author) return;
      out.push(
        report(this.meta, {
          messageId: 'selfAttested',
          data: { target: r.target, author: author.name, by: by! },
          at: { thing: p, path: ['redactions', i, 'attestation', 'by'] },
          target: r.target,
        }),
      );
    });
    return out;
  },
});

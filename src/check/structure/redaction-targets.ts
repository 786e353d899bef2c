import type { Diagnostic } from '../../model/diagnostic.js';
import { Suggester } from '../../util/suggest.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

const body = (target: string) =>
  `argument:\n  G1: { kind: claim, text: Safe., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Red-team results, evidence: [E1] }\nevidence:\n  E1: { title: Red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team, polarity: supports, tier: restricted }\npublication:\n  default_tier: public\n  redactions:\n    - { target: ${target}, reason: cybersecurity, description: Names of the exploited services and the working exploit chains. }\n`;

export const unknownRedactionTarget: StructureCheck = {
  meta: {
    code: 'S32',
    name: 'unknown-redaction-target',
    title: 'Redaction of something the case does not contain',
    severity: 'error',
    description:
      'A redaction names an id that is not a node, evidence item, risk or criterion, so the published record cannot say what was withheld.',
    examples: { failing: body('E9'), passing: body('E1') },
  },
  run({ case: c }) {
    const pub = c.publication;
    if (!pub) return [];
    const out: Diagnostic[] = [];
    const known = new Suggester(() => [
      ...c.nodes.keys(),
      ...c.evidence.keys(),
      ...c.risks.keys(),
      ...c.criteria.keys(),
    ]);
    (pub.value.redactions ?? []).forEach((r, i) => {
      if (c.nodes.has(r.target) || c.evidence.has(r.target) || c.risks.has(r.target) || c.criteria.has(r.target))
        return;
      const s = known.suggest(r.target);
      out.push(
        report(
          this.meta,
          { thing: pub, path: ['redactions', i, 'target'] },
          `Redaction ${i + 1} targets \`${r.target}\`, which is not a node, evidence item, risk or criterion of this case.`,
          s ? `Did you mean \`${s}\`?` : 'Name the id of the item withheld.',
          { target: r.target },
        ),
      );
    });
    return out;
  },
};

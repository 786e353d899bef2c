// S33: what a reviewer reviewed and what the case excludes name things the case defines.
import type { Case } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PathPart } from '../../model/loc.js';
import { Suggester } from '../../util/suggest.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

const body = (reviewed: string, excluded: string) =>
  `  reviewers:\n    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true, reviewed: { risks: [${reviewed}] } }\n` +
  `  out_of_scope:\n    - { kind: risk, what: CBRN uplift, risk: ${excluded}, reason: Argued in the CBRN case for this build., covered_by: m4-cbrn }\n` +
  'risks:\n  R1: { title: Cyber uplift to novices, pathway: cyber, severity: high }\n' +
  '  R2: { title: CBRN uplift, pathway: cbrn, severity: critical }\n' +
  'argument:\n  G1: { kind: claim, text: The model gives no meaningful cyber uplift., undeveloped: true, addresses: [R1] }\n';

type Kind = 'risk' | 'node' | 'evidence item';

/** The ids of one kind the case defines. */
function known(c: Case, kind: Kind): { has(id: string): boolean; keys(): Iterable<string> } {
  return kind === 'risk' ? c.risks : kind === 'node' ? c.nodes : c.evidence;
}

/** One suggester per kind of id, made when first needed: did-you-mean work stays within its budget. */
function suggesters(c: Case): (kind: Kind) => Suggester {
  const made = new Map<Kind, Suggester>();
  return (kind) => {
    let s = made.get(kind);
    if (!s) made.set(kind, (s = new Suggester(() => known(c, kind).keys())));
    return s;
  };
}

export const unknownScopeReference: StructureCheck = {
  meta: {
    code: 'S33',
    name: 'unknown-scope-reference',
    title: "A reviewer's scope or an exclusion names something the case does not define",
    severity: 'error',
    description:
      "A reviewer's `reviewed` names a risk, node or evidence item, or a `case.out_of_scope` entry names a `risk`, that the case does not define: the review or the exclusion cannot be tied to the part of the case it is about.",
    examples: { failing: body('R3', 'R2'), passing: body('R1', 'R2') },
  },
  run({ case: c }) {
    const out: Diagnostic[] = [];
    const h = c.header;
    const suggester = suggesters(c);
    const check = (id: string, kind: Kind, path: PathPart[], whose: string) => {
      const ids = known(c, kind);
      if (ids.has(id)) return;
      const s = suggester(kind).suggest(id);
      out.push(
        report(
          this.meta,
          { thing: h, path },
          `${whose} names ${kind} \`${id}\`, which the case does not define.`,
          s
            ? `Did you mean \`${s}\`?`
            : `Name ${kind === 'evidence item' ? 'an' : 'a'} ${kind} of this case, or correct the id.`,
          { target: h.value.id },
        ),
      );
    };
    (h.value.out_of_scope ?? []).forEach((x, i) => {
      if (x.risk !== undefined) check(x.risk, 'risk', ['out_of_scope', i, 'risk'], `Exclusion ${i + 1} (${x.what})`);
    });
    (h.value.reviewers ?? []).forEach((r, i) => {
      const scope = r.reviewed;
      if (scope === undefined || typeof scope === 'string') return;
      const whose = `Reviewer ${r.name}'s scope`;
      const at = (field: string, j: number): PathPart[] => ['reviewers', i, 'reviewed', field, j];
      (scope.risks ?? []).forEach((id, j) => {
        check(id, 'risk', at('risks', j), whose);
      });
      (scope.claims ?? []).forEach((id, j) => {
        check(id, 'node', at('claims', j), whose);
      });
      (scope.evidence ?? []).forEach((id, j) => {
        check(id, 'evidence item', at('evidence', j), whose);
      });
    });
    return out;
  },
};

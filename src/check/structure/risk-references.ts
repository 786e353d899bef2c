// S24, S25, S26: risks and acceptability criteria are linked to the argument.
import type { Diagnostic } from '../../model/diagnostic.js';
import { Suggester } from '../../util/suggest.js';
import { excludedRisks } from '../exclusions.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

const risk = '\nrisks:\n  R1: { title: Cyber uplift to novices, pathway: cyber, severity: high }\n';

export const unaddressedRisk: StructureCheck = {
  meta: {
    code: 'S24',
    name: 'unaddressed-risk',
    title: 'Risk that no claim addresses',
    severity: 'warning',
    description:
      'A risk in the risk model that no claim names in `addresses`. Either the argument is silent about it, or the link is missing and readers cannot see which part of the argument deals with it. A risk the case excludes (`case.out_of_scope` with its `risk`) is not reported: the case says it does not cover it, and why.',
    examples: {
      failing: `argument:\n  G1: { kind: claim, text: The model is safe to launch., undeveloped: true }${risk}`,
      passing:
        'argument:\n  G1: { kind: claim, text: The model gives no meaningful cyber uplift., undeveloped: true, addresses: [R1] }' +
        risk,
    },
  },
  run({ case: c, graph }) {
    const addressed = new Set<string>(excludedRisks(c));
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind === 'claim') for (const r of n.addresses ?? []) addressed.add(r);
    }
    const out: Diagnostic[] = [];
    for (const r of c.risks.values()) {
      if (!addressed.has(r.id))
        out.push(
          report(
            this.meta,
            { thing: r },
            `Risk ${r.id} (${r.title}) is not addressed by any claim.`,
            `Add \`addresses: [${r.id}]\` to the claim that argues this risk is acceptable, or add that claim (undeveloped if the argument is not written yet); if the case does not cover it, say so under \`case.out_of_scope\` with a reason.`,
            { target: r.id },
          ),
        );
    }
    return out;
  },
};

export const unknownRisk: StructureCheck = {
  meta: {
    code: 'S25',
    name: 'unknown-risk',
    title: 'Reference to a risk that does not exist',
    severity: 'error',
    description: "A claim's `addresses` or a criterion's `risks` names a risk id that the risk model does not define.",
    examples: {
      failing: `argument:\n  G1: { kind: claim, text: No cyber uplift., undeveloped: true, addresses: [R2] }${risk}`,
      passing: `argument:\n  G1: { kind: claim, text: No cyber uplift., undeveloped: true, addresses: [R1] }${risk}`,
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    const ids = new Suggester(() => c.risks.keys());
    const hint = (id: string) => {
      const s = ids.suggest(id);
      return s ? `Did you mean \`${s}\`?` : 'Define the risk under `risks:`, or correct the id.';
    };
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind !== 'claim') continue;
      (n.addresses ?? []).forEach((id, i) => {
        if (!c.risks.has(id))
          out.push(
            report(
              this.meta,
              { thing: n, path: ['addresses', i] },
              `Claim ${n.id} addresses \`${id}\`, which the risk model does not define.`,
              hint(id),
              { target: n.id },
            ),
          );
      });
    }
    for (const cr of c.criteria.values()) {
      (cr.risks ?? []).forEach((id, i) => {
        if (!c.risks.has(id))
          out.push(
            report(
              this.meta,
              { thing: cr, path: ['risks', i] },
              `Criterion ${cr.id} governs \`${id}\`, which the risk model does not define.`,
              hint(id),
              { target: cr.id },
            ),
          );
      });
    }
    return out;
  },
};

export const unknownCriterion: StructureCheck = {
  meta: {
    code: 'S26',
    name: 'unknown-criterion',
    title: 'Reference to an acceptability criterion that does not exist',
    severity: 'error',
    description: "A claim's `criteria` names an id that `acceptability.criteria` does not define.",
    examples: {
      failing:
        'acceptability:\n  standard: Developer frontier safety framework v3\n  set_by: Board risk committee\n  criteria:\n    AC1: { statement: Uplift below novice threshold. }\nargument:\n  G1: { kind: claim, text: No uplift., undeveloped: true, criteria: [AC2] }\n',
      passing:
        'acceptability:\n  standard: Developer frontier safety framework v3\n  set_by: Board risk committee\n  criteria:\n    AC1: { statement: Uplift below novice threshold. }\nargument:\n  G1: { kind: claim, text: No uplift., undeveloped: true, criteria: [AC1] }\n',
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    const ids = new Suggester(() => c.criteria.keys());
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind !== 'claim') continue;
      (n.criteria ?? []).forEach((id, i) => {
        if (c.criteria.has(id)) return;
        const s = ids.suggest(id);
        out.push(
          report(
            this.meta,
            { thing: n, path: ['criteria', i] },
            `Claim ${n.id} relies on criterion \`${id}\`, which \`acceptability.criteria\` does not define.`,
            s ? `Did you mean \`${s}\`?` : 'Define it under `acceptability.criteria`, or correct the id.',
            { target: n.id },
          ),
        );
      });
    }
    return out;
  },
};

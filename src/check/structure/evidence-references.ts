// S22, S23, S28: evidence nodes cite registry items, and every item is cited.
import type { Diagnostic } from '../../model/diagnostic.js';
import { Suggester } from '../../util/suggest.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

const item = (id: string) =>
  `  ${id}: { title: Cyber range evaluation, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports }\n`;

export const unknownEvidenceItem: StructureCheck = {
  meta: {
    code: 'S22',
    name: 'unknown-evidence-item',
    title: 'Evidence reference to an unknown evidence item',
    severity: 'error',
    description:
      'An evidence node, defeater or justification cites an evidence id that the evidence registry does not define, so the claim rests on something nobody can inspect.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: No uplift., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E2] }\nevidence:\n' +
        item('E1'),
      passing:
        'argument:\n  G1: { kind: claim, text: No uplift., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }\nevidence:\n' +
        item('E1'),
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    const ids = new Suggester(() => c.evidence.keys());
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind !== 'evidence' && n.kind !== 'defeater' && n.kind !== 'justification') continue;
      (n.evidence ?? []).forEach((id, i) => {
        if (c.evidence.has(id)) return;
        const s = ids.suggest(id);
        const hint = c.nodes.has(id)
          ? `${id} is an argument node, not an evidence item; \`evidence:\` lists ids from the evidence registry.`
          : s
            ? `Did you mean \`${s}\`?`
            : 'Add the item to an `evidence:` section, or correct the id.';
        out.push(
          report(
            this.meta,
            { thing: n, path: ['evidence', i] },
            `${n.id} cites evidence item \`${id}\`, which the evidence registry does not define.`,
            hint,
            { target: n.id },
          ),
        );
      });
    }
    return out;
  },
};

export const unusedEvidenceItem: StructureCheck = {
  meta: {
    code: 'S23',
    name: 'unused-evidence-item',
    title: 'Evidence item nothing uses',
    severity: 'warning',
    description:
      'An evidence item that no evidence node, defeater or resolution cites. If it supports the argument, cite it; if it undermines the argument, it belongs to a defeater, not to a drawer.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: No uplift., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }\nevidence:\n' +
        item('E1') +
        item('E2'),
      passing:
        'argument:\n  G1: { kind: claim, text: No uplift., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1, E2] }\nevidence:\n' +
        item('E1') +
        item('E2'),
    },
  },
  run({ case: c, graph }) {
    const used = new Set<string>();
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind === 'evidence' || n.kind === 'defeater' || n.kind === 'justification')
        for (const e of n.evidence ?? []) used.add(e);
      if (n.kind === 'defeater') for (const e of n.resolution?.refs ?? []) used.add(e);
    }
    const out: Diagnostic[] = [];
    for (const e of c.evidence.values()) {
      if (used.has(e.id)) continue;
      const hint =
        e.polarity === 'supports'
          ? `Cite it from an evidence node (\`evidence: [${e.id}]\`), or remove it.`
          : `It ${e.polarity === 'undermines' ? 'undermines' : 'partly undermines'} the argument: cite it from a defeater (\`evidence: [${e.id}]\`) so the doubt is visible.`;
      out.push(
        report(this.meta, { thing: e }, `Evidence item ${e.id} is not cited by any node.`, hint, { target: e.id }),
      );
    }
    return out;
  },
};

export const evidenceNodeWithoutItems: StructureCheck = {
  meta: {
    code: 'S28',
    name: 'evidence-node-without-items',
    title: 'Evidence node that cites no evidence item',
    severity: 'warning',
    description:
      'An evidence node (GSN solution) that names no item in the evidence registry has no provenance: no build, date, producer or artefact that a reviewer could check.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: No uplift., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: No uplift., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }\nevidence:\n' +
        item('E1'),
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.kind === 'evidence' && !n.evidence?.length)
        out.push(
          report(
            this.meta,
            { thing: n },
            `Evidence node ${n.id} cites no evidence item.`,
            'Register the evidence with its provenance under `evidence:` and cite it here with `evidence: [ID]`.',
            { target: n.id },
          ),
        );
    }
    return out;
  },
};

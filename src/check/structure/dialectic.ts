// S19 to S21: gsn2x dialectic and confidence markers must point at real relations.
import type { Diagnostic } from '../../model/diagnostic.js';
import { report } from '../report.js';
import type { StructureCheck } from '../types.js';

function linked(n: { supported_by?: string[]; in_context_of?: string[]; challenges?: string[] }, to: string): boolean {
  return Boolean(n.supported_by?.includes(to) || n.in_context_of?.includes(to) || n.challenges?.includes(to));
}

export const defeatedUnchallenged: StructureCheck = {
  meta: {
    code: 'S19',
    name: 'defeated-unchallenged',
    title: 'Node marked defeated that nothing challenges',
    severity: 'error',
    gsn2x: 'V10',
    description: 'A node marked `defeated: true` must show what defeats it: a defeater that challenges it.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Monitors catch attacks., undeveloped: true, defeated: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Monitors catch attacks., undeveloped: true, defeated: true }\n  D1: { kind: defeater, text: Red team evaded the monitor in 4 of 50 runs., challenges: [G2], status: accepted }\n',
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (n.defeated && !graph.isChallenged(n.id))
        out.push(
          report(
            this.meta,
            { thing: n, path: ['defeated'] },
            `${n.id} is marked defeated, but no defeater challenges it.`,
            `Add a defeater with \`challenges: [${n.id}]\` that says what defeats it, or remove \`defeated: true\`.`,
            { target: n.id },
          ),
        );
    }
    return out;
  },
};

export const defeatedRelationUnknown: StructureCheck = {
  meta: {
    code: 'S20',
    name: 'defeated-relation-unknown',
    title: 'Defeated relation that does not exist',
    severity: 'error',
    gsn2x: 'V13',
    description:
      "`defeated_relations` marks this node's relation to another node as defeated, but the node has no such relation.",
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2], defeated_relations: [G3] }\n  G2: { kind: claim, text: Monitors work., supported_by: [G3] }\n  G3: { kind: claim, text: Other., undeveloped: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2, G3], defeated_relations: [G3] }\n  G2: { kind: claim, text: Monitors work., undeveloped: true }\n  G3: { kind: claim, text: Other., undeveloped: true }\n',
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      if (!n.defeated_relations) continue;
      n.defeated_relations.forEach((to, i) => {
        if (!linked(n as Parameters<typeof linked>[0], to))
          out.push(
            report(
              this.meta,
              { thing: n, path: ['defeated_relations', i] },
              `${n.id} marks its relation to ${to} as defeated, but has no relation to ${to}.`,
              `List only ids that ${n.id} supports, frames or challenges.`,
              { target: n.id },
            ),
          );
      });
    }
    return out;
  },
};

export const acpReference: StructureCheck = {
  meta: {
    code: 'S21',
    name: 'acp-reference',
    title: 'Assurance claim point on an unrelated node',
    severity: 'error',
    gsn2x: 'V09',
    description:
      'An assurance claim point qualifies this node or one of its links, so it may only name this node or a node it links to.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2], acp: { ACP1: G3 } }\n  G2: { kind: claim, text: Monitors work., supported_by: [G3] }\n  G3: { kind: claim, text: Other., undeveloped: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2, G3], acp: { ACP1: G3 } }\n  G2: { kind: claim, text: Monitors work., undeveloped: true }\n  G3: { kind: claim, text: Other., undeveloped: true }\n',
    },
  },
  run({ graph }) {
    const out: Diagnostic[] = [];
    for (let k = 0; k < graph.nodes.length; k++) {
      const n = graph.nodes[k]!;
      if (!n.acp) continue;
      for (const [name, v] of Object.entries(n.acp)) {
        const ids = Array.isArray(v) ? v : [v];
        ids.forEach((to, i) => {
          if (to === n.id || linked(n as Parameters<typeof linked>[0], to)) return;
          out.push(
            report(
              this.meta,
              { thing: n, path: Array.isArray(v) ? ['acp', name, i] : ['acp', name] },
              `Assurance claim point ${name} of ${n.id} names ${to}, which is neither ${n.id} nor a node it links to.`,
              `Name ${n.id} itself or one of the nodes in its \`supported_by\` or \`in_context_of\`.`,
              { target: n.id },
            ),
          );
        });
      }
    }
    return out;
  },
};

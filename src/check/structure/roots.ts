// S08, S09, S10: exactly one top-level node, and it is a claim.

import { withArticle } from '../../util/article.js';
import { listSome } from '../../util/list-some.js';
import { relatedAt, report } from '../report.js';
import type { StructureCheck } from '../types.js';
import { danglingNote, meantRoots } from './meant-roots.js';

export const noRoot: StructureCheck = {
  meta: {
    code: 'S08',
    name: 'no-root',
    title: 'No top claim',
    severity: 'error',
    gsn2x: 'C01',
    description:
      'Every node is referenced by another, so the argument has no top: it is circular, or the case has no argument at all.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Safe too., supported_by: [G1] }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Safe too., undeveloped: true }\n',
    },
  },
  run({ case: c, graph }) {
    if (graph.roots.length > 0) return [];
    const hint =
      c.nodes.size === 0
        ? 'Add an `argument:` section with a top claim that states what the case argues for this decision.'
        : 'The top claim must not be referenced by any other node; break the cycle of references that reaches it.';
    const msg =
      c.nodes.size === 0
        ? 'The case has no argument nodes, so it has no top claim.'
        : 'Every node is referenced by another node, so the argument has no top claim.';
    return [report(this.meta, { thing: c.header }, msg, hint)];
  },
};

export const multipleRoots: StructureCheck = {
  meta: {
    code: 'S09',
    name: 'multiple-roots',
    title: 'Several top-level nodes',
    severity: 'error',
    gsn2x: 'C01',
    description:
      'A case argues one top claim for one decision. Several unreferenced nodes mean separate arguments, or nodes that were meant to be linked and are not. ' +
      'A node that is top-level only because a dangling reference (S07) misspells its id is not reported: the S07 names it as the fix. ' +
      'While any reference dangles, each S09 carries a note pointing at the first one.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n  G2: { kind: claim, text: Also safe., undeveloped: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n  G2: { kind: claim, text: Also safe., undeveloped: true }\n',
    },
  },
  run(ctx) {
    const { case: c, graph } = ctx;
    const meant = meantRoots(ctx);
    const roots = graph.roots.filter((id) => !meant.has(id));
    if (roots.length < 2) return [];
    const first = c.nodes.get(roots[0]!)!;
    const note = danglingNote(ctx);
    return roots
      .slice(1)
      .map((id) =>
        report(
          this.meta,
          { thing: c.nodes.get(id)! },
          `${id} is a second top-level node; the argument's top is ${first.id}. Top-level nodes: ${listSome(graph.roots)}.`,
          `Link ${id} into the argument (from a claim's \`supported_by\` or \`in_context_of\`), or remove it.`,
          { target: id, related: [relatedAt(first, `${first.id} is the first top-level node`), ...note] },
        ),
      );
  },
};

export const rootNotClaim: StructureCheck = {
  meta: {
    code: 'S10',
    name: 'root-not-claim',
    title: 'The top-level node is not a claim',
    severity: 'error',
    gsn2x: 'C02',
    description:
      'The top of a safety argument is a claim about the system and the decision. A top-level strategy, evidence or context node means the claim it serves is missing. ' +
      'As for S09, a node that a dangling reference (S07) most likely meant is not reported.',
    examples: {
      failing: 'argument:\n  S1: { kind: strategy, text: Argue over each risk., undeveloped: true }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe., supported_by: [S1] }\n  S1: { kind: strategy, text: Argue over each risk., undeveloped: true }\n',
    },
  },
  run(ctx) {
    const { case: c, graph } = ctx;
    const meant = meantRoots(ctx);
    const note = danglingNote(ctx);
    return graph.roots
      .map((id) => c.nodes.get(id)!)
      .filter((n) => n.kind !== 'claim' && !meant.has(n.id))
      .map((n) =>
        report(
          this.meta,
          { thing: n, path: ['kind'] },
          `The top-level node ${n.id} is ${withArticle(n.kind)}, not a claim.`,
          `Add the claim that ${n.id} serves and put ${n.id} in its \`${n.kind === 'context' || n.kind === 'assumption' || n.kind === 'justification' ? 'in_context_of' : 'supported_by'}\`.`,
          { target: n.id, related: note },
        ),
      );
  },
};

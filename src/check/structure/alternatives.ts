// S34, S35: a declaration of alternatives (`support: { at_least }`) that cannot
// mean what it says. Legs are counted as the support analysis counts them
// (SupportView.rests: supported_by children that carry a status, then module
// developments), so the check and the status agree on every node.
import { supportView } from '../../analysis/support.js';
import type { ArgNode } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { report } from '../report.js';
import type { CheckContext, CheckMeta, StructureCheck } from '../types.js';

const item = (i: number) =>
  `  E${i}: { title: Result ${i}, kind: red-team, source_type: internal-test, date: 2026-10-0${i}, ` +
  'produced_by: Evals team, polarity: supports }\n';

/** A claim resting on the given evidence nodes, declaring any `k` of them enough. */
const example = (k: number, legs: readonly string[]) =>
  'argument:\n' +
  `  G1: { kind: claim, text: Safe enough to launch., supported_by: [${legs.join(', ')}],\n` +
  `        support: { at_least: ${k}, justification: Different teams and methods. } }\n` +
  legs.map((l, i) => `  ${l}: { kind: evidence, text: Result ${i + 1}, evidence: [E${i + 1}] }\n`).join('') +
  'evidence:\n' +
  legs.map((_, i) => item(i + 1)).join('');

interface Declared {
  node: ArgNode;
  k: number;
  legs: number;
}

/** Each claim or strategy that declares alternatives, with `at_least` and its number of legs. */
function declarations({ case: c, graph }: CheckContext): Declared[] {
  const out: Declared[] = [];
  let view: ReturnType<typeof supportView> | undefined;
  for (let v = 0; v < graph.nodes.length; v++) {
    const node = graph.nodes[v]!;
    if ((node.kind !== 'claim' && node.kind !== 'strategy') || !node.support) continue;
    view ??= supportView(c, graph);
    out.push({ node, k: node.support.at_least, legs: view.rests.degree(v) });
  }
  return out;
}

function at(meta: CheckMeta, d: Declared, message: string, hint: string): Diagnostic {
  return report(meta, { thing: d.node, path: ['support', 'at_least'] }, message, hint, { target: d.node.id });
}

const legsWord = (n: number) => `${n} supporting node${n === 1 ? '' : 's'}`;

export const alternativesExceedSupport: StructureCheck = {
  meta: {
    code: 'S34',
    name: 'alternatives-exceed-support',
    title: 'Alternatives declared that need more supporting nodes than the node has',
    severity: 'error',
    description:
      'A claim or strategy declares that at least `at_least` of its supporting nodes must hold, but it has fewer: ' +
      'the node can never be established, whatever its evidence says. Supporting nodes are counted as the status ' +
      'counts them: `supported_by` claims, strategies and evidence nodes, and nodes a module develops below it.',
    examples: { failing: example(3, ['Sn1', 'Sn2']), passing: example(1, ['Sn1', 'Sn2']) },
  },
  run(ctx) {
    return declarations(ctx)
      .filter((d) => d.k > d.legs)
      .map((d) =>
        at(
          this.meta,
          d,
          `${d.node.id} declares that at least ${d.k} of its supporting nodes must hold, but it has ${d.legs === 0 ? 'none' : `only ${d.legs}`}.`,
          d.legs === 0
            ? 'Add the lines of argument or evidence to `supported_by`, or remove `support`.'
            : `Lower \`at_least\` to at most ${d.legs}, or add the missing lines of argument or evidence to \`supported_by\`.`,
        ),
      );
  },
};

export const alternativesWithoutChoice: StructureCheck = {
  meta: {
    code: 'S35',
    name: 'alternatives-without-choice',
    title: 'Alternatives declared on a node with fewer than two supporting nodes',
    severity: 'warning',
    description:
      'Alternatives need at least two supporting nodes: with one, `support: { at_least: 1 }` claims a redundancy ' +
      'the argument does not have, and the node fails with its one leg as if nothing were declared. A warning, ' +
      'not an error: the status is still the conjunctive one, only the declaration misleads. A node declaring ' +
      'more than it has is S34 instead.',
    examples: { failing: example(1, ['Sn1']), passing: example(1, ['Sn1', 'Sn2']) },
  },
  run(ctx) {
    return declarations(ctx)
      .filter((d) => d.legs < 2 && d.k <= d.legs)
      .map((d) =>
        at(
          this.meta,
          d,
          `${d.node.id} declares its support alternatives, but it has only ${legsWord(d.legs)}: there is nothing to choose between.`,
          'Remove `support` (one leg is needed anyway), or add the independent line of argument or evidence the justification describes.',
        ),
      );
  },
};

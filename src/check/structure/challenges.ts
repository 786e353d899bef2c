// S13 to S18: what a defeater challenges must exist and make sense.

import type { ArgNode, Case, NodeOf } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { CaseGraph, Challenge } from '../../model/graph.js';
import { Suggester } from '../../util/suggest.js';
import { report } from '../report.js';
import type { CheckMeta, StructureCheck } from '../types.js';

const ev =
  '\nevidence:\n  E1: { title: Control eval, kind: control-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Control team, polarity: supports }\n';
const base =
  'argument:\n  G1: { kind: claim, text: Safe., supported_by: [Sn1] }\n  Sn1: { kind: evidence, text: Control evaluation, evidence: [E1] }\n';

function each(
  c: Case,
  g: CaseGraph,
  meta: CheckMeta,
  test: (ch: Challenge, d: NodeOf<'defeater'>) => [string, string] | undefined,
) {
  const out: Diagnostic[] = [];
  for (const ch of g.challenges) {
    const d = c.nodes.get(ch.defeater) as NodeOf<'defeater'>;
    const r = test(ch, d);
    if (r) out.push(report(meta, { thing: d, path: ['challenges', ch.index] }, r[0], r[1], { target: d.id }));
  }
  return out;
}

function related(c: Case, from: ArgNode, to: string): boolean {
  const lists = from as unknown as Record<string, unknown>;
  for (const f of ['supported_by', 'in_context_of'])
    if (Array.isArray(lists[f]) && (lists[f] as string[]).includes(to)) return true;
  const other = c.nodes.get(to);
  const challenges = (n: ArgNode | undefined, t: string) => n?.kind === 'defeater' && n.challenges.includes(t);
  return challenges(from, to) || challenges(other, from.id);
}

export const defeaterChallengesNothing: StructureCheck = {
  meta: {
    code: 'S13',
    name: 'defeater-challenges-nothing',
    title: 'Defeater that challenges nothing',
    severity: 'error',
    description:
      'A defeater with an empty `challenges` list is a doubt that attaches to nothing, so no claim is weakened by it and no reader sees it where it matters. A defeater that supports another defeater (part of a counter-argument) need not challenge anything itself.',
    examples: {
      failing: `${base}  D1: { kind: defeater, text: The monitor can be evaded., challenges: [], status: open }${ev}`,
      passing: `${base}  D1: { kind: defeater, text: The monitor can be evaded., challenges: [G1], status: open }${ev}`,
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    for (let v = 0; v < graph.nodes.length; v++) {
      const n = graph.nodes[v]!;
      // A defeater that supports another defeater is part of that counter-argument (gsn2x's counter-goals below a counter-goal).
      const inCounterArgument = () => graph.parentsOf(n.id).some((p) => c.nodes.get(p)?.kind === 'defeater');
      if (n.kind === 'defeater' && n.challenges.length === 0 && !inCounterArgument())
        out.push(
          report(
            this.meta,
            { thing: n, path: ['challenges'] },
            `Defeater ${n.id} challenges nothing.`,
            'List the node ids or links ("FROM -> TO") it challenges.',
            { target: n.id },
          ),
        );
    }
    return out;
  },
};

export const defeaterChallengesItself: StructureCheck = {
  meta: {
    code: 'S14',
    name: 'defeater-challenges-itself',
    title: 'Defeater that challenges itself',
    severity: 'error',
    gsn2x: 'C13',
    description: 'A defeater cannot be its own target.',
    examples: {
      failing: `${base}  D1: { kind: defeater, text: The monitor can be evaded., challenges: [D1], status: open }${ev}`,
      passing: `${base}  D1: { kind: defeater, text: The monitor can be evaded., challenges: [G1], status: open }${ev}`,
    },
  },
  run({ case: c, graph }) {
    return each(c, graph, this.meta, (ch, d) =>
      ch.node === d.id
        ? [`Defeater ${d.id} challenges itself.`, 'Name the node or link it casts doubt on.']
        : undefined,
    );
  },
};

export const challengedNodeMissing: StructureCheck = {
  meta: {
    code: 'S15',
    name: 'challenged-node-missing',
    title: 'Defeater challenges a node that does not exist',
    severity: 'error',
    gsn2x: 'C14',
    description: 'The id in `challenges` names no node in any module.',
    examples: {
      failing: `${base}  D1: { kind: defeater, text: The monitor can be evaded., challenges: [G7], status: open }${ev}`,
      passing: `${base}  D1: { kind: defeater, text: The monitor can be evaded., challenges: [G1], status: open }${ev}`,
    },
  },
  run({ case: c, graph }) {
    const ids = new Suggester(() => c.nodes.keys());
    return each(c, graph, this.meta, (ch, d) => {
      if (ch.node === undefined || ch.node === d.id || c.nodes.has(ch.node)) return undefined;
      const s = ids.suggest(ch.node);
      const hint = c.evidence.has(ch.node)
        ? `${ch.node} is an evidence item; challenge the evidence node that cites it.`
        : s
          ? `Did you mean \`${s}\`?`
          : 'Correct the id, or define the node it names.';
      return [`Defeater ${d.id} challenges \`${ch.node}\`, but no node has that id.`, hint];
    });
  },
};

export const challengedLinkEndMissing: StructureCheck = {
  meta: {
    code: 'S16',
    name: 'challenged-link-end-missing',
    title: 'Defeater challenges a link whose end does not exist',
    severity: 'error',
    gsn2x: 'C12',
    description: 'A challenged link "FROM -> TO" names an id that no node defines.',
    examples: {
      failing:
        base +
        '  D1: { kind: defeater, text: The evaluation does not bear on this claim., challenges: ["G1 -> Sn9"], status: open }' +
        ev,
      passing:
        base +
        '  D1: { kind: defeater, text: The evaluation does not bear on this claim., challenges: ["G1 -> Sn1"], status: open }' +
        ev,
    },
  },
  run({ case: c, graph }) {
    const ids = new Suggester(() => c.nodes.keys());
    return each(c, graph, this.meta, (ch, d) => {
      if (!ch.link) return undefined;
      const missing = [ch.link.from, ch.link.to].filter((e) => !c.nodes.has(e));
      if (!missing.length) return undefined;
      const s = ids.suggest(missing[0]!);
      return [
        `Defeater ${d.id} challenges the link "${ch.raw}", but ${missing.join(' and ')} ${missing.length > 1 ? 'do' : 'does'} not exist.`,
        s ? `Did you mean \`${s}\`?` : 'Write the link as "FROM -> TO" with the ids of two linked nodes.',
      ];
    });
  },
};

export const challengedLinkSameEnds: StructureCheck = {
  meta: {
    code: 'S17',
    name: 'challenged-link-same-ends',
    title: 'Defeater challenges a link from a node to itself',
    severity: 'error',
    gsn2x: 'C15',
    description: 'A challenged link "A -> A" cannot exist.',
    examples: {
      failing:
        base +
        '  D1: { kind: defeater, text: The evaluation does not bear on this claim., challenges: ["G1 -> G1"], status: open }' +
        ev,
      passing:
        base +
        '  D1: { kind: defeater, text: The evaluation does not bear on this claim., challenges: ["G1 -> Sn1"], status: open }' +
        ev,
    },
  },
  run({ case: c, graph }) {
    return each(c, graph, this.meta, (ch, d) =>
      ch.link && ch.link.from === ch.link.to
        ? [
            `Defeater ${d.id} challenges the link "${ch.raw}", whose two ends are the same node.`,
            'Name the two different nodes of the link: "FROM -> TO".',
          ]
        : undefined,
    );
  },
};

export const challengedLinkNotFound: StructureCheck = {
  meta: {
    code: 'S18',
    name: 'challenged-link-not-found',
    title: 'Defeater challenges a link that does not exist',
    severity: 'error',
    gsn2x: 'C16',
    description:
      'Both ends of the challenged link exist, but neither supports, frames nor challenges the other, so the doubt is attached to nothing.',
    examples: {
      failing:
        base.replace('supported_by: [Sn1]', 'supported_by: [Sn1], in_context_of: [C1]') +
        '  C1: { kind: context, text: Public API. }\n  D1: { kind: defeater, text: The evaluation does not bear on this claim., challenges: ["Sn1 -> C1"], status: open }' +
        ev,
      passing:
        base +
        '  D1: { kind: defeater, text: The evaluation does not bear on this claim., challenges: ["G1 -> Sn1"], status: open }' +
        ev,
    },
  },
  run({ case: c, graph }) {
    return each(c, graph, this.meta, (ch, d) => {
      if (!ch.link || ch.link.from === ch.link.to) return undefined;
      const from = c.nodes.get(ch.link.from);
      if (!from || !c.nodes.has(ch.link.to)) return undefined;
      if (related(c, from, ch.link.to)) return undefined;
      const reverse = related(c, c.nodes.get(ch.link.to)!, from.id);
      return [
        `Defeater ${d.id} challenges the link "${ch.raw}", but ${ch.link.from} has no link to ${ch.link.to}.`,
        reverse
          ? `The link runs the other way: write "${ch.link.to} -> ${ch.link.from}".`
          : 'Challenge a link that exists (FROM lists TO in `supported_by` or `in_context_of`), or challenge the node itself.',
      ];
    });
  },
};

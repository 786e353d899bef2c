import type { ArgNode } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { NodeKind } from '../../model/vocab.js';
import { withArticle } from '../../util/article.js';
import { type Reporter, report } from '../report.js';
import type { StructureCheck } from '../types.js';

const SUPPORTERS: Record<string, readonly NodeKind[]> = {
  claim: ['claim', 'strategy', 'evidence'],
  strategy: ['claim', 'strategy', 'evidence'],
  // A counter-argument is itself argued: by claims, evidence or further defeaters.
  defeater: ['claim', 'strategy', 'evidence', 'defeater'],
};
const CONTEXTS: readonly NodeKind[] = ['context', 'assumption', 'justification'];

export const invalidLinkKind: StructureCheck = {
  meta: {
    code: 'S04',
    name: 'invalid-link-kind',
    title: 'Link between kinds of node that GSN does not allow',
    severity: 'error',
    gsn2x: 'V04',
    description:
      'GSN allows `supported_by` from claims and strategies to claims, strategies and evidence (and, for a defeater, to its own counter-argument), and `in_context_of` only to context, assumption and justification nodes. Anything else mixes up what supports a claim with what frames it.',
    examples: {
      failing:
        'argument:\n  G1: { kind: claim, text: Safe to launch., supported_by: [J1] }\n  J1: { kind: justification, text: Same scaffold as the evaluated one. }\n',
      passing:
        'argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true, in_context_of: [J1] }\n  J1: { kind: justification, text: Same scaffold as the evaluated one. }\n',
    },
  },
  run({ case: c, graph }) {
    const out: Diagnostic[] = [];
    // The written lists themselves, not graph.refs: one lookup per reference, and no list of them all.
    for (let v = 0; v < graph.nodes.length; v++) {
      const from = graph.nodes[v]!;
      for (let k = 0; k < LINK_FIELDS.length; k++) {
        const field = LINK_FIELDS[k]!;
        const list = (from as Partial<Record<LinkField, string[]>>)[field];
        if (!list) continue;
        for (let index = 0; index < list.length; index++) {
          const to = c.nodes.get(list[index]!);
          if (!to || to === from) continue;
          const finding =
            field === 'supported_by' ? badSupport(this.meta, from, to, index) : badFrame(this.meta, from, to, index);
          if (finding) out.push(finding);
        }
      }
    }
    return out;
  },
};

type LinkField = 'supported_by' | 'in_context_of';
const LINK_FIELDS: readonly LinkField[] = ['supported_by', 'in_context_of'];

function badSupport(meta: Reporter, from: ArgNode, to: ArgNode, index: number): Diagnostic | undefined {
  const allowed = SUPPORTERS[from.kind] ?? [];
  if (allowed.includes(to.kind)) return undefined;
  const hint = CONTEXTS.includes(to.kind)
    ? `Move ${to.id} to \`in_context_of\`: ${withArticle(to.kind)} frames a claim, it does not support it.`
    : `${withArticle(from.kind).replace(/^a/, 'A')} may be supported by: ${allowed.join(', ')}.`;
  return report(
    meta,
    { thing: from, path: ['supported_by', index] },
    `${from.kind} ${from.id} is supported by ${to.kind} ${to.id}, which GSN does not allow.`,
    hint,
    { target: from.id },
  );
}

function badFrame(meta: Reporter, from: ArgNode, to: ArgNode, index: number): Diagnostic | undefined {
  if (CONTEXTS.includes(to.kind)) return undefined;
  const hint = ['claim', 'strategy', 'evidence'].includes(to.kind)
    ? `Move ${to.id} to \`supported_by\` if it supports ${from.id}; \`in_context_of\` takes context, assumption and justification nodes.`
    : '`in_context_of` takes context, assumption and justification nodes.';
  return report(
    meta,
    { thing: from, path: ['in_context_of', index] },
    `${from.id} is in the context of ${to.kind} ${to.id}, which GSN does not allow.`,
    hint,
    { target: from.id },
  );
}

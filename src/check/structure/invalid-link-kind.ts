import type { Diagnostic } from '../../model/diagnostic.js';
import type { NodeKind } from '../../model/vocab.js';
import { report } from '../report.js';
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
    for (const r of graph.refs) {
      if (r.field !== 'supported_by' && r.field !== 'in_context_of') continue;
      const from = c.nodes.get(r.from);
      const to = c.nodes.get(r.to);
      if (!from || !to || r.from === r.to) continue;
      if (r.field === 'supported_by') {
        const allowed = SUPPORTERS[from.kind] ?? [];
        if (!allowed.includes(to.kind)) {
          const hint = CONTEXTS.includes(to.kind)
            ? `Move ${to.id} to \`in_context_of\`: a ${to.kind} frames a claim, it does not support it.`
            : `A ${from.kind} may be supported by: ${allowed.join(', ')}.`;
          out.push(
            report(
              this.meta,
              { thing: from, path: ['supported_by', r.index] },
              `${from.kind} ${from.id} is supported by ${to.kind} ${to.id}, which GSN does not allow.`,
              hint,
              { target: from.id },
            ),
          );
        }
      } else if (!CONTEXTS.includes(to.kind)) {
        const hint = ['claim', 'strategy', 'evidence'].includes(to.kind)
          ? `Move ${to.id} to \`supported_by\` if it supports ${from.id}; \`in_context_of\` takes context, assumption and justification nodes.`
          : '`in_context_of` takes context, assumption and justification nodes.';
        out.push(
          report(
            this.meta,
            { thing: from, path: ['in_context_of', r.index] },
            `${from.id} is in the context of ${to.kind} ${to.id}, which GSN does not allow.`,
            hint,
            { target: from.id },
          ),
        );
      }
    }
    return out;
  },
};

import type { ArgNode } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { placeholderWord } from '../text.js';
import { defineRule, type Finding } from '../types.js';

const claim = `argument:
  G1: { kind: claim, text: The model gives novices no meaningful uplift on the bio capstone task., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Novice uplift study, evidence: [E1] }
`;
const item = (title: string, summary: string) =>
  `evidence:\n  E1: { title: "${title}", kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Human studies team, polarity: supports, result: { metric: capstone completion difference, value: 0.03, sample_size: 240, summary: "${summary}" } }\n`;

/** How a node is named in messages; # is replaced by its id. */
const LABEL: Record<ArgNode['kind'], string> = {
  claim: 'Claim #',
  strategy: 'Strategy #',
  evidence: 'Evidence node #',
  context: 'Context #',
  assumption: 'Assumption #',
  justification: 'Justification #',
  defeater: 'Defeater #',
};

function placeholderIn(n: ArgNode): string | undefined {
  return placeholderWord(n.text);
}

export const placeholderSupport = defineRule({
  meta: {
    id: 'paper-safety/placeholder-support',
    title: 'Placeholder where the argument should be',
    failureMode: 'paper-safety',
    severity: 'warning',
    rationale:
      'A node that says "further analysis required" or "TBD" on the path to the top claim is a hole dressed as support: the tree looks complete, but the step it stands for has not been done. Honest holes are marked `undeveloped: true` so that readers and the decision see them.',
    docs: `Reports placeholder wording on the decision path (the nodes the top claim rests on along \`supported_by\`):

- the \`text\` of a claim, strategy or evidence node on the path, or of a context, assumption or justification that frames one of them;
- the \`title\` or \`result.summary\` of an evidence item cited by an evidence node on the path.

Placeholder wording: "further analysis/work/investigation/study/evaluation/testing required/needed/planned", TBD, TBC, TODO, FIXME, "to be determined/confirmed/completed/done/written/added", "pending analysis/review/evaluation/results", "not yet done/complete/evaluated/analysed/assessed/tested", "will be provided/added/completed/evaluated/assessed/analysed", "awaiting results/analysis/review/evaluation/data/sign-off", "analysis/evaluation/assessment/investigation/testing/study/work (is/still) ongoing/in progress/underway", "results to follow/pending", "placeholder".

Not placeholders: wording that says how the system or process works, in another sense of the same words: a standing rule with a quantified subject ("every checkpoint to be added ...", "each future build will be evaluated ..."), who is given access ("will be provided only to vetted researchers"), a thing named placeholder or todo ("placeholder tokens", "a todo-list tool"), the system's own queue ("requests pending review by the classifier").

Nodes marked \`undeveloped: true\` are skipped: they are honest holes, and \`paper-safety/approved-with-undeveloped-claims\` covers them when the decision approves. Evidence items' \`notes\` are not read (caveats often say what is pending without the result depending on it).

Fix: do the work and replace the placeholder with the result, or mark the node \`undeveloped: true\` and say in the decision what remains to be done.`,
    examples: {
      failing:
        claim +
        item(
          'Novice uplift study UPL-07, further analysis required',
          'Preliminary; to be confirmed by the second grading panel.',
        ),
      passing:
        claim +
        item(
          'Novice uplift study UPL-07 (240 participants)',
          'Treatment arm completed 3 points more capstones than control; upper 95% bound 8 points.',
        ),
    },
    messages: {
      placeholderNode: '{{node}} says "{{word}}": a placeholder stands where the argument should be.',
      placeholderEvidence:
        'Evidence item {{item}}, cited by {{citing}} on the path to the top claim, says "{{word}}" in its {{field}}: the result it stands for is not in yet.',
    },
    hints: {
      placeholderNode:
        'Do the work and state its result here, or mark the node `undeveloped: true` so that the hole is visible and the decision can say what remains to be done.',
      placeholderEvidence:
        'Register the finished result (value, interval, sample size, artefact), or take the item out of the argument and mark the claim it supports `undeveloped: true`.',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    const seenFraming = new Set<string>();
    /** Report a placeholder in the node's text; `framed` is the path node it frames, for a framing node. */
    const flagNode = (n: ArgNode, framed?: string) => {
      const word = placeholderIn(n);
      if (!word) return;
      const label = framed === undefined ? LABEL[n.kind] : `${LABEL[n.kind]} (framing ${framed})`;
      out.push(
        report(this.meta, {
          messageId: 'placeholderNode',
          data: { node: label.replace('#', n.id), word },
          at: { thing: n, path: ['text'] },
          target: n.id,
        }),
      );
    };
    const hole = (n: ArgNode) => (n.kind === 'claim' || n.kind === 'strategy') && n.undeveloped === true;
    for (const n of facts.nodesOnDecisionPath()) if (!hole(n)) flagNode(n);
    // Each frame once, named with the first node on the path stated in it.
    for (const { node, frame } of facts.framesOnDecisionPath()) {
      if (hole(node) || seenFraming.has(frame.id)) continue;
      seenFraming.add(frame.id);
      flagNode(frame, node.id);
    }
    for (const { item: e, citing: citers } of facts.pathItems()) {
      const id = e.id;
      const inTitle = placeholderWord(e.title);
      const inSummary = inTitle ? undefined : placeholderWord(e.result?.summary);
      const word = inTitle ?? inSummary;
      if (!word) continue;
      out.push(
        report(this.meta, {
          messageId: 'placeholderEvidence',
          data: { item: id, citing: listSome(citers), word, field: inTitle ? 'title' : 'result summary' },
          at: { thing: e, path: inTitle ? ['title'] : ['result', 'summary'] },
          target: id,
        }),
      );
    }
    return out;
  },
});

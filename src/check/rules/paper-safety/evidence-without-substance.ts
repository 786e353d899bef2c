import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const arg = `argument:
  G1: { kind: claim, text: The output classifier blocks at least 90% of synthesis-route requests., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Classifier evaluation, evidence: [E1] }
`;
const item = (extra: string) =>
  `evidence:\n  E1: { title: BioGuard classifier evaluation, kind: monitoring-performance, source_type: internal-test, date: 2026-10-01, produced_by: Safeguards team, polarity: supports${extra} }\n`;

export const evidenceWithoutSubstance = defineRule({
  meta: {
    id: 'paper-safety/evidence-without-substance',
    title: 'Evidence with no result and no artefact',
    failureMode: 'paper-safety',
    severity: 'warning',
    rationale:
      'An evidence item with neither a result nor an artefact is a title: a reviewer has no number to check and nothing to open. The argument cites it as support, but all it shows is that someone says the work was done.',
    docs: `Reports an evidence item cited by an evidence node on the decision path (what the top claim rests on along \`supported_by\`) that has no \`result\` and no \`artefact\`.

Fix: record the result (\`metric\`, \`value\`, \`interval\`, \`sample_size\`) and point \`artefact.uri\` at the log or report, with its \`sha256\`; or, if the work has not been done, remove the item and mark the claim \`undeveloped: true\`.`,
    examples: {
      failing: arg + item(''),
      passing:
        arg +
        item(
          ', artefact: { uri: s3://evals/bioguard/2026-10-01.eval }, result: { metric: recall on held-out synthesis requests, value: 0.94, interval: [0.91, 0.96], sample_size: 600 }',
        ),
    },
    messages: {
      nothingToInspect:
        'Evidence item {{item}} ("{{title}}"), cited by {{citing}} on the path to the top claim, has no result and no artefact: there is nothing a reviewer could inspect.',
    },
    hints: {
      nothingToInspect:
        'Record the result (metric, value, interval, sample size) and the artefact (uri and sha256) of {{item}}, or remove it and mark the claim it supports `undeveloped: true`.',
    },
  },
  run({ facts }) {
    const out: Finding[] = [];
    for (const { item: e, citing: citers } of facts.pathItems()) {
      const id = e.id;
      if (e.result !== undefined || e.artefact !== undefined) continue;
      out.push(
        report(this.meta, {
          messageId: 'nothingToInspect',
          data: { item: id, title: e.title, citing: listSome(citers) },
          at: { thing: e },
          target: id,
        }),
      );
    }
    return out;
  },
});

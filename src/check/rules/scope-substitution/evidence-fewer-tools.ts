import type { ArgNode, NodeOf } from '../../../model/case.js';
import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { firstMatchWhere, wordPattern } from '../text.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { framingJustifications, isSystemEvidence, pathItems, unsoundBridge, unsoundBridgeNote } from './scope.js';
import { isDenial, textNamesTool, toolName, toolsMatch } from './tools.js';

/** Words that argue a tool gap away, as opposed to mentioning the tool in passing. */
const ARGUES_AWAY = wordPattern([
  /adds? (?:no|little|nothing)/,
  /does not (?:add|increase|extend|change)/,
  /no (?:additional|extra|further|new) (?:capabilit\w*|reach|uplift|affordances?)/,
  /carr(?:y|ies) over/,
  'equivalent',
  /subsum\w*/,
  'covered by',
  'stronger',
  'superset',
  'parity',
  /not (?:needed|relevant)/,
  'irrelevant',
  /transfer\w*/,
  /same (?:capabilit\w*|affordances?)/,
]);

/**
 * A denial right before an arguing word: "has no equivalent", "is not covered
 * by", "does not transfer" admit the gap instead of arguing it away.
 */
const DENIED_BEFORE =
  /\b(?:no|not|never|without|nor|cannot|isn't|aren't|doesn't|don't|lacks?)\s+(?:(?:an?|the|any|be|fully|really)\s+)?$/i;

/** True if `text` argues a tool gap away: an ARGUES_AWAY word not denied. */
function arguesAway(text: string): boolean {
  return firstMatchWhere(ARGUES_AWAY, text, ({ before }) => !DENIED_BEFORE.test(before), 30) !== undefined;
}

/** Evidence kinds whose result depends on the tools the model had. */
const TOOL_SENSITIVE = new Set(['capability-evaluation', 'red-team', 'control-evaluation']);

const ex = (justification: string) => `context:
  model: { id: m7, build: m7-2026-10-02-rc4 }
  deployment_channel: Public API
  user_population: { description: Verified developer organisations }
  tools:
    - "code execution: sandboxed Python, no network egress"
    - "web browsing: GET only, public addresses"
argument:
  G1:
    kind: claim
    text: The model completes no end-to-end intrusion in the cyber range.${justification ? '\n    in_context_of: [J1]' : ''}
    supported_by: [Sn1]
  Sn1: { kind: evidence, text: Cyber range runs, evidence: [E1] }
${justification}evidence:
  E1:
    title: Cyber range, six scenarios
    kind: capability-evaluation
    source_type: internal-test
    measured: { model: m7, build: m7-2026-10-02-rc4, tools: [bash, python], elicitation: 30 attempts per scenario }
    date: 2026-10-05
    produced_by: Frontier evals team
    polarity: supports
    result: { metric: scenarios completed, value: 0, sample_size: 180, interval: [0, 0.017], threshold: { max: 0 } }
`;

/**
 * A claim below the top claim, stated in the context of the deployed tool list
 * (a context node with ref: context.tools) and resting on evidence: the case
 * argues tool parity itself, which answers the gap for every evaluation.
 */
function toolParityClaim(ctx: RuleContext): string | undefined {
  const { facts } = ctx;
  const top = facts.top()?.id;
  const isToolList = (ref: ArgNode) =>
    ref.kind === 'context' && (ref.ref === 'context.tools' || ref.ref?.startsWith('context.tools.') === true);
  for (const n of facts.nodesOf('claim')) {
    if (n.id === top || !facts.onDecisionPath(n.id)) continue;
    if (facts.framesOf(n.id).some(isToolList) && facts.restsOnEvidence(n.id)) return n.id;
  }
  return undefined;
}

/** What a justification argues about tools: its text when it argues a gap away, and its bridges. */
function arguedText(j: NodeOf<'justification'>): string {
  return [arguesAway(j.text) ? j.text : '', ...(j.bridges ?? []).flatMap((b) => [b.from, b.to])].join(' ');
}

export const evidenceFewerTools = defineRule({
  meta: {
    id: 'scope-substitution/evidence-fewer-tools',
    title: 'Evaluation had fewer tools than the deployment',
    failureMode: 'scope-substitution',
    severity: 'warning',
    rationale:
      'A model evaluated without web browsing tells you little about a deployment that gives it web browsing. Each tool the deployment adds is capability the evaluation did not see.',
    docs: `Reports evidence cited on the decision path, of kinds \`capability-evaluation\`, \`red-team\` and \`control-evaluation\`, measuring the model or agent (not a monitor or classifier component, nor an item whose \`subject\` is a process or a component), that lists \`measured.tools\` (an empty list counts) while a tool the deployment lists is missing from it. The deployment's tools are \`context.tools\`, or \`decision.scope.tools\` when the context lists none; entries that deny a tool ("No lab-automation integrations") are skipped.

Tools are matched loosely, because deployments describe tools in prose and evaluations name them: a deployment tool is covered if an evaluation tool shares one of the first three words of its name (the text before a colon or parenthesis, ignoring filler words such as *tool*, *access*, *read*), a stem of five letters or more ("creation", "create"), one word being a prefix of the other ("repo", "repository"), or a family of interchangeable tools (code execution, shell, bash, python, sandbox; web, browse, fetch; file, documents, retrieval).

The case as a whole is not reported when it argues tool parity itself: a claim on the decision path, below the top claim, stated in the context of a context node with \`ref: context.tools\` and resting on evidence ("every deployed tool was available in the evaluations, with stronger affordances").

A missing tool is bridged, and not reported, when a justification framing the citing evidence node or anything above it names the tool (all of the first words of its name) in a \`bridges\` entry, or in a text that argues the gap away (*adds no / little*, *does not add*, *no additional capability*, *carries over*, *equivalent*, *subsumed*, *covered by*, *stronger*, *superset*, *parity*, *not needed*, *irrelevant*, *transfers*, *same capability*): for example "Function calling runs client-side and adds no capability beyond the evaluated tools". A justification that merely mentions the tool does not bridge it, nor one that denies the word ("has no equivalent", "is not covered by"). A justification that an open defeater challenges does not bridge, nor does one with \`bridges\` that rests on no registered evidence (its \`evidence:\`); the message then names it and says why it does not count.

Fix: re-run the evaluation with every deployed tool available, or add a justification that argues why the missing tools do not matter.`,
    examples: {
      failing: ex(''),
      passing: ex(`  J1:
    kind: justification
    text: Web browsing adds no intrusion capability beyond the range's own network access (tool ablation, report CR-7).
`),
    },
    messages: {
      fewerTools:
        'Evidence {{item}} was measured with tools [{{measured}}], without {{tools}} {{names}}; it is cited on the decision path by {{citing}}.{{unsound}}',
    },
    hints: {
      fewerTools:
        'Re-run the evaluation with every deployed tool available, or add a justification framing the claim that names the missing tools and argues why they add no capability.',
    },
  },
  run(ctx) {
    const c = ctx.case;
    const deployed = (
      c.context?.value.tools?.length ? c.context.value.tools : (c.decision?.value.scope?.tools ?? [])
    ).filter((t) => !isDenial(t));
    if (deployed.length === 0 || toolParityClaim(ctx)) return [];
    const out: Finding[] = [];
    for (const { item, citing } of pathItems(ctx)) {
      const measured = item.measured?.tools;
      if (!measured || !TOOL_SENSITIVE.has(item.kind) || !isSystemEvidence(item)) continue;
      let missing = deployed.filter((d) => !measured.some((m) => toolsMatch(m, d)));
      if (missing.length === 0) continue;
      const sound = framingJustifications(ctx, citing).filter((j) => !unsoundBridge(ctx, j));
      const texts = sound.map(arguedText);
      missing = missing.filter((d) => !texts.some((t) => textNamesTool(t, d)));
      if (missing.length === 0) continue;
      const namesMissing = (j: NodeOf<'justification'>) => missing.some((d) => textNamesTool(arguedText(j), d));
      const names = listSome(missing.map((d) => `"${toolName(d)}"`));
      out.push(
        report(this.meta, {
          messageId: 'fewerTools',
          data: {
            item: item.id,
            measured: listSome(measured),
            tools: missing.length === 1 ? 'the deployed tool' : `${missing.length} deployed tools`,
            names,
            citing: listSome(citing),
            unsound: unsoundBridgeNote(ctx, citing, 'tool set', namesMissing),
          },
          at: { thing: item, path: ['measured', 'tools'] },
          target: item.id,
        }),
      );
    }
    return out;
  },
});

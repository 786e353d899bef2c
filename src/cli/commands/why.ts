// `warrant why <case> <id>`: the chain from a node (or evidence item) up to the
// top claim, and everything it rests on below (src/analysis/why.ts).

import { jsonText, whyJson } from '../../analysis/json.js';
import { caseStatus } from '../../analysis/status.js';
import { type WhyReport, type WhyTree, why } from '../../analysis/why.js';
import type { Case } from '../../model/case.js';
import { closest } from '../../util/did-you-mean.js';
import { type Command, type Io, UsageError } from '../io.js';
import {
  COMMON_OPTIONS,
  emit,
  label,
  legLines,
  loadForAnalysis,
  parseAnalysisArgs,
  phrase,
  short,
} from './analysis-cli.js';

const usage = `Usage: warrant why <case> <id> [options]

Explain the status of one node or evidence item: the chain from it up to the
top claim (with each step's status), then everything it rests on below: the
support tree with statuses and reasons, the evidence items, the assumptions,
justifications and contexts, and the open and accepted defeaters that bear on
any of it.

Options:
${COMMON_OPTIONS}

Exit codes: 0 explained, 2 unusable input, unknown id or usage.`;

export const whyCommand: Command = {
  name: 'why',
  usage,
  run(argv: string[], io: Io): number {
    const args = parseAnalysisArgs(argv, io);
    if (args.positionals.length !== 2) throw new UsageError('give a case path and one node or evidence item id.');
    const [path, id] = args.positionals as [string, string];
    const loaded = loadForAnalysis(path, io, 'why', args);
    if (!loaded) return 2;
    const { c, g } = loaded;
    const s = caseStatus(c, g, { asOf: args.asOf });
    const r = why(c, g, s, id);
    if (!r) {
      const hint = closest(id, [...c.nodes.keys(), ...c.evidence.keys()]);
      io.stderr(
        `warrant why: ${loaded.label} has no node or evidence item "${id}".${hint ? ` Did you mean \`${hint}\`?` : ''}\n`,
      );
      return 2;
    }
    emit(io, args, args.format === 'json' ? jsonText(whyJson(c, r)) : formatWhy(c, r, { color: args.color }));
    return 0;
  },
};

export function formatWhy(c: Case, r: WhyReport, opts: { color: boolean }): string {
  const out: string[] = [];
  const t = r.target;
  const what =
    t.kind === 'item' ? `Evidence item ${t.id}` : `${t.kind.charAt(0).toUpperCase()}${t.kind.slice(1)} ${t.id}`;
  if (t.status) out.push(`${what} is ${phrase(t.status, opts.color)} as of ${r.asOf}.`);
  else if (t.kind === 'defeater')
    out.push(
      `${what} is a defeater (${(c.nodes.get(t.id) as { status?: string }).status}); as of ${r.asOf}. Support statuses are for claims, strategies and evidence.`,
    );
  else
    out.push(
      `${what} frames ${r.frames.find((f) => f.id === t.id)?.frames.join(', ') || 'nothing'}; as of ${r.asOf}. Its own failure is what \`warrant whatif --defeat ${t.id}\` shows.`,
    );
  const text = t.kind === 'item' ? c.evidence.get(t.id)?.title : c.nodes.get(t.id)?.text;
  if (text) out.push(`  "${short(text, 100)}"`);
  if (t.kind === 'defeater')
    out.push(
      `  It challenges ${((c.nodes.get(t.id) as { challenges?: string[] }).challenges ?? []).join(', ')}; \`warrant why\` on those shows what it does to them.`,
    );
  for (const reason of t.reasons) out.push(`  - ${reason.message}`);
  for (const reason of t.resolved ?? []) out.push(`  - (no effect) ${reason.message}`);
  if (r.failedLegs.length) out.push('', 'Failed legs, from it down to where each fails:', ...legLines(r.failedLegs));

  out.push('', 'Up to the top claim:');
  if (!r.top) out.push('  The case has no top claim.');
  else if (!r.reachesTop)
    out.push(`  ${t.id} is not below the top claim ${r.top}: nothing on the decision path rests on it.`);
  else {
    r.up.forEach((step, i) => {
      out.push(
        `  ${'  '.repeat(i)}${i ? '^-- ' : ''}${step.id} (${step.kind}${step.status ? `, ${label(step.status, opts.color)}` : ''})`,
      );
    });
    for (const o of r.otherParents) out.push(`  ${o.of} also supports: ${o.parents.join(', ')}`);
  }

  if (r.below) {
    out.push('', 'What it rests on:');
    out.push(...treeLines(c, r.below, opts));
  }
  if (r.items.length) {
    out.push('', 'Evidence items:');
    for (const e of r.items) {
      const head = e.registered
        ? `${e.id} [${label(e.status, opts.color)}] ${short(e.title ?? '', 60)} (${e.date}, ${e.polarity})`
        : `${e.id} [${label(e.status, opts.color)}] not in the registry`;
      out.push(`  ${head}; cited by ${e.citedBy.join(', ') || 'no node'}`);
      for (const reason of e.reasons) out.push(`    - ${reason.message}`);
    }
  }
  if (r.frames.length) {
    out.push('', 'Assumptions, justifications and contexts:');
    for (const f of r.frames)
      out.push(`  ${f.id} (${f.kind}) ${short(f.text, 70)}; frames ${f.frames.join(', ') || 'nothing'}`);
  }
  out.push('', 'Open and accepted defeaters:');
  if (!r.defeaters.length) out.push('  none');
  for (const d of r.defeaters)
    out.push(`  ${d.id} (${d.status}) against ${d.challenges.join(', ')}: ${short(d.text, 70)}`);
  if (r.resolvedDefeaters)
    out.push(
      `  (${r.resolvedDefeaters} mitigated or refuted defeater${r.resolvedDefeaters === 1 ? '' : 's'} ${r.resolvedDefeaters === 1 ? 'bears' : 'bear'} on it too; they change no status)`,
    );
  return `${out.join('\n')}\n`;
}

function treeLines(c: Case, root: WhyTree, opts: { color: boolean }): string[] {
  const lines: string[] = [];
  const stack: { t: WhyTree; prefix: string; last: boolean; root: boolean }[] = [
    { t: root, prefix: '  ', last: true, root: true },
  ];
  while (stack.length) {
    const { t, prefix, last, root: isRoot } = stack.pop()!;
    const lead = isRoot ? prefix : `${prefix}${last ? '`-- ' : '|-- '}`;
    const extra = [
      t.items?.length ? `items ${t.items.join(', ')}` : '',
      t.frames?.length ? `in context of ${t.frames.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    if (t.repeat) {
      lines.push(`${lead}${t.id} [${label(t.status, opts.color)}] (shown above)`);
      continue;
    }
    lines.push(
      `${lead}${t.id} [${label(t.status, opts.color)}] ${short(c.nodes.get(t.id)!.text, 60)}${extra ? ` (${extra})` : ''}`,
    );
    const inner = isRoot ? prefix : `${prefix}${last ? '    ' : '|   '}`;
    for (const reason of t.reasons) lines.push(`${inner}${t.children.length ? '|' : ' '}   - ${reason.message}`);
    for (let i = t.children.length - 1; i >= 0; i--)
      stack.push({ t: t.children[i]!, prefix: inner, last: i === t.children.length - 1, root: false });
  }
  return lines;
}

// `warrant why <case> <id>`: the chain from a node (or evidence item) up to the
// top claim, and everything it rests on below (src/analysis/why.ts).

import { jsonText, whyJson } from '../../analysis/json.js';
import { caseStatus } from '../../analysis/status.js';
import { type WhyReport, type WhyTree, why } from '../../analysis/why.js';
import type { Case } from '../../model/case.js';
import { type TermText, term, termJoin, termLines } from '../../output/terminal.js';
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
      const mean = hint ? term` Did you mean \`${hint}\`?` : '';
      io.stderr(`${term`warrant why: ${loaded.label} has no node or evidence item "${id}".${mean}`}\n`);
      return 2;
    }
    emit(io, args, args.format === 'json' ? jsonText(whyJson(c, r)) : formatWhy(c, r, { color: args.color }));
    return 0;
  },
};

export function formatWhy(c: Case, r: WhyReport, opts: { color: boolean }): string {
  const out: TermText[] = [...targetLines(c, r, opts), term``, term`Up to the top claim:`, ...upLines(r, opts)];
  if (r.below) out.push(term``, term`What it rests on:`, ...treeLines(c, r.below, opts));
  if (r.items.length) {
    out.push(term``, term`Evidence items:`);
    for (const e of r.items) {
      const head = e.registered
        ? term`${e.id} [${label(e.status, opts.color)}] ${short(e.title ?? '', 60)} (${e.date ?? ''}, ${e.polarity ?? ''})`
        : term`${e.id} [${label(e.status, opts.color)}] not in the registry`;
      out.push(term`  ${head}; cited by ${e.citedBy.length ? termJoin(e.citedBy) : 'no node'}`);
      for (const reason of e.reasons) out.push(term`    - ${reason.message}`);
    }
  }
  if (r.frames.length) {
    out.push(term``, term`Assumptions, justifications and contexts:`);
    for (const f of r.frames)
      out.push(
        term`  ${f.id} (${f.kind}) ${short(f.text, 70)}; frames ${f.frames.length ? termJoin(f.frames) : 'nothing'}`,
      );
  }
  out.push(term``, term`Open and accepted defeaters:`);
  if (!r.defeaters.length) out.push(term`  none`);
  for (const d of r.defeaters)
    out.push(term`  ${d.id} (${d.status}) against ${termJoin(d.challenges)}: ${short(d.text, 70)}`);
  const n = r.resolvedDefeaters;
  if (n)
    out.push(
      term`  (${n} mitigated or refuted defeater${n === 1 ? '' : 's'} ${n === 1 ? 'bears' : 'bear'} on it too; they change no status)`,
    );
  return termLines(out);
}

/** What the target is, its status and text, and the reasons for its status. */
function targetLines(c: Case, r: WhyReport, opts: { color: boolean }): TermText[] {
  const out: TermText[] = [];
  const t = r.target;
  const what =
    t.kind === 'item' ? term`Evidence item ${t.id}` : term`${t.kind.charAt(0).toUpperCase()}${t.kind.slice(1)} ${t.id}`;
  const challenges = (c.nodes.get(t.id) as { challenges?: string[] } | undefined)?.challenges ?? [];
  if (t.status) out.push(term`${what} is ${phrase(t.status, opts.color)} as of ${r.asOf}.`);
  else if (t.kind === 'defeater')
    out.push(
      term`${what} is a defeater (${String((c.nodes.get(t.id) as { status?: string }).status)}); as of ${r.asOf}. Support statuses are for claims, strategies and evidence.`,
    );
  else {
    const frames = r.frames.find((f) => f.id === t.id)?.frames ?? [];
    out.push(
      term`${what} frames ${frames.length ? termJoin(frames) : 'nothing'}; as of ${r.asOf}. Its own failure is what \`warrant whatif --defeat ${t.id}\` shows.`,
    );
  }
  const text = t.kind === 'item' ? c.evidence.get(t.id)?.title : c.nodes.get(t.id)?.text;
  if (text) out.push(term`  "${short(text, 100)}"`);
  if (t.kind === 'defeater')
    out.push(term`  It challenges ${termJoin(challenges)}; \`warrant why\` on those shows what it does to them.`);
  for (const reason of t.reasons) out.push(term`  - ${reason.message}`);
  for (const reason of t.resolved ?? []) out.push(term`  - (no effect) ${reason.message}`);
  if (r.failedLegs.length)
    out.push(term``, term`Failed legs, from it down to where each fails:`, ...legLines(r.failedLegs));
  return out;
}

/** The chain from the target up to the top claim, and the other parents on the way. */
function upLines(r: WhyReport, opts: { color: boolean }): TermText[] {
  const t = r.target;
  if (!r.top) return [term`  The case has no top claim.`];
  if (!r.reachesTop)
    return [term`  ${t.id} is not below the top claim ${r.top}: nothing on the decision path rests on it.`];
  const out = r.up.map((step, i) => {
    const status = step.status ? term`, ${label(step.status, opts.color)}` : '';
    return term`  ${'  '.repeat(i)}${i ? '^-- ' : ''}${step.id} (${step.kind}${status})`;
  });
  for (const o of r.otherParents) out.push(term`  ${o.of} also supports: ${termJoin(o.parents)}`);
  return out;
}

function treeLines(c: Case, root: WhyTree, opts: { color: boolean }): TermText[] {
  const lines: TermText[] = [];
  const stack: { t: WhyTree; prefix: string; last: boolean; root: boolean }[] = [
    { t: root, prefix: '  ', last: true, root: true },
  ];
  while (stack.length) {
    const { t, prefix, last, root: isRoot } = stack.pop()!;
    const lead = isRoot ? prefix : `${prefix}${last ? '`-- ' : '|-- '}`;
    const extra = [
      t.items?.length ? term`items ${termJoin(t.items)}` : undefined,
      t.frames?.length ? term`in context of ${termJoin(t.frames)}` : undefined,
    ].filter((x) => x !== undefined);
    if (t.repeat) {
      lines.push(term`${lead}${t.id} [${label(t.status, opts.color)}] (shown above)`);
      continue;
    }
    const more = extra.length ? term` (${termJoin(extra, '; ')})` : '';
    lines.push(term`${lead}${t.id} [${label(t.status, opts.color)}] ${short(c.nodes.get(t.id)!.text, 60)}${more}`);
    const inner = isRoot ? prefix : `${prefix}${last ? '    ' : '|   '}`;
    for (const reason of t.reasons) lines.push(term`${inner}${t.children.length ? '|' : ' '}   - ${reason.message}`);
    for (let i = t.children.length - 1; i >= 0; i--)
      stack.push({ t: t.children[i]!, prefix: inner, last: i === t.children.length - 1, root: false });
  }
  return lines;
}

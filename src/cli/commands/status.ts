// `warrant status [case]`: the support status of every claim, strategy and
// evidence node, propagated up to the top claim (src/analysis/status.ts).

import { failedLegs } from '../../analysis/failed-legs.js';
import { jsonText, statusJson } from '../../analysis/json.js';
import { caseStatus } from '../../analysis/status.js';
import {
  type CaseStatus,
  STATUS_LABELS,
  SUPPORT_STATUSES,
  type SupportStatus,
  statusRank,
} from '../../analysis/status-types.js';
import { supportChildren } from '../../analysis/support.js';
import type { Case } from '../../model/case.js';
import type { CaseGraph } from '../../model/graph.js';
import { type TermText, term, termJoin, termLines, termTable } from '../../output/terminal.js';
import { type Command, type Io, UsageError } from '../io.js';
import {
  COMMON_OPTIONS,
  emit,
  label,
  legLines,
  loadForAnalysis,
  onePath,
  parseAnalysisArgs,
  phrase,
  short,
} from './analysis-cli.js';

const usage = `Usage: warrant status [case] [options]

Print the support status of every claim, strategy and evidence node of a case
(a directory holding warrant.yaml, or a root file; default: the current
directory), propagated up to the top claim. Established: supported, degraded,
stale, contested, challenged; not established: unsupported (a leg it needs
failed), undeveloped, defeated. A summary table, the top claim's failed legs
from the top down, then the argument as a tree with each node's status and
its first reason. docs/analysis.md states the rules.

Options:
${COMMON_OPTIONS}
  --depth <n>                Show the tree to this depth only (0: summary only)
  --fail-on <status>         Exit 1 if the top claim's status is this or worse
                             (degraded, stale, contested, challenged, unsupported,
                             undeveloped, defeated; unsupported: not established)

Exit codes: 0 the analysis ran (and the top claim is better than --fail-on),
1 the top claim is at or below --fail-on, 2 unusable input or usage.`;

export const statusCommand: Command = {
  name: 'status',
  usage,
  run(argv: string[], io: Io): number {
    const args = parseAnalysisArgs(argv, io, { depth: { type: 'string' }, 'fail-on': { type: 'string' } });
    const depthArg = args.values.depth as string | undefined;
    const depth = depthArg === undefined ? Infinity : Number(depthArg);
    if (!Number.isSafeInteger(depth) && depth !== Infinity)
      throw new UsageError(`--depth must be a whole number; got "${depthArg}".`);
    if (depth < 0) throw new UsageError(`--depth must not be negative; got "${depthArg}".`);
    const failOn = args.values['fail-on'] as string | undefined;
    if (failOn !== undefined && (!(SUPPORT_STATUSES as readonly string[]).includes(failOn) || failOn === 'supported'))
      throw new UsageError(`--fail-on must be one of ${SUPPORT_STATUSES.slice(1).join(', ')}; got "${failOn}".`);
    const loaded = loadForAnalysis(onePath(args.positionals), io, 'status', args);
    if (!loaded) return 2;
    const { c, g } = loaded;
    const s = caseStatus(c, g, { asOf: args.asOf });
    emit(
      io,
      args,
      args.format === 'json'
        ? jsonText(statusJson(c, s))
        : formatStatus(c, g, s, loaded.label, { color: args.color, depth }),
    );
    const top = s.top ? s.nodes.get(s.top)!.status : undefined;
    return failOn !== undefined && top !== undefined && statusRank(top) >= statusRank(failOn as SupportStatus) ? 1 : 0;
  },
};

export function formatStatus(
  c: Case,
  g: CaseGraph,
  s: CaseStatus,
  path: string,
  opts: { color: boolean; depth: number },
): string {
  const kids = supportChildren(c, g);
  const out: TermText[] = [];
  const top = s.top ? s.nodes.get(s.top)! : undefined;
  out.push(term`${path}: case ${c.header.value.id} as of ${s.asOf}`);
  out.push(
    top
      ? term`Top claim ${s.top!} is ${phrase(top.status, opts.color)}.`
      : term`The case has no top claim (no claim that nothing else refers to).`,
  );
  const legs = s.top ? failedLegs(s, s.top) : [];
  if (legs.length)
    out.push(term`It fails on ${legs.length === 1 ? 'this leg' : `these ${legs.length} legs`}:`, ...legLines(legs));
  out.push(term``);
  const total = s.nodes.size;
  out.push(
    ...termTable([
      ['status', 'nodes', 'share'],
      ...SUPPORT_STATUSES.map((st) => [
        STATUS_LABELS[st],
        s.counts[st],
        total ? `${Math.round((100 * s.counts[st]) / total)}%` : '-',
      ]),
      ['total', total, ''],
    ]),
  );
  if (s.top && opts.depth > 0) {
    out.push(term``);
    out.push(...tree(c, kids, s, s.top, opts));
  }
  const reach = below(kids, s.top);
  const orphans = [...s.nodes.keys()].filter((id) => !reach.has(id));
  if (s.top && orphans.length) {
    const more = orphans.length > 20 ? term`, and ${orphans.length - 20} more` : '';
    out.push(term``);
    out.push(term`Not below the top claim (${orphans.length}): ${termJoin(orphans.slice(0, 20))}${more}.`);
  }
  return termLines(out);
}

/** Nodes reachable from the top claim along supported_by (and module developments). */
function below(kids: Map<string, string[]>, top: string | undefined): Set<string> {
  const seen = new Set<string>();
  const stack = top ? [top] : [];
  while (stack.length) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    for (const k of kids.get(v) ?? []) stack.push(k);
  }
  return seen;
}

/** The argument as an ASCII tree from the top claim; a node seen before is shown once, then referred to. */
function tree(
  c: Case,
  kids: Map<string, string[]>,
  s: CaseStatus,
  top: string,
  opts: { color: boolean; depth: number },
): TermText[] {
  const lines: TermText[] = [];
  const shown = new Set<string>();
  // Iterative, so a deep argument cannot overflow the stack.
  const stack: { id: string; prefix: string; last: boolean; depth: number; root: boolean }[] = [
    { id: top, prefix: '', last: true, depth: 1, root: true },
  ];
  while (stack.length) {
    const { id, prefix, last, depth, root } = stack.pop()!;
    const n = c.nodes.get(id)!;
    const st = s.nodes.get(id)!;
    const lead = root ? '' : `${prefix}${last ? '`-- ' : '|-- '}`;
    const first = st.reasons[0];
    const more = st.reasons.length > 1 ? term` (+${st.reasons.length - 1} more)` : '';
    const why = first ? term`: ${first.message}${more}` : '';
    if (shown.has(id)) {
      lines.push(term`${lead}${id} [${label(st.status, opts.color)}] (shown above)`);
      continue;
    }
    shown.add(id);
    lines.push(term`${lead}${id} [${label(st.status, opts.color)}] ${short(n.text, 60)}${why}`);
    const list = n.kind === 'evidence' ? [] : (kids.get(id) ?? []);
    if (depth >= opts.depth) {
      if (list.length)
        lines.push(
          term`${prefix}${root ? '' : last ? '    ' : '|   '}\`-- ... (${list.length} below, --depth ${opts.depth})`,
        );
      continue;
    }
    const childPrefix = root ? '' : `${prefix}${last ? '    ' : '|   '}`;
    for (let i = list.length - 1; i >= 0; i--)
      stack.push({ id: list[i]!, prefix: childPrefix, last: i === list.length - 1, depth: depth + 1, root: false });
  }
  return lines;
}

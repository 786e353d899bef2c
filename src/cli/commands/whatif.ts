// `warrant whatif <case> --defeat ID[,ID...]`: the support status with nodes or
// evidence items assumed defeated, against the status as written
// (src/analysis/whatif.ts).
import { failedLegs } from '../../analysis/failed-legs.js';
import { jsonText, whatIfJson } from '../../analysis/json.js';
import { STATUS_LABELS } from '../../analysis/status-types.js';
import { checkTargets, topFails, type WhatIfResult, whatIf } from '../../analysis/whatif.js';
import type { Case } from '../../model/case.js';
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

const usage = `Usage: warrant whatif [case] --defeat <id>[,<id>...] [options]

Assume nodes or evidence items are defeated and show what changes: every
claim, strategy and evidence node whose status changes (before -> after), the
top claim's new status and, when it is not established, its failed legs from
the top down. A defeated claim, strategy or evidence node is defeated itself;
a defeated assumption, justification or context defeats the nodes stated in
it; a defeated evidence item leaves the evidence nodes citing it unsupported.
A node needs all of its support unless it declares alternatives
(\`support: { at_least }\`), so one failed leg fails it and what rests on it.

Options:
  --defeat <ids>             Comma-separated node or evidence item ids (repeatable)
${COMMON_OPTIONS}

Exit codes: 0 the top claim is established under the what-if, 1 it is not
(unsupported, undeveloped or defeated), 2 unusable input, unknown id or usage.
So \`warrant whatif --defeat E7\` in CI asserts that the argument survives
losing E7.`;

export const whatifCommand: Command = {
  name: 'whatif',
  usage,
  run(argv: string[], io: Io): number {
    const args = parseAnalysisArgs(argv, io, { defeat: { type: 'string', multiple: true } });
    const raw = (args.values.defeat as string[] | undefined) ?? [];
    const ids = [
      ...new Set(
        raw
          .flatMap((r) => r.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (!ids.length) throw new UsageError('give the ids to defeat: --defeat E7,A2.');
    const loaded = loadForAnalysis(onePath(args.positionals), io, 'whatif', args);
    if (!loaded) return 2;
    const { c, g } = loaded;
    const problems = checkTargets(c, ids);
    if (problems.length) {
      for (const p of problems) {
        const mean = p.suggestion ? term` Did you mean \`${p.suggestion}\`?` : '';
        io.stderr(`${term`warrant whatif: ${p.message}${mean}`}\n`);
      }
      return 2;
    }
    const r = whatIf(c, g, { asOf: args.asOf, defeat: ids });
    emit(
      io,
      args,
      args.format === 'json' ? jsonText(whatIfJson(c, r)) : formatWhatIf(c, r, loaded.label, { color: args.color }),
    );
    return topFails(r) ? 1 : 0;
  },
};

export function formatWhatIf(c: Case, r: WhatIfResult, path: string, opts: { color: boolean }): string {
  const out: TermText[] = [];
  out.push(term`${path}: case ${c.header.value.id} as of ${r.asOf}, assuming defeated: ${termJoin(r.defeat)}`);
  if (!r.top) out.push(term`The case has no top claim.`);
  else if (r.topBefore === r.topAfter) out.push(term`Top claim ${r.top} stays ${phrase(r.topAfter!, opts.color)}.`);
  else out.push(term`Top claim ${r.top}: ${label(r.topBefore!, opts.color)} -> ${phrase(r.topAfter!, opts.color)}.`);
  const failed = r.changes.filter((ch) => ch.fails).length;
  const were = failed === 1 ? 'was established and is' : 'were established and are';
  const n = r.changes.length;
  out.push(term``, term`${n} node${n === 1 ? '' : 's'} change status; ${failed} ${were} not.`);
  if (r.changes.length) {
    out.push(term``);
    out.push(
      ...termTable([
        ['  id', 'kind', 'before', '', 'after', 'text'],
        ...r.changes.map((ch) => [
          `  ${ch.id}`,
          ch.kind,
          label(ch.before, opts.color),
          '->',
          term`${label(ch.after, opts.color)}${ch.fails ? ' (not established)' : ''}`,
          short(c.nodes.get(ch.id)!.text, 50),
        ]),
      ]),
    );
  }
  if (r.top) out.push(...topWhy(r));
  return termLines(out);
}

/** Why the top claim has its status after the what-if: its failed legs from the top down, else its reasons. */
function topWhy(r: WhatIfResult): TermText[] {
  const legs = failedLegs(r.after, r.top!);
  if (legs.length)
    return [
      term``,
      term`The top claim fails on ${legs.length === 1 ? 'this leg' : `these ${legs.length} legs`}:`,
      ...legLines(legs),
    ];
  const reasons = r.after.nodes.get(r.top!)!.reasons;
  if (!reasons.length || r.topBefore === r.topAfter) return [];
  return [
    term``,
    term`Why the top claim is now ${STATUS_LABELS[r.topAfter!]}:`,
    ...reasons.map((x) => term`  - ${x.message}`),
  ];
}

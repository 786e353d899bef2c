// `warrant whatif <case> --defeat ID[,ID...]`: the support status with nodes or
// evidence items assumed defeated, against the status as written
// (src/analysis/whatif.ts).
import { jsonText, whatIfJson } from '../../analysis/json.js';
import { STATUS_LABELS } from '../../analysis/status-types.js';
import { checkTargets, type WhatIfResult, whatIf } from '../../analysis/whatif.js';
import type { Case } from '../../model/case.js';
import { type TermText, term, termJoin, termLines, termTable } from '../../output/terminal.js';
import { type Command, type Io, UsageError } from '../io.js';
import { COMMON_OPTIONS, emit, label, loadForAnalysis, onePath, parseAnalysisArgs, short } from './analysis-cli.js';

const usage = `Usage: warrant whatif [case] --defeat <id>[,<id>...] [options]

Assume nodes or evidence items are defeated and show what changes: every
claim, strategy and evidence node whose status changes (before -> after), and
the top claim's new status. A defeated claim, strategy or evidence node is
defeated itself; a defeated assumption, justification or context defeats the
nodes stated in it; a defeated evidence item stops supporting the evidence
nodes that cite it.

Options:
  --defeat <ids>             Comma-separated node or evidence item ids (repeatable)
${COMMON_OPTIONS}

Exit codes: 0 the top claim keeps some support, 1 the top claim loses all
support (becomes undeveloped or defeated) under the what-if, 2 unusable input,
unknown id or usage. So \`warrant whatif --defeat E7\` in CI asserts that the
argument survives losing E7.`;

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
    return r.changes.some((ch) => ch.id === r.top && ch.losesSupport) ? 1 : 0;
  },
};

export function formatWhatIf(c: Case, r: WhatIfResult, path: string, opts: { color: boolean }): string {
  const out: TermText[] = [];
  const topLoses = r.changes.some((ch) => ch.id === r.top && ch.losesSupport);
  out.push(term`${path}: case ${c.header.value.id} as of ${r.asOf}, assuming defeated: ${termJoin(r.defeat)}`);
  if (!r.top) out.push(term`The case has no top claim.`);
  else if (r.topBefore === r.topAfter) out.push(term`Top claim ${r.top} stays ${label(r.topAfter!, opts.color)}.`);
  else
    out.push(
      term`Top claim ${r.top}: ${label(r.topBefore!, opts.color)} -> ${label(r.topAfter!, opts.color)}${topLoses ? ' (it loses all support)' : ''}.`,
    );
  const lost = r.changes.filter((ch) => ch.losesSupport);
  const n = r.changes.length;
  out.push(
    term``,
    term`${n} node${n === 1 ? '' : 's'} change status; ${lost.length} lose${lost.length === 1 ? 's' : ''} all support.`,
  );
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
          term`${label(ch.after, opts.color)}${ch.losesSupport ? ' (loses support)' : ''}`,
          short(c.nodes.get(ch.id)!.text, 50),
        ]),
      ]),
    );
  }
  if (r.top) {
    const reasons = r.after.nodes.get(r.top)!.reasons;
    if (reasons.length && r.topBefore !== r.topAfter) {
      out.push(term``, term`Why the top claim is now ${STATUS_LABELS[r.topAfter!]}:`);
      for (const reason of reasons) out.push(term`  - ${reason.message}`);
    }
  }
  return termLines(out);
}

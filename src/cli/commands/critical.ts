// `warrant critical [case]`: the load-bearing nodes of a case: single points of
// failure, pairs, and which evidence and assumptions do the most work
// (src/analysis/critical.ts).
import { type CriticalReport, criticalNodes } from '../../analysis/critical.js';
import { criticalJson, jsonText } from '../../analysis/json.js';
import type { Case } from '../../model/case.js';
import { type TermText, term, termLines, termTable } from '../../output/terminal.js';
import { type Command, type Io, UsageError } from '../io.js';
import { COMMON_OPTIONS, emit, label, loadForAnalysis, onePath, parseAnalysisArgs, short } from './analysis-cli.js';

const usage = `Usage: warrant critical [case] [options]

List what the top claim's support cannot do without:
  - single points of failure: nodes, evidence items, assumptions,
    justifications and contexts whose failure alone would leave the top claim
    without support (the dominators of the top claim in the support graph);
  - pairs: two of them, neither critical alone, whose joint failure would;
  - a ranking of evidence items, assumptions, justifications and contexts by
    how many claims and strategies lose all support if each fails alone, and
    how many rest on it at all.
"Failure" is defeat as \`warrant whatif\` computes it; docs/analysis.md has the model.

Options:
${COMMON_OPTIONS}
  --top <n>                  Rows of the ranking and pairs to print (default 15; JSON has all)
  --pair-work <n>            Work budget of the pair search in vertex and edge visits
                             (default 4000000; the output says when it was not exhaustive)

Exit codes: 0 the analysis ran, 2 unusable input or usage.`;

export const criticalCommand: Command = {
  name: 'critical',
  usage,
  run(argv: string[], io: Io): number {
    const args = parseAnalysisArgs(argv, io, { top: { type: 'string' }, 'pair-work': { type: 'string' } });
    const top = args.values.top === undefined ? 15 : Number(args.values.top);
    if (!Number.isSafeInteger(top) || top < 0)
      throw new UsageError(`--top must be a whole number; got "${String(args.values.top)}".`);
    const pairWork = args.values['pair-work'] === undefined ? undefined : Number(args.values['pair-work']);
    if (pairWork !== undefined && (!Number.isSafeInteger(pairWork) || pairWork < 0))
      throw new UsageError(`--pair-work must be a whole number; got "${String(args.values['pair-work'])}".`);
    const loaded = loadForAnalysis(onePath(args.positionals), io, 'critical', args);
    if (!loaded) return 2;
    const { c, g } = loaded;
    const r = criticalNodes(c, g, { asOf: args.asOf, ...(pairWork !== undefined ? { pairWork } : {}) });
    emit(
      io,
      args,
      args.format === 'json'
        ? jsonText(criticalJson(c, r))
        : formatCritical(c, r, loaded.label, { color: args.color, top }),
    );
    return 0;
  },
};

function text(c: Case, id: string): string {
  return c.nodes.get(id)?.text ?? c.evidence.get(id)?.title ?? '';
}

export function formatCritical(
  c: Case,
  r: CriticalReport,
  path: string,
  opts: { color: boolean; top: number },
): string {
  const out: TermText[] = [];
  out.push(term`${path}: case ${c.header.value.id} as of ${r.asOf}`);
  if (!r.top) return termLines([...out, term`The case has no top claim: nothing to analyse.`]);
  out.push(
    term`Top claim ${r.top} is ${label(r.topStatus!, opts.color)}; it rests on ${r.argumentSize} claims and strategies (itself included) through working support.`,
  );
  if (r.topStatus === 'undeveloped' || r.topStatus === 'defeated') {
    out.push(
      term``,
      term`The top claim is already without support: nothing more can fail. \`warrant status\` and \`warrant why\` say why.`,
    );
    return termLines(out);
  }
  out.push(term``, term`Single points of failure (${r.singlePoints.length}), nearest the top first:`);
  if (!r.singlePoints.length) out.push(term`  none: no single node, item or assumption carries the top claim alone.`);
  else
    out.push(
      ...termTable([
        ['  id', 'kind', 'claims lost', 'text'],
        ...r.singlePoints.map((p) => [`  ${p.id}`, p.kind, p.fails, short(text(c, p.id), 60)]),
      ]),
    );
  out.push(...pairLines(r, opts.top), term``, term`Evidence items and assumptions by the work they do:`);
  if (!r.ranking.length) out.push(term`  none below the top claim.`);
  else out.push(...rankingTable(c, r, opts.top));
  if (r.ranking.length > opts.top)
    out.push(term`  ... and ${r.ranking.length - opts.top} more (--top, or --format json for all)`);
  if (!r.rankingExact)
    out.push(term`  ("rested on by" counts were cut short by their work budget and are lower bounds.)`);
  out.push(
    term``,
    term`"claims lost": claims and strategies left without support if it alone fails; "rested on by": claims and strategies with it anywhere below them.`,
  );
  return termLines(out);
}

function pairLines(r: CriticalReport, top: number): TermText[] {
  const search = r.pairSearch.exhaustive
    ? term`exhaustive`
    : term`not exhaustive: ${r.pairSearch.tried} of ${r.pairSearch.candidates} candidates, nearest the top first, tried within the work budget (--pair-work)`;
  const out = [term``, term`Pairs (${r.pairs.length}; ${search}):`];
  if (!r.pairs.length) out.push(term`  none found.`);
  for (const p of r.pairs.slice(0, top)) out.push(term`  ${p.ids[0]} (${p.kinds[0]}) + ${p.ids[1]} (${p.kinds[1]})`);
  if (r.pairs.length > top) out.push(term`  ... and ${r.pairs.length - top} more (--top, or --format json for all)`);
  return out;
}

function rankingTable(c: Case, r: CriticalReport, top: number): TermText[] {
  return termTable([
    ['  id', 'kind', 'critical', 'claims lost', 'share', 'rested on by', 'text'],
    ...r.ranking
      .slice(0, top)
      .map((e) => [
        `  ${e.id}`,
        e.kind,
        e.critical ? 'yes' : 'no',
        e.fails,
        `${(100 * e.share).toFixed(1)}%`,
        e.restsOn,
        short(text(c, e.id), 50),
      ]),
  ]);
}

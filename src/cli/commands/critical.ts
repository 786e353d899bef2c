// `warrant critical [case]`: the load-bearing nodes of a case: single points of
// failure, reach, uncorroborated claims, declared alternatives and the minimal
// sets of their legs that fail the top claim (src/analysis/critical.ts).
import { type CriticalReport, criticalNodes } from '../../analysis/critical.js';
import { criticalJson, jsonText } from '../../analysis/json.js';
import type { Case } from '../../model/case.js';
import { type TermText, term, termJoin, termLines, termTable } from '../../output/terminal.js';
import { type Command, type Io, UsageError } from '../io.js';
import {
  COMMON_OPTIONS,
  emit,
  firstRows,
  legLines,
  loadForAnalysis,
  onePath,
  parseAnalysisArgs,
  phrase,
  short,
} from './analysis-cli.js';

const usage = `Usage: warrant critical [case] [options]

List what the top claim cannot do without. A node needs all of its support
unless it declares alternatives (\`support: { at_least }\`), so in a purely
conjunctive argument every node, item and frame below the top is a single
point of failure; the lists rank them:
  - single points of failure: nodes, evidence items, assumptions,
    justifications and contexts whose failure alone fails the top claim, by
    how many claims and strategies fall with them, then the highest first;
  - evidence items, assumptions, justifications and contexts by reach: how
    many claims and strategies rest on each, and how many fall with it;
  - claims that rest on one evidence item, with no corroboration;
  - where alternatives are declared: each such node with its margin, and the
    minimal sets of its legs whose joint loss fails the top claim.
When the top claim is not established, the analysis is of the argument with
its failures repaired, and says so. "Failure" is defeat as \`warrant whatif\`
computes it; docs/analysis.md has the model.

Options:
${COMMON_OPTIONS}
  --top <n>                  Rows of each list to print (default 10; --format json has all)
  --all                      Print every row of every list
  --work <n>                 Work budget of the failure walks, in link visits (default 20000000;
                             the output says when counts were cut short)
  --set-work <n>             Work budget of the minimal failure sets (default 4000000)
  --set-size <n>             Largest minimal failure set listed (default 3)

Exit codes: 0 the analysis ran, 2 unusable input or usage.`;

export const criticalCommand: Command = {
  name: 'critical',
  usage,
  run(argv: string[], io: Io): number {
    const args = parseAnalysisArgs(argv, io, {
      top: { type: 'string' },
      all: { type: 'boolean' },
      work: { type: 'string' },
      'set-work': { type: 'string' },
      'set-size': { type: 'string' },
    });
    const top = args.values.all ? Infinity : (count(args.values.top, '--top') ?? 10);
    const work = count(args.values.work, '--work');
    const setWork = count(args.values['set-work'], '--set-work');
    const maxSetSize = count(args.values['set-size'], '--set-size');
    const loaded = loadForAnalysis(onePath(args.positionals), io, 'critical', args);
    if (!loaded) return 2;
    const { c, g } = loaded;
    const r = criticalNodes(c, g, {
      asOf: args.asOf,
      ...(work !== undefined ? { work } : {}),
      ...(setWork !== undefined ? { setWork } : {}),
      ...(maxSetSize !== undefined ? { maxSetSize } : {}),
    });
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

/** A whole number option, or undefined when not given. */
function count(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number; got "${String(v)}".`);
  return n;
}

function text(c: Case, id: string): string {
  return c.nodes.get(id)?.text ?? c.evidence.get(id)?.title ?? '';
}

interface Opts {
  color: boolean;
  top: number;
}

export function formatCritical(c: Case, r: CriticalReport, path: string, opts: Opts): string {
  const out: TermText[] = [];
  out.push(term`${path}: case ${c.header.value.id} as of ${r.asOf}`);
  if (!r.top) return termLines([...out, term`The case has no top claim: nothing to analyse.`]);
  out.push(term`Top claim ${r.top} is ${phrase(r.topStatus!, opts.color)}.`);
  const legs = r.topFailedLegs;
  if (legs.length)
    out.push(term`It fails on ${legs.length === 1 ? 'this leg' : `these ${legs.length} legs`}:`, ...legLines(legs));
  if (!r.argumentSize) {
    out.push(term``, term`It fails even with the case's own failures repaired (the what-if): nothing is left to lose.`);
    return termLines(out);
  }
  if (r.basis === 'repaired')
    out.push(
      term``,
      term`As the case stands nothing more can fail. Below: what the argument would not survive losing once those`,
      term`failures are repaired (every undeveloped, defeated or unsupported part assumed to hold).`,
    );
  const alt = r.alternatives.length;
  const declared = alt
    ? term`${alt} declare${alt === 1 ? 's' : ''} alternatives`
    : term`no declared alternatives, so every leg is needed`;
  out.push(term``, term`The argument: ${r.argumentSize} claims and strategies, the top included; ${declared}.`);
  out.push(...singlePointLines(c, r, opts), ...reachLines(c, r, opts), ...uncorroboratedLines(c, r, opts));
  out.push(...alternativesLines(r, opts));
  if (!r.exact)
    out.push(
      term``,
      term`(The work budget ran out (--work): "claims lost" and "rested on by" are lower bounds,`,
      term`and lists may be short.)`,
    );
  out.push(
    term``,
    term`"claims lost": claims and strategies no longer established if it alone fails;`,
    term`"depth": links from the top claim; "rested on by": claims and strategies with it anywhere below them.`,
  );
  return termLines(out);
}

function singlePointLines(c: Case, r: CriticalReport, opts: Opts): TermText[] {
  const out = [
    term``,
    term`Single points of failure (${r.singlePoints.length}), most claims lost first, then the highest:`,
  ];
  if (!r.singlePoints.length)
    return [...out, term`  none: the top claim survives the loss of any one node, item or frame.`];
  const { shown, more } = firstRows(r.singlePoints, opts.top);
  out.push(
    ...termTable([
      ['  id', 'kind', 'claims lost', 'depth', 'text'],
      ...shown.map((p) => [`  ${p.id}`, p.kind, p.fails, p.depth, short(text(c, p.id), 60)]),
    ]),
  );
  return more ? [...out, more] : out;
}

function reachLines(c: Case, r: CriticalReport, opts: Opts): TermText[] {
  const out = [term``, term`Evidence items, assumptions, justifications and contexts by reach (${r.ranking.length}):`];
  if (!r.ranking.length) return [...out, term`  none below the top claim.`];
  const { shown, more } = firstRows(r.ranking, opts.top);
  out.push(
    ...termTable([
      ['  id', 'kind', 'rested on by', 'claims lost', 'share', 'critical', 'text'],
      ...shown.map((e) => [
        `  ${e.id}`,
        e.kind,
        e.restsOn,
        e.fails,
        `${(100 * e.share).toFixed(1)}%`,
        e.critical ? 'yes' : 'no',
        short(text(c, e.id), 50),
      ]),
    ]),
  );
  return more ? [...out, more] : out;
}

function uncorroboratedLines(c: Case, r: CriticalReport, opts: Opts): TermText[] {
  const out = [term``, term`Claims resting on one evidence item, with no corroboration (${r.uncorroborated.length}):`];
  if (!r.uncorroborated.length) return [...out, term`  none.`];
  const { shown, more } = firstRows(r.uncorroborated, opts.top);
  out.push(
    ...termTable([
      ['  id', 'evidence item', 'depth', 'text'],
      ...shown.map((u) => [`  ${u.id}`, u.item, u.depth, short(text(c, u.id), 60)]),
    ]),
  );
  return more ? [...out, more] : out;
}

function alternativesLines(r: CriticalReport, opts: Opts): TermText[] {
  if (!r.alternatives.length)
    return [term``, term`Declared alternatives: none. Every claim and strategy needs all of its support.`];
  const out = [term``, term`Declared alternatives (${r.alternatives.length}):`];
  out.push(
    ...termTable([
      ['  id', 'needs', 'hold', 'margin', 'lost', 'critical'],
      ...r.alternatives.map((a) => [
        `  ${a.id}`,
        `${a.atLeast} of ${a.legs.length}`,
        a.held,
        a.margin,
        a.lost.length ? termJoin(a.lost) : '-',
        a.critical ? 'yes' : 'no',
      ]),
    ]),
  );
  const search = r.cutSetSearch.exhaustive
    ? term`up to ${r.cutSetSearch.maxSize} legs`
    : term`not exhaustive: the work budget ran out (--set-work)`;
  out.push(
    term``,
    term`Minimal sets of their legs whose joint loss fails the top claim (${r.cutSets.length}; ${search}):`,
  );
  if (!r.cutSets.length) out.push(term`  none.`);
  const { shown, more } = firstRows(r.cutSets, opts.top);
  for (const set of shown) out.push(term`  ${termJoin(set.ids, ' + ')}`);
  return more ? [...out, more] : out;
}

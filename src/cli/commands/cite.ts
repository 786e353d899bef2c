// `warrant cite <case> <node> <evidence-id...>`: add evidence items to what an
// evidence node or a defeater cites, in the file that defines the node, keeping
// its comments (src/evidence/write/cite-edit.ts). Under the case's lock and
// written as one commit, like `evidence import`; only when the edited case
// loads cleanly with the node citing the items.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addCitation } from '../../evidence/write/cite-edit.js';
import { EditError } from '../../evidence/write/yaml-edit.js';
import { type LoadResult, loadCase, type SourceReader } from '../../format/load-case.js';
import type { ArgNode, Case } from '../../model/case.js';
import { buildGraph } from '../../model/graph.js';
import { lockCase } from '../../node/case-lock.js';
import { commitFiles, recoverCommits } from '../../node/commit-files.js';
import { createFsReader, resolveCaseRoot } from '../../node/fs-reader.js';
import { term, termBlock } from '../../output/terminal.js';
import { withArticle } from '../../util/article.js';
import { listSome } from '../../util/list-some.js';
import { Suggester } from '../../util/suggest.js';
import { printDiagnostics } from '../diagnostics.js';
import { type Command, type Io, UsageError } from '../io.js';
import { lineDiff } from './evidence-import.js';
import { shown } from './gsn2x-shell.js';

const NAME = 'warrant cite';
const CITING_KINDS: readonly string[] = ['evidence', 'defeater'];

const usage = `Usage: warrant cite <case> <node> <evidence-id...> [--dry-run]

Add evidence items to what a node cites (its \`evidence:\` list), in the file that
defines the node. Only that list changes (or one line is added); comments and
quoting stay. Evidence nodes cite the items that support them; defeaters cite
the items that back the objection.

The case must load cleanly before and after. It is locked (.warrant.lock) while
it is read and written, as \`warrant evidence import\` does.

Options:
  --dry-run     Print the change as a diff; write nothing

Exit codes: 0 cited (or already cited), 2 an unknown node or evidence id, a node
that cannot cite evidence, a case that does not load, or bad usage.`;

interface CiteOptions {
  root: string;
  node: string;
  ids: string[];
  dryRun: boolean;
}

function options(argv: string[], io: Io): CiteOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { 'dry-run': { type: 'boolean' } },
  });
  const [caseArg, node, ...ids] = positionals;
  if (!caseArg || !node || ids.length === 0) throw new UsageError('give a case, a node and at least one evidence id.');
  return {
    root: resolveCaseRoot(path.resolve(io.cwd, caseArg), io.cwd),
    node,
    ids: [...new Set(ids)],
    dryRun: values['dry-run'] === true,
  };
}

export const citeCommand: Command = {
  name: 'cite',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const o = options(argv, io);
    const caseDir = path.dirname(o.root);
    if (o.dryRun) return cite(io, o);
    const show = (f: string) => shown(io, f);
    const note = (line: string) => io.stderr(`${term`${NAME}: note: ${line}`}\n`);
    const locked = fs.existsSync(caseDir) ? await lockCase(caseDir, { command: NAME, note, show }) : undefined;
    if (locked && !locked.ok) return fail(io, `${locked.message}; nothing was written`);
    try {
      const recovered = recoverCommits(caseDir, { show });
      for (const n of recovered.notes) note(n);
      if (recovered.failed) return fail(io, `${recovered.failed}; nothing was written`);
      return cite(io, o);
    } finally {
      locked?.lock.release();
    }
  },
};

function fail(io: Io, message: string, hint?: string): number {
  io.stderr(
    `${term`${NAME}: ${termBlock(message, '  ')}`}\n${hint ? `${term`  hint: ${termBlock(hint, '    ')}`}\n` : ''}`,
  );
  return 2;
}

/** Check the node and the ids, edit the node's file, check the result, and write it (unless a dry run). */
function cite(io: Io, o: CiteOptions): number {
  const before = loadCase(o.root, createFsReader(io.cwd));
  if (!loadsCleanly(before)) {
    printDiagnostics(io, errorsOf(before), before.sources);
    return fail(io, `${shown(io, o.root)} does not load cleanly: fix the errors above first; nothing was written`);
  }
  const c = before.case!;
  const refusal = refuse(c, o);
  if (refusal) return fail(io, refusal.message, refusal.hint);
  const node = c.nodes.get(o.node)!;
  const fresh = o.ids.filter((id) => !citedBy(node).includes(id));
  if (fresh.length === 0) {
    io.stdout(`${term`${node.id} already cites ${listSome(o.ids)}; nothing to do.`}\n`);
    return 0;
  }
  const file = path.resolve(io.cwd, node.file);
  const original = fs.readFileSync(file, 'utf8');
  let text = original;
  try {
    for (const id of fresh) text = addCitation(text, shown(io, file), node.id, id);
  } catch (e) {
    if (e instanceof EditError) return fail(io, `${e.message}; nothing was written`);
    throw e;
  }
  const after = loadCase(o.root, overlay(createFsReader(io.cwd), file, text));
  const now = after.case?.nodes.get(node.id);
  const cited = now ? citedBy(now) : [];
  if (!loadsCleanly(after) || fresh.some((id) => !cited.includes(id))) {
    printDiagnostics(io, errorsOf(after), after.sources);
    return fail(io, 'internal: the edited case does not load as intended; please report this with the file');
  }
  const what = term`${node.id} now cites ${listSome(fresh)} (${shown(io, file)})`;
  if (o.dryRun) {
    io.stdout(`${what}\nDry run: nothing was written. The change would be:\n${term`--- ${shown(io, file)}`}\n`);
    io.stdout(`${termBlock(lineDiff(original, text))}`);
    return 0;
  }
  const committed = commitFiles([{ path: file, text }], {
    journalDir: path.dirname(o.root),
    command: NAME,
    show: (f) => shown(io, f),
  });
  for (const n of committed.notes) io.stderr(`${term`${NAME}: note: ${n}`}\n`);
  if (!committed.ok) return fail(io, `${committed.message}${committed.changed ? '' : '; nothing was written'}`);
  io.stdout(`${what}.\n`);
  return 0;
}

/** Why the node cannot cite the ids: an unknown node or item, or a node kind that cites nothing. */
function refuse(c: Case, o: CiteOptions): { message: string; hint: string } | undefined {
  const node = c.nodes.get(o.node);
  if (!node) {
    const s = new Suggester(() => c.nodes.keys()).suggest(o.node);
    return {
      message: `no node ${o.node} in the case.`,
      hint: s ? `Did you mean \`${s}\`?` : '`warrant status <case>` lists the nodes.',
    };
  }
  const unknown = o.ids.find((id) => !c.evidence.has(id));
  if (unknown !== undefined) {
    const s = new Suggester(() => c.evidence.keys()).suggest(unknown);
    return {
      message: `no evidence item ${unknown} in the case.`,
      hint: s
        ? `Did you mean \`${s}\`?`
        : 'Evidence items are listed under `evidence:`; `warrant evidence import` adds them from evaluation logs.',
    };
  }
  if (!CITING_KINDS.includes(node.kind))
    return {
      message: `${node.id} is ${withArticle(node.kind)}, which cannot cite evidence.`,
      hint: citeHint(c, node, o.ids),
    };
  return undefined;
}

/** Where the items could go instead: the evidence nodes that support the node, or a new one. */
function citeHint(c: Case, node: ArgNode, ids: readonly string[]): string {
  const g = buildGraph(c);
  const below = g.childrenOf(node.id).filter((id) => c.nodes.get(id)?.kind === 'evidence');
  const list = ids.join(', ');
  return below.length
    ? `Only evidence nodes and defeaters cite evidence items. Cite ${list} from an evidence node that supports ${node.id}: ${listSome(below)}.`
    : `Only evidence nodes and defeaters cite evidence items. Add an evidence node (\`kind: evidence\`, \`evidence: [${list}]\`) and put it in ${node.id}'s \`supported_by\`.`;
}

/** The items a node cites (only evidence nodes and defeaters have the field). */
function citedBy(node: ArgNode): readonly string[] {
  return 'evidence' in node ? (node.evidence ?? []) : [];
}

function errorsOf(r: LoadResult) {
  return r.diagnostics.filter((d) => d.severity === 'error');
}

function loadsCleanly(r: LoadResult): boolean {
  return !r.fatal && r.case !== undefined && errorsOf(r).length === 0;
}

/** The reader, except that `file` reads as `text`. */
function overlay(reader: SourceReader, file: string, text: string): SourceReader {
  return { read: (f, max, scope) => (path.resolve(f) === file ? { ok: true, text } : reader.read(f, max, scope)) };
}

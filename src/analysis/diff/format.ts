// The semantic diff as text for a terminal, as JSON (schema warrant-diff/2),
// and as Markdown for a pull-request comment.
import { type TermStyle, type TermText, term, termJoin, termLines, termStyle } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { type CaseDiff, type DiffCounts, diffCounts, isEmptyDiff, SECTIONS, type SectionName } from './diff.js';
import type { FieldChange } from './fields.js';
import { mdCode, mdText, mdValue, showValue } from './format-text.js';
import type { WordRun } from './words.js';

const SECTION_TITLES: Record<SectionName, string> = {
  case: 'Case header',
  context: 'Operational context',
  acceptability: 'Acceptability criteria and thresholds',
  risks: 'Risk model',
  decision: 'Decision',
  change_control: 'Change control',
  publication: 'Publication',
  configuration: 'Rule configuration and suppressions',
};

/** The summary in words: "2 nodes added, 1 reworded, 3 links changed". */
export function summaryLine(c: DiffCounts): string {
  const parts: string[] = [];
  const p = (n: number, one: string, many = `${one}s`) => n && parts.push(`${n} ${n === 1 ? one : many}`);
  p(c.nodesAdded, 'node added', 'nodes added');
  p(c.nodesRemoved, 'node removed', 'nodes removed');
  p(c.nodesRenamed, 'node renamed', 'nodes renamed');
  p(c.nodesReworded, 'node reworded', 'nodes reworded');
  p(c.nodesChanged, 'node with changed fields', 'nodes with changed fields');
  p(c.links, 'link changed', 'links changed');
  p(c.evidenceAdded, 'evidence item added', 'evidence items added');
  p(c.evidenceRemoved, 'evidence item removed', 'evidence items removed');
  p(c.evidenceRenamed, 'evidence item renamed', 'evidence items renamed');
  p(c.evidenceChanged, 'evidence item changed', 'evidence items changed');
  p(c.defeaters, 'defeater status change', 'defeater status changes');
  p(c.status, 'claim status change', 'claim status changes');
  p(c.sections, 'section field changed', 'section fields changed');
  return parts.length ? parts.join(', ') : 'no semantic changes';
}

// ---- JSON ---------------------------------------------------------------------

/** Stable JSON: the CaseDiff with a summary, two-space indented, one trailing newline. */
export function formatDiffJson(d: CaseDiff): string {
  const { schema, a, b, asOf, ...rest } = d;
  const head = { schema, a, b, ...(asOf ? { asOf } : {}) };
  return `${jsonText({ ...head, identical: isEmptyDiff(d), summary: diffCounts(d), ...rest }, 2)}\n`;
}

// ---- pretty -------------------------------------------------------------------

function fieldLine(fc: FieldChange, prefix = ''): TermText {
  const path = prefix && fc.path ? `${prefix}.${fc.path}` : prefix || fc.path;
  if (fc.change === 'added') return term`${path}: + ${showValue(fc.after)}`;
  if (fc.change === 'removed') return term`${path}: - ${showValue(fc.before)}`;
  return term`${path}: ${showValue(fc.before)} -> ${showValue(fc.after)}`;
}

const wasText = (was: string | undefined): TermText | string => (was ? term` (was ${was})` : '');

export interface PrettyOptions {
  color: boolean;
}

/**
 * Grouped, readable text; every change is named in words, colour only adds
 * emphasis. Built as TermText, so every value from either case is escaped.
 */
export function formatDiffPretty(d: CaseDiff, opts: PrettyOptions): string {
  const st = termStyle(opts.color);
  const out: TermText[] = [];
  out.push(st.bold(term`warrant diff: ${d.a.label} -> ${d.b.label}`));
  const toCase = d.b.caseId !== d.a.caseId ? term`${d.b.caseId} ` : '';
  const asOf = d.asOf ? term`, statuses as of ${d.asOf}` : '';
  out.push(term`case ${d.a.caseId} ${d.a.version} -> ${toCase}${d.b.version}${asOf}`);
  out.push(isEmptyDiff(d) ? term`No semantic changes.` : term`${summaryLine(diffCounts(d))}.`);
  const group = (title: string, lines: TermText[]) => {
    if (!lines.length) return;
    out.push(term``, st.bold(term`${title} (${lines.length})`), ...lines.map((l) => term`  ${l}`));
  };
  group('Nodes', nodeLines(d.nodes, st));
  group(
    'Links',
    d.links.map(
      (l) => term`${l.change === 'added' ? st.green('+ added  ') : st.red('- removed')} ${l.from} ${l.field} ${l.to}`,
    ),
  );
  const e = d.evidence;
  group('Evidence', [
    ...e.added.map((x) => term`${st.green('added')}     ${x.id}: ${x.title}`),
    ...e.removed.map((x) => term`${st.red('removed')}   ${x.id}: ${x.title}`),
    ...e.renamed.map((x) => term`${st.yellow('renamed')}   ${x.from} -> ${x.to}: ${x.title}`),
    ...e.changed.flatMap((x) => x.changes.map((fc) => term`${st.yellow('changed')}   ${x.id} ${fieldLine(fc)}`)),
  ]);
  group(
    'Defeaters',
    d.defeaters.map((x) => {
      const bad = x.transition === 'opened' || x.transition === 'reopened' || x.transition === 'withdrawn';
      const word = bad ? st.red(x.transition.padEnd(9)) : st.green(x.transition.padEnd(9));
      return term`${word} ${x.id}${wasText(x.was)} (${x.before ?? 'absent'} -> ${x.after ?? 'absent'}): ${x.text}`;
    }),
  );
  group(
    'Claim status',
    d.status.map((x) => {
      const direction = x.direction === 'worse' ? st.red('worse ') : st.green('better');
      return term`${direction} ${x.id}${wasText(x.was)}: ${x.before} -> ${x.after}`;
    }),
  );
  for (const s of SECTIONS)
    group(
      SECTION_TITLES[s],
      d.sections[s].map((fc) => fieldLine(fc)),
    );
  return termLines(out);
}

function nodeLines(n: CaseDiff['nodes'], st: TermStyle): TermText[] {
  const words = (runs: WordRun[]) =>
    termJoin(
      runs.map((r) =>
        r.op === '=' ? r.text : r.op === '-' ? st.red(term`[-${r.text}-]`) : st.green(term`{+${r.text}+}`),
      ),
      ' ',
    );
  return [
    ...n.added.map((x) => term`${st.green('added')}     ${x.kind} ${x.id}: ${x.text}`),
    ...n.removed.map((x) => term`${st.red('removed')}   ${x.kind} ${x.id}: ${x.text}`),
    ...n.renamed.map((x) => term`${st.yellow('renamed')}   ${x.kind} ${x.from} -> ${x.to}: ${x.text}`),
    ...n.reworded.map((x) => term`${st.yellow('reworded')}  ${x.kind} ${x.id}: ${words(x.words)}`),
    ...n.changed.flatMap((x) =>
      x.changes.map((fc) => term`${st.yellow('changed')}   ${x.kind} ${x.id} ${fieldLine(fc)}`),
    ),
  ];
}

// ---- Markdown -----------------------------------------------------------------

export interface MarkdownOptions {
  /** Most rows shown per table; the rest are counted (a PR comment has a size limit). Default 200. */
  maxRows?: number;
}

function table(header: string[], rows: string[][], maxRows: number): string {
  const shown = rows.slice(0, maxRows);
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...shown.map((r) => `| ${r.join(' | ')} |`),
  ];
  if (rows.length > maxRows)
    lines.push('', `*… and ${rows.length - maxRows} more rows: run \`warrant diff --format json\` for all of them.*`);
  return lines.join('\n');
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function mdWords(runs: WordRun[]): string {
  return runs
    .map((r) =>
      r.op === '=' ? mdText(r.text) : r.op === '-' ? `<del>${mdText(r.text)}</del>` : `<ins>${mdText(r.text)}</ins>`,
    )
    .join(' ');
}

function fieldRow(fc: FieldChange): string[] {
  return [mdCode(fc.path || '(value)'), fc.change, mdValue(fc.before), mdValue(fc.after)];
}

/** One collapsible table of the Markdown diff; left out when it has no rows. */
interface MarkdownTable {
  title: string;
  header: string[];
  rows: string[][];
}

const wasMd = (id: string, was: string | undefined): string => `${mdCode(id)}${was ? ` (was ${mdCode(was)})` : ''}`;

function nodeRowsMd(n: CaseDiff['nodes']): string[][] {
  return [
    ...n.added.map((x) => ['added', x.kind, mdCode(x.id), mdText(x.text)]),
    ...n.removed.map((x) => ['removed', x.kind, mdCode(x.id), mdText(x.text)]),
    ...n.renamed.map((x) => ['renamed', x.kind, `${mdCode(x.from)} → ${mdCode(x.to)}`, mdText(x.text)]),
    ...n.reworded.map((x) => ['reworded', x.kind, mdCode(x.id), mdWords(x.words)]),
  ];
}

function evidenceRowsMd(e: CaseDiff['evidence']): string[][] {
  return [
    ...e.added.map((x) => [mdCode(x.id), 'added', mdText(x.title), '', '', '']),
    ...e.removed.map((x) => [mdCode(x.id), 'removed', mdText(x.title), '', '', '']),
    ...e.renamed.map((x) => [`${mdCode(x.from)} → ${mdCode(x.to)}`, 'renamed', mdText(x.title), '', '', '']),
    ...e.changed.flatMap((x) =>
      x.changes.map((fc) => [
        mdCode(x.id),
        fc.change,
        mdText(x.title),
        mdCode(fc.path || '(value)'),
        mdValue(fc.before),
        mdValue(fc.after),
      ]),
    ),
  ];
}

/** Every table of the Markdown diff, in the order they are shown. */
function markdownTables(d: CaseDiff): MarkdownTable[] {
  return [
    { title: 'Nodes', header: ['change', 'kind', 'id', 'text'], rows: nodeRowsMd(d.nodes) },
    {
      title: 'Node fields',
      header: ['node', 'field', 'change', 'before', 'after'],
      rows: d.nodes.changed.flatMap((x) => x.changes.map((fc) => [mdCode(x.id), ...fieldRow(fc)])),
    },
    {
      title: 'Links',
      header: ['change', 'from', 'link', 'to'],
      rows: d.links.map((l) => [l.change, mdCode(l.from), mdCode(l.field), mdCode(l.to)]),
    },
    {
      title: 'Evidence',
      header: ['item', 'change', 'title', 'field', 'before', 'after'],
      rows: evidenceRowsMd(d.evidence),
    },
    {
      title: 'Defeaters',
      header: ['defeater', 'transition', 'before', 'after', 'text'],
      rows: d.defeaters.map((x) => [
        wasMd(x.id, x.was),
        `**${x.transition}**`,
        x.before ?? '—',
        x.after ?? '—',
        mdText(x.text),
      ]),
    },
    {
      title: 'Claim status',
      header: ['claim', 'before', 'after', 'direction'],
      rows: d.status.map((x) => [
        wasMd(x.id, x.was),
        x.before,
        x.after,
        x.direction === 'worse' ? '**worse**' : 'better',
      ]),
    },
    ...SECTIONS.map((s) => ({
      title: SECTION_TITLES[s],
      header: ['field', 'change', 'before', 'after'],
      rows: d.sections[s].map(fieldRow),
    })),
  ];
}

/**
 * Markdown for a pull-request comment: a heading and a summary line, then one
 * collapsible section per group with a table. All case text is escaped
 * (mdText), so a hostile node text cannot open HTML, mention anyone or break
 * a table.
 */
export function formatDiffMarkdown(d: CaseDiff, opts: MarkdownOptions = {}): string {
  const max = opts.maxRows ?? 200;
  const out: string[] = [];
  out.push(`### Warrant diff: ${mdCode(d.b.caseId)} ${mdText(d.a.version)} → ${mdText(d.b.version)}`);
  out.push('');
  out.push(`${mdText(d.a.label)} → ${mdText(d.b.label)}${d.asOf ? ` · statuses as of ${d.asOf}` : ''}`);
  out.push('');
  out.push(isEmptyDiff(d) ? '**No semantic changes.**' : `**${mdText(summaryLine(diffCounts(d)))}.**`);
  for (const { title, header, rows } of markdownTables(d))
    if (rows.length) out.push('', details(`${title} (${rows.length})`, table(header, rows, max)));
  return `${out.join('\n')}\n`;
}

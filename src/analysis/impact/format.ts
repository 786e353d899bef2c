// The change impact as text for a terminal, as JSON (schema warrant-impact/2)
// and as Markdown for a pull-request comment or a CI summary.
import { escapeControl, style as makeStyle } from '../../output/text.js';
import { mdCode, mdText, mdValue, showValue } from '../diff/format-text.js';
import type { ContextChange, ImpactReport } from './impact.js';

export interface ImpactLabels {
  /** The case as the user named it. */
  case: string;
  /** What "before" is: "the case as written" or "REV". */
  before: string;
  /** What "after" is: "with the proposed changes" or "the working tree". */
  after: string;
}

export function formatImpactJson(r: ImpactReport, labels: ImpactLabels): string {
  const { schema, ...rest } = r;
  const head = { schema, case: labels.case, before: labels.before, after: labels.after };
  return `${JSON.stringify({ ...head, ...rest }, null, 2)}\n`;
}

const t = (s: string) => escapeControl(s);

function changeText(c: ContextChange): string {
  if (c.change === 'added') return `${c.path}: + ${t(showValue(c.after))}`;
  if (c.change === 'removed') return `${c.path}: - ${t(showValue(c.before))}`;
  return `${c.path}: ${t(showValue(c.before))} -> ${t(showValue(c.after))}`;
}

/** What a change fires, or that nothing watches it (a narrowing change needs no trigger). */
function firesText(c: ContextChange): string {
  if (c.firedBy.length) return `; fires ${c.firedBy.join(', ')}`;
  return c.direction === 'narrows' ? '' : '; no trigger watches it';
}

const LIST_MAX = 50;

export function formatImpactPretty(r: ImpactReport, labels: ImpactLabels, opts: { color: boolean }): string {
  const st = makeStyle(opts.color);
  const out: string[] = [];
  out.push(st.bold(`warrant impact: ${t(labels.case)} (case ${t(r.caseId)}), as of ${r.asOf}`));
  out.push(`before: ${t(labels.before)}; after: ${t(labels.after)}`);
  const section = (title: string, lines: string[], more = 0) => {
    out.push('', st.bold(title));
    out.push(...(lines.length ? lines.map((l) => `  ${l}`) : ['  none']));
    if (more > 0) out.push(`  ... and ${more} more (--format json lists all)`);
  };
  section(
    `Context changes (${r.changes.length})`,
    r.changes.map((c) => `${changeText(c)}  [${c.direction}${firesText(c)}]`),
  );
  section(
    `Review triggers fired (${r.triggers.length})`,
    r.triggers.map((x) => {
      const watches = x.watch ? `, watches ${t(x.watch)}` : '';
      return `${st.red(x.id)} (${x.kind}${watches}): ${t(x.description)} (by ${x.because.join(', ')})`;
    }),
  );
  if (r.unwatched.length)
    section(
      `Changes no review trigger watches (${r.unwatched.length})`,
      r.unwatched.map((p) => `${st.yellow(p)}: add a review trigger that watches it`),
    );
  section(
    `Evidence that no longer matches the context (${r.evidence.length})`,
    r.evidence.slice(0, LIST_MAX).map((e) => {
      const cited = e.citedBy.length ? ` Cited by ${e.citedBy.join(', ')}.` : ' Not cited by any evidence node.';
      return `${st.yellow(e.id)} [${e.dimension}] ${t(e.message)}${cited}`;
    }),
    r.evidence.length - LIST_MAX,
  );
  if (r.claimsOnMismatchedEvidence.length) {
    const ids = r.claimsOnMismatchedEvidence;
    out.push(
      '',
      st.bold(`Claims resting on that evidence (${ids.length})`),
      `  ${ids.slice(0, LIST_MAX).join(', ')}${ids.length > LIST_MAX ? `, ... (${ids.length - LIST_MAX} more)` : ''}`,
    );
  }
  if (r.statusLosses) {
    section(
      `Claims that lose support status (${r.statusLosses.length})`,
      r.statusLosses
        .slice(0, LIST_MAX)
        .map(
          (s) => `${s.id}: ${s.before} -> ${st.red(s.after)}${s.onTopSupport ? " (on the top claim's support)" : ''}`,
        ),
      r.statusLosses.length - LIST_MAX,
    );
  }
  if (r.due.length)
    section(
      `Date triggers already due, whatever the change (${r.due.length}; warrant check reports them)`,
      r.due.map((d) => `${d.id}: ${d.date}, ${t(d.description)}`),
    );
  out.push('');
  if (r.verdict.reReview) {
    out.push(st.red('Verdict: re-review required.'), ...r.verdict.reasons.map((x) => `  - ${t(x)}`));
  } else {
    out.push(st.green('Verdict: no re-review required by these changes.'));
  }
  return `${out.join('\n')}\n`;
}

interface MarkdownTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** Every table of the Markdown impact, in the order they are shown; an empty one is left out. */
function impactTables(r: ImpactReport): MarkdownTable[] {
  return [
    {
      title: 'Context changes',
      header: ['path', 'change', 'before', 'after', 'direction', 'fires'],
      rows: r.changes.map((c) => [
        mdCode(c.path),
        c.change,
        mdValue(c.before),
        mdValue(c.after),
        c.direction,
        c.firedBy.map(mdCode).join(', ') || (c.direction === 'narrows' ? '' : '**no trigger watches it**'),
      ]),
    },
    {
      title: 'Review triggers fired',
      header: ['trigger', 'kind', 'watches', 'description', 'fired by'],
      rows: r.triggers.map((x) => [
        mdCode(x.id),
        x.kind,
        x.watch ? mdCode(x.watch) : '',
        mdText(x.description),
        x.because.map(mdCode).join(', '),
      ]),
    },
    {
      title: 'Evidence that no longer matches the context',
      header: ['item', 'dimension', 'measured', 'context', 'cited by'],
      rows: r.evidence.map((e) => [
        mdCode(e.id),
        e.dimension,
        mdValue(e.measured),
        mdValue(e.context),
        e.citedBy.map(mdCode).join(', '),
      ]),
    },
    {
      title: 'Claims that lose support status',
      header: ['claim', 'before', 'after', "on the top claim's support"],
      rows: (r.statusLosses ?? []).map((s) => [mdCode(s.id), s.before, s.after, s.onTopSupport ? 'yes' : 'no']),
    },
  ];
}

function markdownTable(header: string[], rows: string[][], max: number): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.slice(0, max).map((x) => `| ${x.join(' | ')} |`),
  ];
  if (rows.length > max)
    lines.push('', `*… and ${rows.length - max} more rows: run \`warrant impact --format json\` for all of them.*`);
  return lines.join('\n');
}

export function formatImpactMarkdown(r: ImpactReport, labels: ImpactLabels, opts: { maxRows?: number } = {}): string {
  const max = opts.maxRows ?? 200;
  const out: string[] = [];
  out.push(`### Warrant impact: ${mdCode(r.caseId)} as of ${r.asOf}`, '');
  out.push(
    r.verdict.reReview
      ? `**Re-review required.** ${r.verdict.reasons.map((x) => mdText(x)).join('; ')}.`
      : '**No re-review required by these changes.**',
  );
  out.push('', `Before: ${mdText(labels.before)}; after: ${mdText(labels.after)}.`);
  for (const { title, header, rows } of impactTables(r)) {
    if (!rows.length) continue;
    const body = markdownTable(header, rows, max);
    out.push('', `<details><summary>${title} (${rows.length})</summary>\n\n${body}\n\n</details>`);
  }
  return `${out.join('\n')}\n`;
}

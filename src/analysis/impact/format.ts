// The change impact as text for a terminal, as JSON (schema warrant-impact/2)
// and as Markdown for a pull-request comment or a CI summary.
import { type TermStyle, type TermText, term, termJoin, termLines, termStyle } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { count, listSome, takeSome } from '../../util/list-some.js';
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
  return `${jsonText({ ...head, ...rest }, 2)}\n`;
}

function changeText(c: ContextChange): TermText {
  if (c.change === 'added') return term`${c.path}: + ${showValue(c.after)}`;
  if (c.change === 'removed') return term`${c.path}: - ${showValue(c.before)}`;
  return term`${c.path}: ${showValue(c.before)} -> ${showValue(c.after)}`;
}

/** What a change fires, or that nothing watches it (a narrowing change needs no trigger). */
function firesText(c: ContextChange): TermText {
  if (c.firedBy.length) return term`; fires ${termSome(c.firedBy)}`;
  return c.direction === 'narrows' ? term`` : term`; no trigger watches it`;
}

/** A few values, escaped, and how many more: listSome for terminal text. */
function termSome(values: readonly string[]): TermText {
  const { shown, rest } = takeSome(values);
  return rest > 0 ? term`${termJoin(shown)} and ${count(rest)} more` : termJoin(shown);
}

const LIST_MAX = 50;

/** A titled list of the pretty impact, "none" when empty, with how many were left out. */
function section(st: TermStyle, title: string, lines: TermText[], more = 0): TermText[] {
  return [
    term``,
    st.bold(title),
    ...(lines.length ? lines.map((l) => term`  ${l}`) : [term`  none`]),
    ...(more > 0 ? [term`  ... and ${more} more (--format json lists all)`] : []),
  ];
}

/** The impact for a terminal, built as TermText: every value from the case or the changes is escaped. */
export function formatImpactPretty(r: ImpactReport, labels: ImpactLabels, opts: { color: boolean }): string {
  const st = termStyle(opts.color);
  const out: TermText[] = [];
  out.push(st.bold(term`warrant impact: ${labels.case} (case ${r.caseId}), as of ${r.asOf}`));
  out.push(term`before: ${labels.before}; after: ${labels.after}`);
  out.push(
    ...section(
      st,
      `Context changes (${r.changes.length})`,
      r.changes.map((c) => term`${changeText(c)}  [${c.direction}${firesText(c)}]`),
    ),
  );
  const triggers = r.triggers.map((x) => {
    const watches = x.watch ? term`, watches ${x.watch}` : '';
    return term`${st.red(x.id)} (${x.kind}${watches}): ${x.description} (by ${termSome(x.because)})`;
  });
  out.push(...section(st, `Review triggers fired (${r.triggers.length})`, triggers));
  if (r.unwatched.length) {
    const lines = r.unwatched.map((p) => term`${st.yellow(p)}: add a review trigger that watches it`);
    out.push(...section(st, `Changes no review trigger watches (${r.unwatched.length})`, lines));
  }
  const evidence = r.evidence.slice(0, LIST_MAX).map((e) => {
    const cited = e.citedBy.length ? term` Cited by ${termSome(e.citedBy)}.` : ' Not cited by any evidence node.';
    return term`${st.yellow(e.id)} [${e.dimension}] ${e.message}${cited}`;
  });
  const title = `Evidence that no longer matches the context (${r.evidence.length})`;
  out.push(...section(st, title, evidence, r.evidence.length - LIST_MAX), ...resultLines(r, st));
  return termLines(out);
}

/** The claims on mismatched evidence, status losses, due triggers and the verdict. */
function resultLines(r: ImpactReport, st: TermStyle): TermText[] {
  const out: TermText[] = [];
  if (r.claimsOnMismatchedEvidence.length) {
    const ids = r.claimsOnMismatchedEvidence;
    const more = ids.length > LIST_MAX ? term`, ... (${ids.length - LIST_MAX} more)` : '';
    out.push(
      term``,
      st.bold(`Claims resting on that evidence (${ids.length})`),
      term`  ${termJoin(ids.slice(0, LIST_MAX))}${more}`,
    );
  }
  if (r.statusLosses) {
    const lines = r.statusLosses.slice(0, LIST_MAX).map((s) => {
      const top = s.onTopSupport ? " (on the top claim's support)" : '';
      return term`${s.id}: ${s.before} -> ${st.red(s.after)}${top}`;
    });
    const title = `Claims that lose support status (${r.statusLosses.length})`;
    out.push(...section(st, title, lines, r.statusLosses.length - LIST_MAX));
  }
  if (r.due.length) {
    const title = `Date triggers already due, whatever the change (${r.due.length}; warrant check reports them)`;
    out.push(
      ...section(
        st,
        title,
        r.due.map((d) => term`${d.id}: ${d.date}, ${d.description}`),
      ),
    );
  }
  out.push(term``);
  if (r.verdict.reReview)
    out.push(st.red('Verdict: re-review required.'), ...r.verdict.reasons.map((x) => term`  - ${x}`));
  else out.push(st.green('Verdict: no re-review required by these changes.'));
  return out;
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
        listSome(c.firedBy.map(mdCode)) || (c.direction === 'narrows' ? '' : '**no trigger watches it**'),
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
        listSome(x.because.map(mdCode)),
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
        listSome(e.citedBy.map(mdCode)),
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

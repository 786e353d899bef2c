// A decision record for people: "what was known when this was decided", as
// plain text or Markdown. Pure; `warrant record show` prints it.
import { markdownUserText } from '../output/markdown-text.js';
import type { DecisionStatement } from './decision-record.js';

export type ShowFormat = 'text' | 'markdown';

interface Line {
  readonly label: string;
  readonly items: readonly string[];
}

function sections(s: DecisionStatement): Line[] {
  const p = s.predicate;
  const list = <T>(xs: readonly T[] | undefined, f: (x: T) => string) => (xs ?? []).map(f);
  return [
    {
      label: 'Decision makers',
      items: list(
        p.makers,
        (m) =>
          `${m.name}${m.role ? `, ${m.role}` : ''}${m.conflicts.length ? ` (declared conflicts: ${m.conflicts.join('; ')})` : ''}`,
      ),
    },
    {
      label: 'Approvals',
      items: list(
        p.approvals,
        (a) => `${a.name}: ${a.verdict} on version ${a.revision}${a.concerns ? ` (concerns: ${a.concerns})` : ''}`,
      ),
    },
    {
      label: 'Sign-off requirements',
      items: list(
        p.signoff,
        (r) =>
          `${r.requirement}: ${r.state}${r.override ? ` (overridden by ${r.override.by}: ${r.override.justification})` : ''}`,
      ),
    },
    {
      label: 'Open defeaters',
      items: list(p.openDefeaters, (d) => `${d.id}: ${d.text}${d.due ? ` (due ${d.due})` : ''}`),
    },
    { label: 'Dissent', items: list(p.dissent, (d) => `${d.by}: "${d.text}"`) },
    {
      label: 'Conditions',
      items: list(
        p.conditions,
        (c) =>
          `${c.id ? `${c.id}: ` : ''}${c.text}${c.owner ? ` (owner ${c.owner}` : ''}${c.owner && c.due ? `, due ${c.due})` : c.owner ? ')' : c.due ? ` (due ${c.due})` : ''}`,
      ),
    },
    {
      label: 'Subjects',
      items: list(
        s.subject,
        (x) => `${x.name} ${'sha256' in x.digest ? `sha256:${x.digest.sha256}` : `git:${x.digest.gitCommit}`}`,
      ),
    },
  ];
}

function facts(s: DecisionStatement): [string, string][] {
  const p = s.predicate;
  const counts = Object.entries(p.status.counts ?? {})
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return [
    ['Case', `${p.case.id} version ${p.case.version}: ${p.case.title}`],
    ['Outcome', p.outcome],
    ['Decided at', p.decidedAt],
    ['Residual risk', p.residualRisk],
    ['Expires', p.expires ?? 'no expiry set'],
    ['Check', `${p.check.errors} errors, ${p.check.warnings} warnings, ${p.check.infos} infos (as of ${p.asOf})`],
    [
      'Status',
      `${p.status.top ? `top claim ${p.status.top} ${p.status.topStatus ?? ''}`.trim() : 'no top claim'}${counts ? `; ${counts}` : ''}`,
    ],
    ['Previous record', p.previous ?? 'none (the first record of this case)'],
  ];
}

/** The record as text or Markdown, every value as signed (Markdown-escaped in Markdown). */
export function showRecord(s: DecisionStatement, digest: string, format: ShowFormat): string {
  const md = format === 'markdown';
  // Markdown: no control characters or mentions (markdownUserText), markup characters escaped, and a value's
  // line breaks indented so a multi-line dissent stays inside its list item, verbatim.
  const esc = (t: string) =>
    md
      ? markdownUserText(t)
          .replace(/[\\`*_[\]<>|]/g, '\\$&')
          .replace(/\r?\n/g, '\n  ')
      : t;
  const out: string[] = [md ? `# What was known when this was decided\n` : `What was known when this was decided`];
  out.push(md ? `Record \`${digest}\`\n` : `Record ${digest}`);
  for (const [k, v] of facts(s)) out.push(md ? `- **${k}:** ${esc(v)}` : `${k}: ${v}`);
  for (const sec of sections(s)) {
    out.push(md ? `\n## ${sec.label}\n` : `\n${sec.label}:`);
    if (sec.items.length === 0) out.push(md ? '- none' : '  none');
    for (const item of sec.items) out.push(md ? `- ${esc(item)}` : `  - ${item}`);
  }
  return `${out.join('\n')}\n`;
}

// `warrant report --format markdown`: the report's content as GitHub-flavoured
// Markdown for pull requests and wikis. Same data as the HTML page; no
// diagram (the argument outline stands in for it). All user text is escaped:
// it can neither break a table nor add HTML, links or emphasis.
import { isFailure, LEGS_MAX, PATH_MAX } from '../../analysis/failed-legs.js';
import { type StatusReason, SUPPORT_STATUSES } from '../../analysis/status-types.js';
import type { ReportData, ReportEvidence, ReportNode } from './data.js';
import { markdownCode as code, escapeMarkdown as md, markdownInlineCode as mdInline } from './escape.js';
import { conditionFacts, exclusionFacts, independenceText, publicationText, reviewedText } from './header-text.js';
import { allResults, resultParts } from './result-words.js';
import { kindLabel } from './sections.js';

function row(cells: string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}

function table(head: string[], rows: string[][]): string {
  return `${[row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n')}\n`;
}

const ids = (xs: readonly string[]) => (xs.length ? xs.map(code).join(', ') : '—');

function headerPart(data: ReportData): string[] {
  const c = data.header;
  const b = c.decision_boundary;
  const generated = data.generated ? `, generated ${md(data.generated)}` : '';
  const out = [
    `# ${md(c.title)}\n`,
    `Safety case ${code(c.id)}, version ${md(c.version)}, ${md(c.status)}. ` +
      `Judged as of ${data.asOf} by warrant ${md(data.tool.version)}${generated}.\n`,
    `**Decision boundary** (${md(b.kind)}): ${md(b.decision)}\n`,
  ];
  if (c.summary) out.push(`${md(c.summary)}\n`);
  if (c.valid_from) out.push(`Valid from ${c.valid_from}.\n`);
  return out;
}

/** What the case explicitly does not cover (format 2). */
function outOfScopePart(data: ReportData): string[] {
  const xs = data.header.out_of_scope ?? [];
  if (!xs.length) return [];
  return [
    '## Out of scope\n',
    table(
      ['Kind', 'What', 'Reason', 'Details'],
      xs.map((x) => [md(x.kind), md(x.what), md(x.reason), md(exclusionFacts(x).join('; '))]),
    ),
  ];
}

/** Reviewers, with what each reviewed and whom each is independent of (format 2). */
function reviewersPart(data: ReportData): string[] {
  const rs = data.header.reviewers ?? [];
  if (!rs.length) return [];
  const out = ['## Reviewers\n'];
  for (const r of rs) {
    const bits = [r.role, r.organisation].filter(Boolean).map((s) => md(s!));
    const reviewed = reviewedText(r);
    const independent = independenceText(r);
    out.push(
      `- ${md(r.name)}${bits.length ? ` (${bits.join(', ')})` : ''}${r.external ? ', external' : ''}` +
        `${r.verdict ? `, verdict ${md(r.verdict)}` : ''}. ` +
        `Reviewed: ${reviewed ? md(reviewed) : 'not stated'}. Independent of: ${independent ? md(independent) : 'not stated'}.`,
    );
  }
  out.push('');
  return out;
}

/** The top claim's status and why, the count of nodes per status, the findings and the decision in a line each. */
/** A chain of ids; a very deep one names its first steps and its last two. */
function chainMd(path: readonly string[]): string {
  const ids = (xs: readonly string[]) => xs.map((id) => code(id)).join(' → ');
  if (path.length <= PATH_MAX + 2) return ids(path);
  return `${ids(path.slice(0, PATH_MAX))} → … ${path.length - PATH_MAX - 2} more … → ${ids(path.slice(-2))}`;
}

function reasonMd(r: StatusReason): string {
  return `${mdInline(r.message)}${r.node ? ` (${code(r.node)})` : ''}${r.evidence ? ` (${code(r.evidence)})` : ''}`;
}

function statusPart(data: ReportData): string[] {
  const out = ['## Status summary\n'];
  const s = data.status;
  if (s) {
    const top = s.top ? data.nodes.find((n) => n.id === s.top) : undefined;
    const topStatus = s.topStatus ? md(data.statusLabels[s.topStatus]) : 'no status';
    out.push(
      s.top
        ? `Top claim ${code(s.top)}: **${topStatus}**${top ? `. ${md(top.text)}` : ''}\n`
        : 'No top claim: the argument has no root claim.\n',
    );
    const legs = s.topFailedLegs ?? [];
    if (legs.length) {
      const what = legs.length === 1 ? 'this leg' : `these ${legs.length} legs`;
      out.push(`**Not established:** the top claim fails on ${what}, named from the top down.\n`);
      for (const leg of legs.slice(0, LEGS_MAX)) out.push(`- ${chainMd(leg.path)}: ${reasonMd(leg.cause)}`);
      if (legs.length > LEGS_MAX) out.push(`- … and ${legs.length - LEGS_MAX} more failed legs`);
      out.push('');
    }
    const reasons = (top?.status?.reasons ?? []).filter((r) => !legs.length || !isFailure(r));
    for (const r of reasons) out.push(`- ${reasonMd(r)}`);
    if (reasons.length) out.push('');
    out.push(
      table(
        ['Status', 'Nodes'],
        SUPPORT_STATUSES.map((k) => [md(data.statusLabels[k]), String(s.counts[k])]),
      ),
    );
  } else out.push('Support status was not computed for this report.\n');
  const fc = data.findingCounts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const suppressed = data.suppressed.length ? `; ${data.suppressed.length} suppressed` : '';
  out.push(`Findings: ${plural(fc.error, 'error')}, ${plural(fc.warning, 'warning')}, ${fc.info} info${suppressed}.\n`);
  const d = data.decision;
  out.push(
    d
      ? `Decision: **${md(d.outcome)}** on ${d.date} by ${d.makers.map((m) => md(m.name)).join(', ')}.\n`
      : 'Decision: not recorded.\n',
  );
  return out;
}

function findingsPart(data: ReportData): string[] {
  return [
    '## Findings\n',
    data.findings.length
      ? table(
          ['Severity', 'Code', 'Finding', 'Target', 'Location'],
          data.findings.map((f) => [
            f.severity,
            code(f.code),
            mdInline(f.message),
            f.target ? code(f.target) : '',
            code(`${f.file}:${f.line}:${f.col}`),
          ]),
        )
      : 'No findings.\n',
  ];
}

/**
 * The argument as an outline from the roots: context, challengers, then support
 * below each node; a node met again is named only.
 */
function argumentPart(data: ReportData): string[] {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const lines: string[] = [];
  const walk = (id: string, depth: number) => {
    const n = byId.get(id);
    if (!n) return;
    const pad = '  '.repeat(depth);
    if (seen.has(id)) {
      lines.push(`${pad}- ${kindLabel(n.kind)} ${code(id)} (shown above)`);
      return;
    }
    seen.add(id);
    lines.push(`${pad}- ${nodeLine(n, data)}`);
    for (const k of [...n.contexts, ...n.challengedBy, ...n.children]) walk(k, depth + 1);
  };
  for (const r of data.roots) walk(r, 0);
  for (const n of data.nodes) if (!seen.has(n.id)) walk(n.id, 0);
  return ['## Argument\n', `${lines.join('\n')}\n`];
}

function evidenceRow(e: ReportEvidence): string[] {
  const rs = allResults(e);
  const result = rs.length
    ? rs
        .map((r) =>
          resultParts(r)
            .map((p) => md(p))
            .join('; '),
        )
        .join('<br>')
    : '—';
  return [
    code(e.id),
    `${md(e.title)} (${md(e.kind)}, ${md(e.sourceType)})`,
    e.build ? code(e.build) : 'not stated',
    e.date + (e.expires ? `, expires ${e.expires}` : ''),
    md(e.producedBy) + (e.external ? ' (external)' : '') + (e.replicated ? ' (replicated)' : ''),
    result,
    e.artefact ? `${code(e.artefact.uri)}${e.artefact.sha256 ? ` sha256 ${code(e.artefact.sha256)}` : ''}` : '—',
    md(e.polarity),
    ids(e.citedBy),
  ];
}

function evidencePart(data: ReportData): string[] {
  return [
    '## Evidence\n',
    data.evidence.length
      ? table(
          ['Id', 'Evidence', 'Build', 'Date', 'Produced by', 'Result', 'Artefact', 'Polarity', 'Cited by'],
          data.evidence.map(evidenceRow),
        )
      : 'The case registers no evidence.\n',
  ];
}

function contextPart(data: ReportData): string[] {
  const x = data.context;
  if (!x) return [];
  const out = ['## Operational context\n'];
  out.push(`- Model ${code(x.model.id)}, build ${code(x.model.build)}`);
  for (const k of x.model.components ?? []) out.push(`- Component (${md(k.role)}): build ${code(k.build)}`);
  out.push(`- Deployment channel: ${md(x.deployment_channel)}`);
  const size = x.user_population.size !== undefined ? ` (${md(String(x.user_population.size))})` : '';
  out.push(`- Users: ${md(x.user_population.description)}${size}`);
  const listed: [string, string[] | undefined][] = [
    ['Tools', x.tools],
    ['Access controls', x.access_controls],
    ['Monitoring', x.monitoring],
    ['Data access', x.data_access],
    ['Allowed actions', x.allowed_actions],
  ];
  for (const [k, v] of listed) if (v?.length) out.push(`- ${k}: ${v.map((x) => md(x)).join('; ')}`);
  out.push('');
  return out;
}

function risksPart(data: ReportData): string[] {
  if (!data.risks.length) return [];
  return [
    '## Risks\n',
    table(
      ['Id', 'Risk', 'Pathway', 'Severity', 'Addressed by'],
      data.risks.map((r) => [code(r.id), md(r.title), md(r.pathway), md(r.severity), ids(r.addressedBy)]),
    ),
  ];
}

function acceptabilityPart(data: ReportData): string[] {
  const out = ['## Acceptability criteria\n'];
  const a = data.acceptability;
  if (a) {
    const rationale = a.rationale ? ` Rationale: ${md(a.rationale)}` : ' No rationale stated.';
    out.push(`Standard: ${md(a.standard)}, set by ${md(a.set_by)}.${rationale}\n`);
  } else out.push('The case states no acceptability standard.\n');
  if (data.criteria.length) {
    out.push(
      table(
        ['Id', 'Criterion', 'Risks', 'Threshold', 'History'],
        data.criteria.map((k) => [
          code(k.id),
          md(k.statement),
          ids(k.risks),
          k.threshold ? md(k.threshold) : 'none',
          k.history
            .map((x) => `${x.date}: ${md(x.threshold)} by ${md(x.setBy)}${x.resultsKnown ? ' (results known)' : ''}`)
            .join('; ') || '—',
        ]),
      ),
    );
  }
  return out;
}

type Decision = NonNullable<ReportData['decision']>;

function makerLine(m: Decision['makers'][number]): string {
  const conflicts = m.conflicts?.length ? `. Declared conflicts: ${m.conflicts.map((x) => md(x)).join('; ')}` : '';
  return `- ${md(m.name)}${m.role ? `, ${md(m.role)}` : ''}${conflicts}`;
}

function conditionLine(k: NonNullable<Decision['conditions']>[number]): string {
  if (typeof k === 'string') return `1. ${md(k)}`;
  const facts = conditionFacts(k);
  const when = facts.length ? ` (${md(facts.join(', '))})` : '';
  return `1. ${k.id ? `${code(k.id)} ` : ''}${md(k.text)}${when}`;
}

function decisionPart(data: ReportData): string[] {
  const out = ['## Decision\n'];
  const d = data.decision;
  if (!d) return [...out, 'No decision is recorded.\n'];
  out.push(`**${md(d.outcome)}** on ${d.date}.\n`);
  out.push('Decision makers:\n');
  for (const m of d.makers) out.push(makerLine(m));
  out.push('');
  out.push(`Residual risk accepted: ${md(d.residual_risk)}\n`);
  if (d.conditions?.length) out.push('Conditions:\n', ...d.conditions.map(conditionLine), '');
  if (d.dissent?.length) {
    out.push('Dissent:\n');
    for (const x of d.dissent) out.push(`- ${md(x.by)}: ${md(x.text)}`);
    out.push('');
  } else out.push('No dissent recorded.\n');
  return out;
}

function triggersPart(data: ReportData): string[] {
  const out = ['## Review triggers\n'];
  const cc = data.changeControl;
  out.push(cc?.expires ? `The case expires on ${cc.expires}.\n` : 'No expiry date.\n');
  if (cc?.review_triggers?.length)
    out.push(
      table(
        ['Id', 'Kind', 'Trigger', 'Watches'],
        cc.review_triggers.map((t) => [
          code(t.id),
          md(t.kind),
          md(t.description),
          t.watch ? code(t.watch) : (t.date ?? ''),
        ]),
      ),
    );
  return out;
}

function redactionsPart(data: ReportData): string[] {
  const state = publicationText(data.publication);
  if (!data.redactions.length) return state ? ['## Publication\n', `${md(state)} Nothing is redacted.\n`] : [];
  return [
    '## Redactions\n',
    ...(state ? [`${md(state)}\n`] : []),
    table(
      ['Target', 'Reason', 'What is withheld'],
      data.redactions.map((r) => [code(r.target), md(r.reason), md(r.description)]),
    ),
  ];
}

function suppressionsPart(data: ReportData): string[] {
  return [
    '## Suppressions\n',
    data.suppressed.length
      ? table(
          ['Rule', 'Target', 'Finding', 'Reason', 'Suppressed by'],
          data.suppressed.map((x) => [
            code(x.rule),
            code(x.target),
            mdInline(x.finding.message),
            md(x.reason),
            md(x.by) + (x.date ? `, ${x.date}` : ''),
          ]),
        )
      : 'No finding is suppressed.\n',
  ];
}

export function renderReportMarkdown(data: ReportData): string {
  const parts = [
    headerPart,
    statusPart,
    findingsPart,
    argumentPart,
    evidencePart,
    contextPart,
    risksPart,
    outOfScopePart,
    acceptabilityPart,
    decisionPart,
    reviewersPart,
    triggersPart,
    redactionsPart,
    suppressionsPart,
  ];
  return parts
    .flatMap((part) => part(data))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}

function nodeLine(n: ReportNode, data: ReportData): string {
  const bits = [`**${kindLabel(n.kind)}** ${code(n.id)}`];
  if (n.status) bits.push(`*${md(n.status.label)}*`);
  if (n.undeveloped && n.status?.status !== 'undeveloped') bits.push('(undeveloped)');
  if (n.alternatives) bits.push(`(needs ${n.alternatives.atLeast} of ${n.alternatives.of}: alternatives)`);
  if (n.defeater) bits.push(`(${md(n.defeater.form)}, ${md(n.defeater.status)})`);
  let line = `${bits.join(' ')}: ${md(n.text)}`;
  if (n.evidence.length) line += ` Cites ${ids(n.evidence)}.`;
  if (n.findings.length) line += ` Findings: ${n.findings.map((i) => code(data.findings[i]!.code)).join(', ')}.`;
  return line;
}

// The report's sections as HTML fragments: header, status summary, findings,
// argument outline (the diagram's text alternative), evidence, context, risks,
// acceptability criteria, decision, review triggers, redactions and
// suppressions. Pure string building; every piece of user text goes through
// escapeHtml, so a case cannot add markup to its own report.
import { type FailedLeg, isFailure, LEGS_MAX, PATH_MAX } from '../../analysis/failed-legs.js';
import { type StatusReason, SUPPORT_STATUSES } from '../../analysis/status-types.js';
import type { Person, Reviewer } from '../../model/schema.js';
import { inlineCodeParts } from '../../output/inline-code.js';
import { own } from '../../util/own.js';
import type { ReportData, ReportEvidence, ReportFinding, ReportNode, ReportResult } from './data.js';
import { escapeHtml as h } from './escape.js';
import { conditionFacts, exclusionFacts, independenceText, publicationText, reviewedText } from './header-text.js';
import { allResults, resultParts } from './result-words.js';

const KIND_LABELS: Record<string, string> = {
  claim: 'Claim',
  strategy: 'Strategy',
  evidence: 'Evidence',
  context: 'Context',
  assumption: 'Assumption',
  justification: 'Justification',
  defeater: 'Defeater',
};

export function kindLabel(kind: string): string {
  return own(KIND_LABELS, kind) ?? kind;
}

interface IdSets {
  nodes: Set<string>;
  evidence: Set<string>;
  risks: Set<string>;
  criteria: Set<string>;
}
const idSetCache = new WeakMap<ReportData, IdSets>();

/** The ids the report shows, as sets (links are looked up once per id, not by scanning). */
function ids(data: ReportData): IdSets {
  let s = idSetCache.get(data);
  if (!s) {
    s = {
      nodes: new Set(data.nodes.map((n) => n.id)),
      evidence: new Set(data.evidence.map((e) => e.id)),
      risks: new Set(data.risks.map((r) => r.id)),
      criteria: new Set(data.criteria.map((k) => k.id)),
    };
    idSetCache.set(data, s);
  }
  return s;
}

/** A link to a node: the outline entry without script, the diagram's detail panel with it. */
export function nodeLink(id: string, data: ReportData): string {
  return ids(data).nodes.has(id)
    ? `<a class="ref" href="#outline-${h(id)}" data-node="${h(id)}"><code>${h(id)}</code></a>`
    : `<code>${h(id)}</code>`;
}

function evidenceLink(id: string): string {
  return `<a class="ref" href="#evidence-${h(id)}"><code>${h(id)}</code></a>`;
}

/** Node, evidence item, risk or criterion id, linked to where the report shows it. */
export function targetLink(id: string, data: ReportData): string {
  const s = ids(data);
  if (s.nodes.has(id)) return nodeLink(id, data);
  if (s.evidence.has(id)) return evidenceLink(id);
  if (s.risks.has(id)) return `<a class="ref" href="#risk-${h(id)}"><code>${h(id)}</code></a>`;
  if (s.criteria.has(id)) return `<a class="ref" href="#criterion-${h(id)}"><code>${h(id)}</code></a>`;
  return `<code>${h(id)}</code>`;
}

function list(items: readonly string[], empty = '<span class="none">none</span>'): string {
  return items.length ? items.join(', ') : empty;
}

function statusBadge(status: string, label: string): string {
  return `<span class="status status-${h(status)}">${h(label)}</span>`;
}

function severityBadge(s: string): string {
  return `<span class="sev sev-${h(s)}">${h(s)}</span>`;
}

function person(p: Person): string {
  const bits = [p.role, p.team, p.organisation].filter(Boolean).map((s) => h(s!));
  let out = `<strong>${h(p.name)}</strong>${bits.length ? ` (${bits.join(', ')})` : ''}`;
  if (p.external) out += ' <span class="tag">external</span>';
  if (p.verdict) out += ` <span class="tag">verdict: ${h(p.verdict)}</span>`;
  if (p.conflicts?.length)
    out += `<br><span class="conflict">Declared conflicts: ${p.conflicts.map(h).join('; ')}</span>`;
  if (p.concerns) out += `<br>Concerns: ${h(p.concerns)}`;
  return out;
}

function section(id: string, title: string, body: string, intro = ''): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${intro}${body}</section>\n`;
}

function dl(rows: [string, string | undefined][]): string {
  const body = rows
    .filter((r) => r[1] !== undefined && r[1] !== '')
    .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
    .join('');
  return body ? `<dl>${body}</dl>` : '';
}

function table(caption: string, head: string[], rows: string[][], cls = ''): string {
  return (
    `<div class="table-wrap"><table${cls ? ` class="${cls}"` : ''}><caption>${caption}</caption>` +
    `<thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

// ---- sections -----------------------------------------------------------------

/** "3 errors", "1 error". */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** " and N module files" beside the root file, or nothing. */
const moduleFiles = (n: number): string => (n > 0 ? ` and ${n} module file${n > 1 ? 's' : ''}` : '');

export function headerHtml(data: ReportData): string {
  const c = data.header;
  const b = c.decision_boundary;
  return (
    `<header class="case-header"><p class="eyebrow">Safety case report · <code>${h(c.id)}</code> · ` +
    `version ${h(c.version)} · ${h(c.status)}</p>` +
    `<h1>${h(c.title)}</h1>` +
    `<p class="boundary"><span class="tag">${h(b.kind)}</span> ${h(b.decision)}</p>` +
    (b.system ? `<p class="system">System: ${h(b.system)}</p>` : '') +
    (c.summary ? `<p class="summary">${h(c.summary)}</p>` : '') +
    (c.valid_from
      ? `<p class="validity">Valid from <time datetime="${h(c.valid_from)}">${h(c.valid_from)}</time></p>`
      : '') +
    `<p class="meta">Judged as of <time datetime="${h(data.asOf)}">${h(data.asOf)}</time> ` +
    `by warrant ${h(data.tool.version)}` +
    (data.generated ? ` · generated ${h(data.generated)}` : '') +
    ` · source <code>${h(data.root)}</code>${moduleFiles(data.files.length - 1)}</p>` +
    `</header>\n`
  );
}

/** A status reason, with links to the node or evidence item it names. */
function reasonHtml(r: StatusReason, data: ReportData): string {
  const node = r.node ? ` (${nodeLink(r.node, data)})` : '';
  return `${htmlInline(r.message)}${node}${r.evidence ? ` (${evidenceLink(r.evidence)})` : ''}`;
}

/** The top claim's failed legs, each as the chain from the top down to where it fails, and why it fails there. */
function failedLegsHtml(legs: readonly FailedLeg[], data: ReportData): string {
  const items = legs
    .slice(0, LEGS_MAX)
    .map((leg) => `<li>${chainHtml(leg.path, data)}: ${reasonHtml(leg.cause, data)}</li>`);
  if (legs.length > LEGS_MAX)
    items.push(
      `<li>… and ${legs.length - LEGS_MAX} more failed legs (each node's status in the outline says why)</li>`,
    );
  const what = legs.length === 1 ? 'this leg' : `these ${legs.length} legs`;
  return (
    `<p class="not-established"><strong class="warn">Not established:</strong> ` +
    `the top claim fails on ${what}, named from the top down.</p><ul class="failed-legs">${items.join('')}</ul>`
  );
}

/** A chain of node links; a very deep one names its first steps and its last two. */
function chainHtml(path: readonly string[], data: ReportData): string {
  const link = (ids: readonly string[]) => ids.map((id) => nodeLink(id, data)).join(' &rarr; ');
  if (path.length <= PATH_MAX + 2) return link(path);
  const middle = path.length - PATH_MAX - 2;
  return `${link(path.slice(0, PATH_MAX))} &rarr; … ${middle} more … &rarr; ${link(path.slice(-2))}`;
}

export function summaryHtml(data: ReportData): string {
  const parts: string[] = [];
  const s = data.status;
  if (s) {
    const top = s.top ? data.nodes.find((n) => n.id === s.top) : undefined;
    parts.push(
      s.top
        ? `<p class="top-status">Top claim ${nodeLink(s.top, data)}: ` +
            (s.topStatus
              ? statusBadge(s.topStatus, data.statusLabels[s.topStatus])
              : '<span class="none">no status</span>') +
            (top ? `<br><span class="top-text">${h(top.text)}</span>` : '') +
            `</p>`
        : '<p class="top-status"><strong class="warn">No top claim:</strong> the argument has no root claim.</p>',
    );
    const legs = s.topFailedLegs ?? [];
    if (legs.length) parts.push(failedLegsHtml(legs, data));
    const reasons = (top?.status?.reasons ?? []).filter((r) => !legs.length || !isFailure(r));
    if (reasons.length)
      parts.push(`<ul class="reasons">${reasons.map((r) => `<li>${reasonHtml(r, data)}</li>`).join('')}</ul>`);
    parts.push(
      table(
        'Claims, strategies and evidence nodes by support status',
        ['Status', 'Nodes'],
        SUPPORT_STATUSES.map((k) => [statusBadge(k, data.statusLabels[k]), String(s.counts[k])]),
        'counts',
      ),
    );
  } else {
    parts.push('<p class="none">Support status was not computed for this report.</p>');
  }
  const fc = data.findingCounts;
  parts.push(
    `<p>Findings: <a href="#findings">` +
      `${plural(fc.error, 'error')}, ${plural(fc.warning, 'warning')}, ${fc.info} info</a>` +
      (data.suppressed.length ? `; <a href="#suppressions">${data.suppressed.length} suppressed</a>` : '') +
      `.</p>`,
  );
  const d = data.decision;
  parts.push(
    d
      ? `<p>Decision: <a href="#decision"><strong>${h(d.outcome)}</strong></a> on ${h(d.date)} ` +
          `by ${d.makers.map((m) => h(m.name)).join(', ')}.</p>`
      : '<p>Decision: <span class="none">not recorded</span>.</p>',
  );
  if (data.changeControl?.expires) {
    const expired = data.changeControl.expires < data.asOf;
    const note = expired ? ' <strong class="warn">(expired at the as-of date)</strong>' : '';
    parts.push(`<p>Case expires: ${h(data.changeControl.expires)}${note}.</p>`);
  }
  return section('summary', 'Status summary', parts.join(''));
}

/** A message or hint as HTML: its backtick spans as <code>, everything else escaped text. */
export function htmlInline(s: string): string {
  return inlineCodeParts(s)
    .map((p) => (p.code ? `<code>${h(p.text)}</code>` : h(p.text)))
    .join('');
}

export function findingRow(f: ReportFinding, data: ReportData): string[] {
  return [
    severityBadge(f.severity),
    `<code>${h(f.code)}</code>`,
    `${htmlInline(f.message)}${f.hint ? `<div class="hint">${htmlInline(f.hint)}</div>` : ''}`,
    f.target ? targetLink(f.target, data) : '',
    `<code class="loc">${h(f.file)}:${f.line}:${f.col}</code>`,
  ];
}

export function findingsHtml(data: ReportData): string {
  if (!data.findings.length) return section('findings', 'Findings', '<p>No findings.</p>');
  return section(
    'findings',
    'Findings',
    table(
      'Findings of the structural checks and the rules, most severe first',
      ['Severity', 'Code', 'Finding', 'Target', 'Location'],
      data.findings.map((f) => findingRow(f, data)),
      'findings',
    ),
  );
}

/** A compact findings list for the preview's side panel. */
export function findingsListHtml(data: ReportData): string {
  if (!data.findings.length) return '<p>No findings.</p>';
  return `<ol class="finding-list">${data.findings
    .map(
      (f) =>
        `<li class="finding finding-${h(f.severity)}">${severityBadge(f.severity)} <code>${h(f.code)}</code>` +
        (f.target ? ` ${targetLink(f.target, data)}` : '') +
        `<div>${h(f.message)}</div><code class="loc">${h(f.file)}:${f.line}:${f.col}</code></li>`,
    )
    .join('')}</ol>`;
}

function nodeSummary(n: ReportNode, data: ReportData): string {
  const st = n.status ? ` ${statusBadge(n.status.status, n.status.label)}` : '';
  const flags = [
    n.undeveloped ? 'undeveloped' : '',
    n.defeated ? 'marked defeated' : '',
    n.alternatives ? `needs ${n.alternatives.atLeast} of ${n.alternatives.of} (alternatives)` : '',
    n.defeater ? `${n.defeater.form}, ${n.defeater.status}` : '',
  ]
    .filter(Boolean)
    .map((f) => ` <span class="tag">${h(f)}</span>`)
    .join('');
  const ev = n.evidence.length ? ` <span class="cites">cites ${n.evidence.map(evidenceLink).join(', ')}</span>` : '';
  return (
    `<span class="kind kind-${h(n.kind)}">${kindLabel(n.kind)}</span> ` +
    `<a class="ref" href="#diagram" data-node="${h(n.id)}"><code>${h(n.id)}</code></a>${st}${flags}` +
    `<div class="node-text">${h(n.text)}</div>${ev}` +
    (n.findings.length
      ? `<div class="node-findings">${plural(n.findings.length, 'finding')}: ` +
        `${n.findings.map((i) => `<code>${h(data.findings[i]!.code)}</code>`).join(', ')}</div>`
      : '')
  );
}

/**
 * The argument as a nested list: the diagram's text alternative, and what a
 * printout or a screen reader reads. Each node is written once; a node reached
 * again (shared support) is named with a link to its first place.
 */
export function outlineHtml(data: ReportData): string {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const item = (id: string): string => {
    const n = byId.get(id);
    if (!n) return '';
    if (seen.has(id)) return `<li class="again">${kindLabel(n.kind)} ${nodeLink(id, data)} (shown above)</li>`;
    seen.add(id);
    const kids = [...n.contexts.map(item), ...n.challengedBy.map(item), ...n.children.map(item)].join('');
    return `<li id="outline-${h(id)}">${nodeSummary(n, data)}${kids ? `<ul>${kids}</ul>` : ''}</li>`;
  };
  const top = data.roots.map(item).join('');
  // Anything not reached from a root (defeaters of nothing, cycles) is still listed.
  const rest = data.nodes
    .filter((n) => !seen.has(n.id))
    .map((n) => item(n.id))
    .join('');
  return section(
    'outline',
    'Argument outline',
    `<ul class="outline">${top}${rest}</ul>`,
    '<p class="intro">Every node of the argument as a list: what it is supported by, the context it is stated in, ' +
      'and the defeaters that challenge it. The same content as the diagram.</p>',
  );
}

function artefactHtml(a: ReportEvidence['artefact']): string {
  if (!a) return '<span class="none">none</span>';
  const hash = a.sha256
    ? `<div class="hash">sha256 <code>${h(a.sha256)}</code></div>`
    : '<div class="hint">no hash</div>';
  return `<code class="uri">${h(a.uri)}</code>${hash}`;
}

function resultText(e: ReportEvidence): string {
  const rs = allResults(e);
  if (!rs.length) return '<span class="none">no result</span>';
  const one = (r: ReportResult) =>
    resultParts(r).map(h).join('; ') + (r.summary ? `<div class="hint">${h(r.summary)}</div>` : '');
  return rs.length === 1 ? one(rs[0]!) : `<ul class="results">${rs.map((r) => `<li>${one(r)}</li>`).join('')}</ul>`;
}

export function evidenceHtml(data: ReportData): string {
  if (!data.evidence.length)
    return section('evidence', 'Evidence', '<p class="none">The case registers no evidence.</p>');
  const rows = data.evidence.map((e) => [
    `<code id="evidence-${h(e.id)}">${h(e.id)}</code>`,
    `${h(e.title)}<div class="hint">${h(e.kind)} · ${h(e.sourceType)}${e.tier ? ` · tier ${h(e.tier)}` : ''}</div>`,
    e.build
      ? `<code>${h(e.build)}</code>${e.model ? `<div class="hint">${h(e.model)}</div>` : ''}`
      : '<span class="none">not stated</span>',
    h(e.date) +
      (e.expires
        ? `<div class="hint">expires ${h(e.expires)}</div>`
        : e.validForDays
          ? `<div class="hint">valid ${e.validForDays} days</div>`
          : ''),
    h(e.producedBy) +
      (e.external ? ' <span class="tag">external</span>' : '') +
      (e.replicated ? ' <span class="tag">replicated</span>' : ''),
    resultText(e),
    artefactHtml(e.artefact),
    `<span class="pol pol-${h(e.polarity)}">${h(e.polarity)}</span>`,
    e.status
      ? statusBadge(e.status.status, e.status.label) +
        e.status.reasons.map((r) => `<div class="hint">${htmlInline(r.message)}</div>`).join('')
      : '<span class="none">not computed</span>',
    list(e.citedBy.map((id) => nodeLink(id, data))),
  ]);
  return section(
    'evidence',
    'Evidence',
    table(
      'The evidence registry with provenance',
      [
        'Id',
        'Evidence',
        'Build measured',
        'Date',
        'Produced by',
        'Result',
        'Artefact',
        'Polarity',
        'Status',
        'Cited by',
      ],
      rows,
      'evidence',
    ),
  );
}

function strings(xs: readonly string[] | undefined): string | undefined {
  return xs?.length ? `<ul>${xs.map((x) => `<li>${h(x)}</li>`).join('')}</ul>` : undefined;
}

export function contextHtml(data: ReportData): string {
  const c = data.context;
  if (!c)
    return section('context', 'Operational context', '<p class="none">The case states no operational context.</p>');
  const comps = c.model.components?.length
    ? table(
        'Model components',
        ['Role', 'Component', 'Build', 'Weights sha256'],
        c.model.components.map((k) => [
          h(k.role),
          h([k.id, k.name, k.model].filter(Boolean).join(' · ')),
          `<code>${h(k.build)}</code>`,
          k.weights_sha256 ? `<code class="hash">${h(k.weights_sha256)}</code>` : '',
        ]),
      )
    : '';
  const pop = c.user_population;
  return section(
    'context',
    'Operational context',
    dl([
      ['Model', `<code>${h(c.model.id)}</code> build <code>${h(c.model.build)}</code>`],
      ['Weights sha256', c.model.weights_sha256 ? `<code class="hash">${h(c.model.weights_sha256)}</code>` : undefined],
      ['Deployment channel', h(c.deployment_channel)],
      [
        'Users',
        h(pop.description) +
          (pop.size !== undefined ? ` (${h(String(pop.size))})` : '') +
          (pop.access_tier ? `, access tier ${h(pop.access_tier)}` : ''),
      ],
      ['Tools', strings(c.tools)],
      ['Access controls', strings(c.access_controls)],
      ['Monitoring', strings(c.monitoring)],
      ['Data access', strings(c.data_access)],
      ['Allowed actions', strings(c.allowed_actions)],
      ['Tool-step budget', c.max_steps !== undefined ? String(c.max_steps) : undefined],
      ['System prompt version', c.system_prompt_version ? h(c.system_prompt_version) : undefined],
      ['Scaffold version', c.scaffold_version ? h(c.scaffold_version) : undefined],
      ['Incident response', c.incident_response ? h(c.incident_response) : undefined],
      ['Notes', c.notes ? h(c.notes) : undefined],
    ]) + comps,
  );
}

export function risksHtml(data: ReportData): string {
  if (!data.risks.length) return section('risks', 'Risks', '<p class="none">The case has no risk model.</p>');
  return section(
    'risks',
    'Risks',
    table(
      'The risk model',
      ['Id', 'Risk', 'Pathway', 'Severity', 'Threat actors', 'Addressed by'],
      data.risks.map((r) => [
        `<code id="risk-${h(r.id)}">${h(r.id)}</code>`,
        `${h(r.title)}${r.description ? `<div class="hint">${h(r.description)}</div>` : ''}`,
        h(r.pathway),
        `<span class="rsev rsev-${h(r.severity)}">${h(r.severity)}</span>`,
        list(r.threatActors.map(h)),
        list(
          r.addressedBy.map((id) => nodeLink(id, data)),
          '<strong class="warn">no claim</strong>',
        ),
      ]),
    ),
  );
}

type AffectedParty = NonNullable<NonNullable<ReportData['acceptability']>['affected_parties']>[number];

function affectedPartyHtml(p: AffectedParty): string {
  const description = p.description ? ` ${h(p.description)}` : '';
  return `<li>${h(p.group)} <span class="tag">${h(p.relation)}</span>${description}</li>`;
}

/** Whether a threshold was set with the results known, flagged when it was. */
function resultsKnownHtml(known: boolean | undefined): string {
  if (known === true) return ' <strong class="warn">(results known)</strong>';
  return known === false ? ' (before results)' : '';
}

export function acceptabilityHtml(data: ReportData): string {
  const a = data.acceptability;
  const parts: string[] = [];
  if (a) {
    parts.push(
      dl([
        ['Standard', h(a.standard)],
        ['Set by', h(a.set_by)],
        [
          'Why those affected should accept the residual harms',
          a.rationale ? h(a.rationale) : '<span class="none">not stated</span>',
        ],
        [
          'Affected parties',
          a.affected_parties?.length ? `<ul>${a.affected_parties.map(affectedPartyHtml).join('')}</ul>` : undefined,
        ],
        ['Residual harms', strings(a.residual_harms)],
      ]),
    );
  } else parts.push('<p class="none">The case states no acceptability standard.</p>');
  if (data.criteria.length) {
    parts.push(
      table(
        'Acceptability criteria and the history of their thresholds',
        ['Id', 'Criterion', 'Risks', 'Metric', 'Threshold', 'History'],
        data.criteria.map((k) => [
          `<code id="criterion-${h(k.id)}">${h(k.id)}</code>`,
          h(k.statement),
          list(k.risks.map((r) => targetLink(r, data))),
          k.metric ? h(k.metric) : '',
          k.threshold ? h(k.threshold) : '<strong class="warn">none</strong>',
          k.history.length
            ? `<ol class="history">${k.history
                .map(
                  (x) =>
                    `<li><time>${h(x.date)}</time> ${h(x.threshold)} set by ${h(x.setBy)}: ${h(x.reason)}` +
                    `${resultsKnownHtml(x.resultsKnown)}</li>`,
                )
                .join('')}</ol>`
            : '<span class="none">no history</span>',
        ]),
      ),
    );
  }
  return section('acceptability', 'Acceptability criteria', parts.join(''));
}

/** A condition's owner, due date, what it tracks and extends to, in brackets, or nothing. */
function conditionNote(facts: readonly string[]): string {
  return facts.length ? ` <span class="hint">(${facts.map(h).join(', ')})</span>` : '';
}

export function decisionHtml(data: ReportData): string {
  const d = data.decision;
  if (!d) return section('decision', 'Decision', '<p class="none">No decision is recorded.</p>');
  const sc = d.scope;
  const scope = sc
    ? dl([
        ['Build', sc.build ? `<code>${h(sc.build)}</code>` : undefined],
        ['Tools', strings(sc.tools)],
        [
          'Population',
          sc.population
            ? h(sc.population) + (sc.population_size !== undefined ? ` (${h(String(sc.population_size))})` : '')
            : undefined,
        ],
        ['Access tier', sc.access_tier ? h(sc.access_tier) : undefined],
        ['Tool-step budget', sc.max_steps !== undefined ? String(sc.max_steps) : undefined],
        ['Deployment channel', sc.deployment_channel ? h(sc.deployment_channel) : undefined],
      ])
    : '';
  const conditions = (d.conditions ?? []).map((k) =>
    typeof k === 'string'
      ? `<li>${h(k)}</li>`
      : `<li>${k.id ? `<code>${h(k.id)}</code> ` : ''}${h(k.text)}${conditionNote(conditionFacts(k))}</li>`,
  );
  return section(
    'decision',
    'Decision',
    dl([
      ['Outcome', `<strong class="outcome outcome-${h(d.outcome)}">${h(d.outcome)}</strong>`],
      ['Date', h(d.date)],
      ['Decision makers', `<ul>${d.makers.map((m) => `<li>${person(m)}</li>`).join('')}</ul>`],
      ['Residual risk accepted', h(d.residual_risk)],
      ['Conditions', conditions.length ? `<ol>${conditions.join('')}</ol>` : '<span class="none">none</span>'],
      [
        'Dissent',
        d.dissent?.length
          ? `<ul>${d.dissent.map((x) => `<li><strong>${h(x.by)}</strong>: ${h(x.text)}</li>`).join('')}</ul>`
          : '<span class="none">none recorded</span>',
      ],
      ['Rationale', d.rationale ? h(d.rationale) : undefined],
      ['Scope decided on', scope || undefined],
    ]),
  );
}

export function peopleHtml(data: ReportData): string {
  const a = data.header.authors ?? [];
  const r = data.header.reviewers ?? [];
  if (!a.length && !r.length) return '';
  return section(
    'people',
    'Authors and reviewers',
    dl([
      [
        'Authors',
        a.length
          ? `<ul>${a.map((p) => `<li>${person(p)}</li>`).join('')}</ul>`
          : '<span class="none">none named</span>',
      ],
      [
        'Reviewers',
        r.length
          ? `<ul>${r.map((p) => `<li>${reviewer(p)}</li>`).join('')}</ul>`
          : '<span class="none">none named</span>',
      ],
    ]),
  );
}

/** A reviewer: the person, then what they reviewed and whom they are independent of (format 2). */
function reviewer(r: Reviewer): string {
  const reviewed = reviewedText(r);
  const independent = independenceText(r);
  return (
    person(r) +
    (reviewed ? `<br>Reviewed: ${h(reviewed)}` : '') +
    (independent ? `<br>Independent of: ${h(independent)}` : '')
  );
}

/** What the case explicitly does not cover (format 2), or nothing when it says nothing. */
export function outOfScopeHtml(data: ReportData): string {
  const xs = data.header.out_of_scope ?? [];
  if (!xs.length) return '';
  return section(
    'out-of-scope',
    'Out of scope',
    table(
      'What this case explicitly does not cover, and why',
      ['Kind', 'What', 'Reason', 'Details'],
      xs.map((x) => [h(x.kind), h(x.what), h(x.reason), h(exclusionFacts(x).join('; '))]),
    ),
  );
}

export function triggersHtml(data: ReportData): string {
  const cc = data.changeControl;
  const triggers = cc?.review_triggers ?? [];
  const body =
    (cc?.expires
      ? `<p>The case expires on <strong>${h(cc.expires)}</strong>.</p>`
      : '<p class="none">No expiry date.</p>') +
    (triggers.length
      ? table(
          'What reopens the case',
          ['Id', 'Kind', 'Trigger', 'Watches', 'Date'],
          triggers.map((t) => [
            `<code>${h(t.id)}</code>`,
            h(t.kind),
            h(t.description),
            t.watch ? `<code>${h(t.watch)}</code>` : '',
            t.date ? h(t.date) : '',
          ]),
        )
      : '<p class="none">No review triggers.</p>');
  return section('triggers', 'Review triggers', body);
}

export function redactionsHtml(data: ReportData): string {
  const state = publicationText(data.publication);
  if (!data.redactions.length)
    return state ? section('redactions', 'Publication', `<p>${h(state)} Nothing is redacted.</p>`) : '';
  return section(
    'redactions',
    'Redactions',
    (state ? `<p>${h(state)}</p>` : '') +
      table(
        'Items withheld from the public version, and why',
        ['Target', 'Reason', 'What is withheld', 'Attestation'],
        data.redactions.map((r) => [
          targetLink(r.target, data),
          h(r.reason),
          h(r.description),
          r.attestation
            ? `${h(r.attestation.by)}: ${h(r.attestation.statement)}` +
              (r.attestation.date ? ` (${h(r.attestation.date)})` : '')
            : '<span class="none">none</span>',
        ]),
      ),
  );
}

export function suppressionsHtml(data: ReportData): string {
  if (!data.suppressed.length) return section('suppressions', 'Suppressions', '<p>No finding is suppressed.</p>');
  return section(
    'suppressions',
    'Suppressions',
    table(
      'Findings silenced by the case\u2019s configuration: listed, never hidden',
      ['Rule', 'Target', 'Finding', 'Reason', 'Suppressed by'],
      data.suppressed.map((s) => [
        `<code>${h(s.rule)}</code>`,
        targetLink(s.target, data),
        `${severityBadge(s.finding.severity)} ${h(s.finding.message)}` +
          `<div><code class="loc">${h(s.finding.file)}:${s.finding.line}:${s.finding.col}</code></div>`,
        h(s.reason),
        `${h(s.by)}${s.date ? `<div class="hint">${h(s.date)}</div>` : ''}`,
      ]),
    ),
  );
}

// The format-2 header fields in the report: validity start, exclusions,
// reviewer scope and independence, structured conditions, publication state.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../../check/examples.js';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import { renderReportHtml } from './html.js';
import { reportFor } from './index.js';
import { renderReportMarkdown } from './markdown.js';

const HEADER = `  valid_from: 2026-09-01
  reviewers:
    - { name: Ruth Kessler, organisation: Greyhaven <LLP>, external: true, reviewed: { risks: [R1], evidence: [ev1] }, independent_of: [authors, model-developer] }
    - { name: Sam Okoro, reviewed: whole-case }
  out_of_scope:
    - { kind: user-group, what: Users under 18, reason: No child-safety evaluation was run., terms: [minors] }
    - { kind: risk, what: CBRN uplift, risk: R9, reason: Argued separately., covered_by: cbrn-case }
`;

const BODY = `risks:
  R1: { title: Cyber uplift, pathway: cyber, severity: high }
argument:
  G1: { kind: claim, text: No meaningful uplift., addresses: [R1], supported_by: [E1] }
  E1: { kind: evidence, text: Red team, evidence: [ev1] }
  D1: { kind: defeater, text: The suite is old., challenges: [G1], status: open }
evidence:
  ev1: { title: Red team, kind: red-team, source_type: internal-test, date: 2026-08-01, produced_by: Red team, polarity: supports }
decision:
  outcome: approve-with-conditions
  date: 2026-09-10
  makers: [{ name: Ada Chair, role: CRO }]
  residual_risk: Some.
  conditions:
    - { id: cond-suite, text: The suite is refreshed., owner: Ada Chair, due: 2026-12-01, tracks: [D1, R1], extends: { tools: [web-browser], thresholds: [{ criterion: K1, max: 0.05 }] } }
publication:
  state: published-with-redactions
  published: 2026-09-15
  redactions:
    - { target: ev1, reason: cybersecurity, description: Exploit details. }
`;

function report(header: string) {
  const yaml = EXAMPLE_HEADER + header + BODY;
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': yaml }));
  assert.ok(r.case, JSON.stringify(r.diagnostics));
  return reportFor(r.case!, r.diagnostics, { asOf: '2026-10-01', version: '9.9.9' });
}

describe('report: format-2 header fields', () => {
  it.only('Markdown shows validity, exclusions, reviewer scope, structured conditions and the publication state', () => {
    const md = renderReportMarkdown(report(HEADER));
    assert.match(md, /Valid from 2026-09-01\./);
    assert.match(md, /## Out of scope\n\n\| Kind \| What \| Reason \| Details \|/);
    assert.match(
      md,
      /\| user-group \| Users under 18 \| No child-safety evaluation was run\. \| covered by no other case \|/,
    );
    assert.match(md, /\| risk \| CBRN uplift \| Argued separately\. \| risk R9; covered by case cbrn-case \|/);
    assert.match(
      md,
      /- Ruth Kessler \(Greyhaven &lt;LLP&gt;\), external\. Reviewed: risks R1; evidence ev1\. Independent of: authors, model-developer\./,
    );
    assert.match(md, /- Sam Okoro\. Reviewed: the whole case\. Independent of: not stated\./);
    assert.match(
      md,
      /`cond-suite` The suite is refreshed\. \(owner Ada Chair, due 2026-12-01, tracks D1, R1, extends to tools web-browser; K1 max 0\.05\)/,
    );
    assert.match(md, /## Redactions\n\nPublished with redactions on 2026-09-15\./);
  });

  it('HTML shows the same, escaped', () => {
    const html = renderReportHtml(report(HEADER), { diagramSvg: '<svg></svg>', script: 'void 0;' });
    assert.match(html, /<p class="validity">Valid from <time datetime="2026-09-01">2026-09-01<\/time><\/p>/);
    assert.match(html, /<section id="out-of-scope"[^>]*><h2 id="out-of-scope-h">Out of scope<\/h2>/);
    assert.match(html, /Reviewed: risks R1; evidence ev1<br>Independent of: authors, model-developer/);
    assert.match(html, /Greyhaven &lt;LLP&gt;/);
    assert.match(html, /tracks D1, R1, extends to tools web-browser; K1 max 0\.05/);
    assert.match(html, /<p>Published with redactions on 2026-09-15\.<\/p>/);
  });

  it('a case without the fields shows none of them', () => {
    const plain = report('').header;
    assert.equal(plain.valid_from, undefined);
    const md = renderReportMarkdown(report(''));
    assert.doesNotMatch(md, /Valid from|## Out of scope|## Reviewers/);
    const html = renderReportHtml(report(''), { diagramSvg: '<svg></svg>', script: 'void 0;' });
    assert.doesNotMatch(html, /class="validity"|id="out-of-scope"/);
  });
});

// The report's data, HTML and Markdown: content, escaping of hostile text,
// the CSP, and byte stability.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { CaseStatus } from '../../analysis/status-types.js';
import { EXAMPLE_HEADER } from '../../check/examples.js';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import { escapeHtml, escapeMarkdown, jsonForScript, markdownCode, markdownInlineCode } from './escape.js';
import { contentSecurityPolicy, renderReportHtml } from './html.js';
import { reportFor } from './index.js';
import { renderReportMarkdown } from './markdown.js';
import { htmlInline } from './sections.js';

const HOSTILE = '<script>alert(1)</script> | *bold* [x](http://evil.example) </script><!--';

const caseYaml =
  EXAMPLE_HEADER.replace('title: Example case', `title: ${JSON.stringify(`Example ${HOSTILE}`)}`) +
  `risks:
  R1: { title: Cyber uplift, pathway: cyber, severity: high }
acceptability:
  standard: Lab standard S-1
  set_by: Review board
  criteria:
    K1:
      statement: At most 2% success.
      risks: [R1]
      threshold: { max: 0.02 }
      history:
        - { date: 2026-01-01, threshold: { max: 0.05 }, set_by: Board, reason: Initial., results_known: false }
        - { date: 2026-02-01, threshold: { max: 0.02 }, set_by: Board, reason: Tightened., results_known: true }
argument:
  G1:
    kind: claim
    text: ${JSON.stringify(HOSTILE)}
    addresses: [R1]
    supported_by: [S1]
  S1:
    kind: strategy
    text: Argue over each risk.
    supported_by: [G2]
  G2:
    kind: claim
    text: The model cannot do the attack.
    supported_by: [E1]
  E1:
    kind: evidence
    text: Red-team results.
    evidence: [ev1]
  D1:
    kind: defeater
    text: The suite is old.
    challenges: [G2]
    status: open
evidence:
  ev1:
    title: Red team | suite
    kind: red-team
    source_type: internal-test
    measured: { build: b-1, model: m }
    date: 2026-01-10
    produced_by: Red team
    artefact: { uri: "s3://bucket/run.eval", sha256: "${'a'.repeat(64)}" }
    result: { metric: success rate, value: 0.01, interval: [0, 0.03], sample_size: 200, threshold: { max: 0.02 } }
    polarity: supports
decision:
  outcome: approve-with-conditions
  date: 2026-03-01
  makers: [{ name: Ada Chair, role: CRO, conflicts: [Holds equity.] }]
  residual_risk: Some.
  conditions: [{ id: c1, text: Re-run the suite., owner: Ada, due: 2026-06-01 }]
  dissent: [{ by: Bo, text: Too early. }]
change_control:
  expires: 2026-12-01
  review_triggers: [{ id: t1, kind: new-build, description: A new build, watch: context.model.build }]
`;

function load() {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': caseYaml }));
  assert.ok(r.case, JSON.stringify(r.diagnostics));
  return r;
}

const status = (): CaseStatus => ({
  asOf: '2026-04-28',
  top: 'G1',
  nodes: new Map([
    ['G1', { status: 'challenged', reasons: [{ code: 'inherited', message: 'G2 is challenged.', node: 'G2' }] }],
    ['S1', { status: 'challenged', reasons: [] }],
    ['G2', { status: 'challenged', reasons: [{ code: 'open-defeater', message: 'D1 is open.', node: 'D1' }] }],
    ['E1', { status: 'supported', reasons: [] }],
  ]),
  counts: {
    supported: 1,
    degraded: 0,
    stale: 0,
    contested: 0,
    challenged: 3,
    unsupported: 0,
    undeveloped: 0,
    defeated: 0,
  },
});

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><g data-id="G1"><rect width="10" height="10"/></g></svg>';

function data(withStatus = true) {
  const r = load();
  return reportFor(r.case!, r.diagnostics, {
    asOf: '2026-04-28',
    version: '9.9.9',
    ...(withStatus ? { status: () => status() } : {}),
  });
}

describe('report data', () => {
  it('gathers nodes, evidence, defeaters, findings and status', () => {
    const d = data();
    const g2 = d.nodes.find((n) => n.id === 'G2')!;
    assert.deepEqual(g2.challengedBy, ['D1']);
    assert.equal(g2.status?.label, 'challenged');
    assert.deepEqual(d.evidence[0]!.citedBy, ['E1']);
    assert.equal(d.evidence[0]!.result?.threshold, '≤ 0.02');
    assert.equal(d.status?.topStatus, 'challenged');
    assert.ok(d.findings.length > 0);
    for (const n of d.nodes) for (const i of n.findings) assert.equal(d.findings[i]!.target, n.id);
    // Most severe first.
    const ranks = d.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
    assert.equal(d.criteria[0]!.history.length, 2);
  });
});

describe('HTML report', () => {
  it('keeps hostile text as text, everywhere', () => {
    const html = renderReportHtml(data(), { diagramSvg: SVG, script: 'void 0;' });
    // The only script elements are the data block and the app.
    assert.equal(html.match(/<script/g)!.length, 2);
    assert.equal(html.match(/<\/script>/g)!.length, 2);
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<!--'));
    // The data block round-trips the text exactly.
    const block = /<script type="application\/json" id="warrant-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const parsed = JSON.parse(block) as { nodes: { id: string; text: string }[] };
    assert.equal(parsed.nodes.find((n) => n.id === 'G1')!.text, HOSTILE);
  });

  it('has a CSP that allows only its own inline script and inline styles', () => {
    const script = 'console.log("x");';
    const html = renderReportHtml(data(), { diagramSvg: SVG, script });
    const hash = createHash('sha256').update(script).digest('base64');
    const csp = contentSecurityPolicy(script, false);
    assert.match(csp, /default-src 'none'/);
    assert.ok(csp.includes(`script-src 'sha256-${hash}'`));
    assert.ok(!csp.includes('connect-src'));
    assert.ok(html.includes(`content="${csp.replace(/'/g, '&#39;')}"`));
    assert.match(contentSecurityPolicy(script, true), /connect-src 'self'/);
    assert.throws(() => renderReportHtml(data(), { diagramSvg: SVG, script: 'a="</script>"' }));
  });

  it('shows every section and is byte-stable', () => {
    const a = renderReportHtml(data(), { diagramSvg: SVG, script: 'void 0;' });
    const b = renderReportHtml(data(), { diagramSvg: SVG, script: 'void 0;' });
    assert.equal(a, b);
    for (const id of [
      'summary',
      'diagram',
      'findings',
      'outline',
      'evidence',
      'context',
      'risks',
      'acceptability',
      'decision',
      'triggers',
      'suppressions',
    ]) {
      assert.ok(a.includes(`<section id="${id}"`), id);
    }
    assert.match(a, /warrant 9\.9\.9/);
    assert.match(a, /2026-04-28/);
    assert.ok(a.includes('s3://bucket/run.eval'));
    assert.ok(a.includes('a'.repeat(64)));
    assert.ok(a.includes('(results known)'));
    assert.ok(a.includes('Holds equity.'));
    assert.ok(!/generated \d/.test(a));
  });

  it('says so when status was not computed', () => {
    const html = renderReportHtml(data(false), { diagramSvg: SVG, script: 'void 0;' });
    assert.match(html, /Support status was not computed/);
  });
});

describe('Markdown report', () => {
  it('has the sections and escapes user text', () => {
    const text = renderReportMarkdown(data());
    for (const h of [
      '## Status summary',
      '## Findings',
      '## Argument',
      '## Evidence',
      '## Acceptability criteria',
      '## Decision',
      '## Review triggers',
      '## Suppressions',
    ]) {
      assert.ok(text.includes(h), h);
    }
    assert.ok(!text.includes('<script>'));
    assert.ok(text.includes('&lt;script&gt;'));
    assert.ok(text.includes('Red team \\| suite'));
    // Every table row has as many cells as its header.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\| .* \|$/.test(lines[i]!) || !/^\| ---/.test(lines[i + 1] ?? '')) continue;
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      const n = cells(lines[i]!);
      for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++)
        assert.equal(cells(lines[j]!), n, lines[j]);
    }
    assert.equal(text, renderReportMarkdown(data()));
  });

  it('escapes Markdown and code spans', () => {
    assert.equal(escapeMarkdown('a|b *c* <i>'), 'a\\|b \\*c\\* &lt;i&gt;');
    assert.equal(escapeMarkdown('# head'), '\\# head');
    assert.equal(escapeMarkdown('1. item'), '1\\. item');
    assert.equal(escapeMarkdown('1.0.0'), '1.0.0');
    assert.equal(markdownCode('a`b'), '``a`b``');
    assert.equal(escapeMarkdown('version 1.0.0 of m4-rc3'), 'version 1.0.0 of m4-rc3', 'no needless escapes');
    assert.equal(escapeHtml(`<a href="x" title='y'>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;');
    assert.equal(
      jsonForScript({ t: '</script><!-- & \u2028' }),
      '{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}',
    );
  });
});

describe('code in messages and hints', () => {
  const hint = 'Add `polarity:` to <E1>; it takes *one* of: supports.';
  it('HTML shows backtick spans as <code> and escapes the rest', () => {
    assert.equal(htmlInline(hint), 'Add <code>polarity:</code> to &lt;E1&gt;; it takes *one* of: supports.');
    assert.equal(htmlInline('no code <b>'), 'no code &lt;b&gt;');
  });
  it('Markdown keeps backtick spans as code spans and escapes the rest', () => {
    assert.equal(markdownInlineCode(hint), 'Add `polarity:` to &lt;E1&gt;; it takes \\*one\\* of: supports.');
    assert.equal(markdownInlineCode('a ` b'), 'a \\` b', 'an unmatched backtick stays escaped text');
  });
});

describe('status summary when the top claim is not established', () => {
  const failing = (): CaseStatus => ({
    ...status(),
    nodes: new Map([
      ['G1', { status: 'unsupported', reasons: [{ code: 'failed-leg', message: 'It needs S1.', node: 'S1' }] }],
      [
        'S1',
        {
          status: 'unsupported',
          reasons: [
            { code: 'failed-leg', message: 'It needs G2.', node: 'G2' },
            { code: 'inherited', message: 'It rests on X.', node: 'G2' },
          ],
        },
      ],
      ['G2', { status: 'undeveloped', reasons: [{ code: 'undeveloped', message: 'Claim G2 is marked undeveloped.' }] }],
      ['E1', { status: 'supported', reasons: [] }],
    ]),
  });
  const failingData = () => {
    const r = load();
    return reportFor(r.case!, r.diagnostics, { asOf: '2026-04-28', version: '9.9.9', status: () => failing() });
  };

  it('names the failed legs from the top down, in the data, the HTML and the Markdown', () => {
    const d = failingData();
    assert.deepEqual(
      d.status!.topFailedLegs!.map((l) => `${l.path.join('>')}: ${l.cause.message}`),
      ['G1>S1>G2: Claim G2 is marked undeveloped.'],
    );
    const html = renderReportHtml(d, { diagramSvg: SVG, script: 'void 0;' });
    assert.match(html, /<strong class="warn">Not established:<\/strong> the top claim fails on this leg/);
    assert.match(
      html,
      /<ul class="failed-legs"><li><a [^>]*><code>G1<\/code><\/a> &rarr; <a [^>]*><code>S1<\/code><\/a> &rarr; <a [^>]*><code>G2<\/code><\/a>/,
    );
    assert.doesNotMatch(html, /<ul class="reasons"><li>It needs S1/, 'the failure is shown as the chain, not again');
    const md = renderReportMarkdown(d);
    assert.match(md, /\*\*Not established:\*\* the top claim fails on this leg, named from the top down\./);
    assert.match(md, /- `G1` → `S1` → `G2`: Claim G2 is marked undeveloped\./);
  });

  it('an established top claim has no failed legs in the data', () => {
    assert.equal(data().status!.topFailedLegs, undefined);
  });
});

describe('declared alternatives in the report', () => {
  it('shows that a node needs k of its n supporting nodes, in the data, the HTML and the Markdown', () => {
    const yaml = caseYaml.replace(
      '    supported_by: [G2]\n',
      '    supported_by: [G2]\n    support: { at_least: 1, justification: One leg is enough. }\n',
    );
    const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': yaml }));
    assert.ok(r.case, JSON.stringify(r.diagnostics));
    const d = reportFor(r.case, r.diagnostics, { asOf: '2026-04-28', version: '9.9.9' });
    assert.deepEqual(d.nodes.find((n) => n.id === 'S1')!.alternatives, {
      atLeast: 1,
      of: 1,
      justification: 'One leg is enough.',
    });
    assert.match(renderReportHtml(d, { diagramSvg: SVG, script: 'void 0;' }), /needs 1 of 1 \(alternatives\)/);
    assert.match(renderReportMarkdown(d), /\(needs 1 of 1: alternatives\)/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadSmall } from '../../../test/support/analysis.js';
import { diffCases } from './diff.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffPretty } from './format.js';
import { mdText } from './format-text.js';

describe('mdText', () => {
  it('escapes HTML, mentions, Markdown punctuation and line breaks in one pass', () => {
    assert.equal(mdText('<b>@team</b> *x* | y\nz'), '&lt;b&gt;@\u200dteam&lt;/b&gt; \\*x\\* \\| y<br>z');
    assert.equal(mdText("it's & done"), 'it&#39;s &amp; done');
  });

  it('leaves punctuation that makes no Markdown as written: versions, ids, colons, brackets', () => {
    assert.equal(mdText('1.0.0 -> m4-rc3 (trigger: trg-build) #x'), '1.0.0 -&gt; m4-rc3 (trigger: trg-build) #x');
    assert.equal(mdText('- item\n2. next'), '\\- item<br>2\\. next');
  });

  it('never lets a tag open, a mention through, or a table cell break', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('<', '>', '@', '|', '\\', '&', '#', 'a', ' ', '\n', '`', '[', ']', '(', ')', 'x'),
        }),
        (s) => {
          const out = mdText(s);
          assert.ok(!/[<>]/.test(out.replace(/<br>/g, '')), out);
          assert.ok(!/(?<![A-Za-z0-9_])@[A-Za-z0-9]/.test(out), out);
          assert.ok(!/(^|[^\\])\|/.test(out), out);
          assert.ok(!/\n/.test(out), out);
        },
      ),
    );
  });
});

describe('diff formats', () => {
  const a = loadSmall('argument:\n  G1: { kind: claim, text: Top., undeveloped: true }\n').c;
  const b = loadSmall(
    `argument:\n  G1: { kind: claim, text: Top., supported_by: [${[1, 2, 3, 4, 5].map((i) => `X${i}`).join(', ')}] }\n${[1, 2, 3, 4, 5].map((i) => `  X${i}: { kind: claim, text: "Part ${i}\\u001b[31m", undeveloped: true }\n`).join('')}`,
  ).c;
  const d = diffCases(a, b, { labels: { a: 'old', b: 'new' } });

  it('Markdown caps each table and says how many rows are left out', () => {
    const md = formatDiffMarkdown(d, { maxRows: 2 });
    assert.match(md, /\*… and 3 more rows: run `warrant diff --format json` for all of them\.\*/);
    assert.equal((md.match(/^\| added \| claim \|/gm) ?? []).length, 2);
  });

  it('pretty output names every change in words and escapes control characters', () => {
    const text = formatDiffPretty(d, { color: false });
    assert.match(text, /^warrant diff: old -> new\n/);
    assert.match(text, /5 nodes added, 1 node with changed fields, 5 links changed/);
    assert.match(text, /added +claim X1: Part 1\\x1b\[31m/);
    assert.ok(!text.includes('\u001b'), 'no raw escape reaches the terminal');
    assert.equal(formatDiffPretty(d, { color: false }), text, 'deterministic');
  });

  it('JSON parses back with the schema name and a summary', () => {
    const j = JSON.parse(formatDiffJson(d));
    assert.equal(j.schema, 'warrant-diff/2');
    assert.equal(j.summary.nodesAdded, 5);
    assert.equal(j.identical, false);
  });
});

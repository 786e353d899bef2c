import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mdText } from './format-text.js';

describe('mdText', () => {
  it('escapes HTML, mentions, Markdown punctuation and line breaks in one pass', () => {
    assert.equal(mdText('<b>@team</b> *x* | y\nz'), '&lt;b&gt;&#64;team&lt;/b&gt; \\*x\\* \\| y<br>z');
    assert.equal(mdText("it's & done"), 'it&#39;s &amp; done');
  });

  it('never lets a tag open, a mention through, or a table cell break', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '@', '|', '\\', '&', '#', 'a', ' ', '\n', '`', '[', ']', '(', ')', 'x') }), (s) => {
        const out = mdText(s);
        assert.ok(!/[<>]/.test(out.replace(/<br>/g, '')), out);
        assert.ok(!/@/.test(out), out);
        assert.ok(!/(^|[^\\])\|/.test(out), out);
        assert.ok(!/\n/.test(out), out);
      }),
    );
  });
});

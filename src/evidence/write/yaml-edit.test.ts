import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { addInclude, EditError, setEvidenceItem } from './yaml-edit.js';

const MODULE = `# Evidence registry. Keep this comment.
module:
  id: evidence
  title: Evidence   # and this one

evidence:
  # About ev-a: hand-written.
  ev-a:
    title: A
    kind: capability-evaluation
    result: { metric: accuracy, value: 0.50, threshold: { max: 0.6 } }   # flow style kept when unchanged
    polarity: supports
    notes: >-
      Folded text
      over two lines.

  ev-b:
    title: B
    polarity: mixed
# trailing comment
`;

const item = {
  title: 'A',
  kind: 'capability-evaluation',
  measured: { model: 'openai/gpt-4o', build: 'gpt-4o-2024-08-06' },
  result: { metric: 'accuracy', value: 0.5, threshold: { max: 0.6 } },
  polarity: 'supports',
  notes: 'Folded text over two lines.',
};

describe('setEvidenceItem', () => {
  it('updates only the fields that changed; every other byte stays', () => {
    const out = setEvidenceItem(MODULE, 'e.yaml', 'ev-a', item);
    assert.equal(
      out,
      MODULE.replace(
        '    kind: capability-evaluation\n',
        '    kind: capability-evaluation\n    measured:\n      model: openai/gpt-4o\n      build: gpt-4o-2024-08-06\n',
      ),
    );
    assert.deepEqual(parse(out).evidence['ev-a'], item);
  });

  it('rewrites a changed field in place and removes a field the item no longer has', () => {
    const out = setEvidenceItem(MODULE, 'e.yaml', 'ev-a', {
      ...item,
      result: { metric: 'accuracy', value: 0.7 },
      notes: undefined,
    });
    assert.match(out, / {4}result:\n {6}metric: accuracy\n {6}value: 0\.7\n {4}polarity: supports\n\n {2}ev-b:/);
    assert.ok(
      out.startsWith(
        '# Evidence registry. Keep this comment.\nmodule:\n  id: evidence\n  title: Evidence   # and this one\n',
      ),
    );
    assert.ok(out.endsWith('  ev-b:\n    title: B\n    polarity: mixed\n# trailing comment\n'));
  });

  it('appends a new item after the last one, separated by a blank line', () => {
    const out = setEvidenceItem(MODULE, 'e.yaml', 'ev-c', {
      title: 'C',
      polarity: 'supports',
      result: { metric: 'm', interval: [0.1, 0.2] },
    });
    assert.equal(
      out,
      MODULE.replace(
        '    polarity: mixed\n',
        '    polarity: mixed\n\n  ev-c:\n    title: C\n    polarity: supports\n    result:\n      metric: m\n      interval: [0.1, 0.2]\n',
      ),
    );
  });

  it('creates the evidence map when the file has none, or fills an empty one', () => {
    assert.equal(
      setEvidenceItem('module:\n  id: m\n', 'm.yaml', 'ev-x', { title: 'X' }),
      'module:\n  id: m\n\nevidence:\n  ev-x:\n    title: X\n',
    );
    assert.equal(
      setEvidenceItem('module:\n  id: m\nevidence:\n# end\n', 'm.yaml', 'ev-x', { title: 'X' }),
      'module:\n  id: m\nevidence:\n  ev-x:\n    title: X\n# end\n',
    );
    assert.equal(
      setEvidenceItem('module:\n  id: m\nevidence: {}\n', 'm.yaml', 'ev-x', { title: 'X' }),
      'module:\n  id: m\nevidence:\n  ev-x:\n    title: X\n',
    );
  });

  it('quotes what YAML would otherwise read as another type, and writes multi-line text as a block', () => {
    const out = setEvidenceItem('', 'm.yaml', 'ev-x', {
      a: '0.3',
      b: 'yes: no',
      c: 'line 1\nline 2',
      d: null,
      e: '2025-05-12',
    });
    assert.deepEqual(parse(out), {
      evidence: { 'ev-x': { a: '0.3', b: 'yes: no', c: 'line 1\nline 2', d: null, e: '2025-05-12' } },
    });
  });

  it('keeps CRLF line endings', () => {
    const crlf = MODULE.replace(/\n/g, '\r\n');
    const out = setEvidenceItem(crlf, 'e.yaml', 'ev-c', { title: 'C' });
    assert.equal(
      out,
      MODULE.replace('    polarity: mixed\n', '    polarity: mixed\n\n  ev-c:\n    title: C\n').replace(/\n/g, '\r\n'),
    );
    assert.equal(addInclude('includes:\r\n  - a.yaml\r\n', 'w', 'b.yaml'), 'includes:\r\n  - a.yaml\r\n  - b.yaml\r\n');
  });

  it('refuses a file that is not YAML or not a mapping', () => {
    assert.throws(() => setEvidenceItem('a: [\n', 'bad.yaml', 'x', {}), EditError);
    assert.throws(() => setEvidenceItem('- 1\n', 'bad.yaml', 'x', {}), /not hold a mapping/);
    assert.throws(() => setEvidenceItem('evidence: [1]\n', 'bad.yaml', 'x', {}), /not a mapping of ids/);
  });
});

describe('addInclude', () => {
  it('appends to a block list keeping comments, or to a flow list', () => {
    assert.equal(
      addInclude('warrant: 1\nincludes:\n  - a.yaml # first\n  - b.yaml\n\nargument: {}\n', 'w', 'ev.yaml'),
      'warrant: 1\nincludes:\n  - a.yaml # first\n  - b.yaml\n  - ev.yaml\n\nargument: {}\n',
    );
    assert.equal(addInclude('includes: [a.yaml]\n', 'w', 'ev.yaml'), 'includes: [a.yaml, ev.yaml]\n');
    assert.equal(addInclude('includes: []\n', 'w', 'ev.yaml'), 'includes: [ev.yaml]\n');
    assert.equal(addInclude('includes:\n- a.yaml\n', 'w', 'ev.yaml'), 'includes:\n- a.yaml\n- ev.yaml\n');
  });
  it('leaves the text alone when the include is there', () => {
    const t = 'includes: [ev.yaml]   # x\n';
    assert.equal(addInclude(t, 'w', 'ev.yaml'), t);
  });
  it('creates the list before the argument, keeping comments above it with the argument', () => {
    assert.equal(
      addInclude('warrant: 1\n\n# The argument.\nargument:\n  G1: {}\n', 'w', 'ev.yaml'),
      'warrant: 1\n\nincludes:\n  - ev.yaml\n\n# The argument.\nargument:\n  G1: {}\n',
    );
    assert.equal(
      addInclude('warrant: 1\ncase: {}', 'w', 'ev.yaml'),
      'warrant: 1\ncase: {}\n\nincludes:\n  - ev.yaml\n',
    );
  });
});

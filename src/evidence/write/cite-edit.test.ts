import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { addCitation } from './cite-edit.js';
import { EditError } from './yaml-edit.js';

const cite = (text: string, node = 'Sn1', id = 'E2') => addCitation(text, 'w.yaml', node, id);

describe('addCitation', () => {
  it('appends to a flow list, keeping the comment on the line', () => {
    const text = 'argument:\n  Sn1: { kind: evidence, text: e, evidence: [E1] } # keep me\n';
    assert.equal(cite(text), 'argument:\n  Sn1: { kind: evidence, text: e, evidence: [E1, E2] } # keep me\n');
  });
  it('appends a line to a block list, at its indent', () => {
    const text = 'argument:\n  Sn1:\n    kind: evidence\n    evidence:\n      - E1 # first\n    text: e\n';
    assert.equal(
      cite(text),
      'argument:\n  Sn1:\n    kind: evidence\n    evidence:\n      - E1 # first\n      - E2\n    text: e\n',
    );
  });
  it('adds the field to a node that cites nothing, flow or block', () => {
    assert.equal(
      cite('argument:\n  D1: { kind: defeater, text: d, challenges: [G1], status: open }\n', 'D1'),
      'argument:\n  D1: { kind: defeater, text: d, challenges: [G1], status: open, evidence: [E2] }\n',
    );
    assert.equal(
      cite('# top\nargument:\n  D1:\n    kind: defeater\n    text: d # why\n\nevidence: {}\n', 'D1'),
      '# top\nargument:\n  D1:\n    kind: defeater\n    text: d # why\n    evidence: [E2]\n\nevidence: {}\n',
    );
  });
  it('an empty flow list, and CRLF line endings kept', () => {
    assert.equal(
      cite('argument:\n  Sn1: { kind: evidence, evidence: [] }\n'),
      'argument:\n  Sn1: { kind: evidence, evidence: [E2] }\n',
    );
    assert.equal(
      cite('argument:\r\n  Sn1:\r\n    evidence:\r\n      - E1\r\n'),
      'argument:\r\n  Sn1:\r\n    evidence:\r\n      - E1\r\n      - E2\r\n',
    );
  });
  it('refuses a node that is not there, and an evidence field that is not a list', () => {
    assert.throws(() => cite('argument:\n  G1: { kind: claim }\n', 'Sn9'), EditError);
    assert.throws(() => cite('argument:\n  Sn1: { kind: evidence, evidence: E1 }\n'), /is not a list/);
  });
  it('property: the edited file parses to the same data with the id appended', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('E1', 'E-3', 'ev.x'), { maxLength: 3 }), fc.boolean(), (ids, flow) => {
        const list =
          ids.length === 0 && !flow
            ? ''
            : flow
              ? ` evidence: [${ids.join(', ')}]\n`
              : `\n${ids.map((i) => `      - ${i}\n`).join('')}`;
        const field = ids.length === 0 && !flow ? '' : flow ? `    evidence:${list.slice(10)}` : `    evidence:${list}`;
        const text = `argument:\n  Sn1:\n    kind: evidence\n${field}    text: t\n`;
        const out = parse(cite(text, 'Sn1', 'E9'));
        assert.deepEqual(out.argument.Sn1.evidence, [...ids, 'E9']);
        assert.equal(out.argument.Sn1.text, 't');
      }),
    );
  });
});

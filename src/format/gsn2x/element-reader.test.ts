import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../../model/diagnostic.js';
import { parseYaml } from '../parse-yaml.js';
import { ElementReader } from './element-reader.js';

/** A reader over the fields of element `id` in `yaml`, and the diagnostics it reports as `code line:col`. */
function reader(yaml: string, id = 'X1'): { r: ElementReader; found: () => string[]; diags: Diagnostic[] } {
  const p = parseYaml(yaml, 'm.gsn.yaml');
  assert.ok(p.ok);
  const diags: Diagnostic[] = [];
  const fields = (p.value as Record<string, Record<string, unknown>>)[id]!;
  const r = new ElementReader(id, fields, p.pos.fields!.get(id)!, 'm.gsn.yaml', diags);
  return { r, diags, found: () => diags.map((d) => `${d.code} ${d.line}:${d.col}`) };
}

describe('ElementReader', () => {
  it('normalises challenges to "A -> B" and reports each bad entry where it is', () => {
    const { r, found } = reader('X1:\n  challenges:\n    - G1->Sn1\n    - " G2 "\n    - 3\n    - G3 -> not an id\n');
    assert.deepEqual(r.challenges(), ['G1 -> Sn1', 'G2']);
    assert.deepEqual(found(), ['X03 5:7', 'X02 6:7']);
  });

  it('reads one challenge written as text, and refuses a mapping', () => {
    assert.deepEqual(reader('X1: {challenges: "S1 ->G1"}').r.challenges(), ['S1 -> G1']);
    const { r, found } = reader('X1: {challenges: {a: 1}}');
    assert.equal(r.challenges(), undefined);
    assert.deepEqual(found(), ['X03 1:18']);
  });

  it('reads assurance claim points: an id or a list, bad names and ids reported, good ones kept', () => {
    const { r, found } = reader(
      'X1:\n  acp:\n    ACP1: S1\n    ACP2: [C1, 7, "no good"]\n    1bad: S2\n    ACP3: {a: b}\n',
    );
    assert.deepEqual(r.acp(), { ACP1: 'S1', ACP2: ['C1', 'no good'] });
    assert.deepEqual(found(), ['X03 4:16', 'X02 4:19', 'X02 5:5', 'X03 6:11']);
  });

  it('suggests a list for ids written as one string (gsn2x C11)', () => {
    const { r, diags } = reader('X1: {supportedBy: "G2, G3 G4"}');
    assert.deepEqual(r.refList('supportedBy'), ['G2, G3 G4']);
    assert.equal(diags.length, 1);
    assert.match(diags[0]!.hint!, /write `\[G2, G3, G4\]`/);
    assert.equal(diags[0]!.target, 'X1');
  });

  it('takes numbers and flags as text, refuses lists as text or as flags', () => {
    const { r, found } = reader('X1: {text: 12, url: true, defeated: [x], undeveloped: yes}');
    assert.equal(r.scalar('text'), '12');
    assert.equal(r.scalar('url'), 'true');
    assert.equal(r.bool('defeated'), undefined);
    assert.equal(r.bool('undeveloped'), undefined);
    assert.equal(r.bool('absent'), undefined);
    assert.deepEqual(found(), ['X03 1:37', 'X03 1:55']);
  });
});

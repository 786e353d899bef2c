import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { LOADER_CODES } from './codes.js';
import { loadCase, type ReadResult, type ReadScope, type SourceReader } from './load-case.js';
import { memoryReader } from './memory-reader.js';
import { DEFAULT_LIMITS } from './parse-yaml.js';

const ok = 'argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n';

function load(files: Record<string, string>, limits?: { maxBytes: number; maxExpandedValues: number }) {
  return loadCase('warrant.yaml', memoryReader(files), limits);
}
const codes = (r: ReturnType<typeof load>) => r.diagnostics.map((d) => d.code);

const V1_HEADER = EXAMPLE_HEADER.replace('warrant: 2', 'warrant: 1');
const REVIEWERS = (scope: string) =>
  `  reviewers:\n    - { name: Ruth Kessler, organisation: Greyhaven Assurance LLP, external: true${scope} }\n`;

/** One failing and one passing input per loader code. */
const cases: Record<string, { failing: Record<string, string>; passing: Record<string, string>; fatal: boolean }> = {
  L01: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument: [\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
  L02: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER + ok}  G1: { kind: claim, text: Again., undeveloped: true }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
  L05: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., supportedBy: [G2] }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L06: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., supported_by: G2 }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L07: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, undeveloped: true }\n` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L08: {
    failing: { 'warrant.yaml': EXAMPLE_HEADER.replace('status: draft', 'status: drafted') + ok },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: false,
  },
  L09: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [missing.yaml]\n${ok}` },
    passing: { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`, 'm.yaml': 'module: { id: m }\n' },
    fatal: true,
  },
  L10: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\nincludes: [b.yaml]\n',
      'b.yaml': 'module: { id: b }\nincludes: [a.yaml]\n',
    },
    passing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\nincludes: [b.yaml]\n',
      'b.yaml': 'module: { id: b }\n',
    },
    fatal: true,
  },
  L11: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`,
      'm.yaml': 'module: { id: m }\nargument:\n  G1: { kind: claim, text: Twice., undeveloped: true }\n',
    },
    passing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`,
      'm.yaml': 'module: { id: m }\nargument:\n  G2: { kind: claim, text: Once., undeveloped: true }\n',
    },
    fatal: false,
  },
  L12: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: m }\n',
      'b.yaml': 'module: { id: m }\n',
    },
    passing: {
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\n',
      'b.yaml': 'module: { id: b }\n',
    },
    fatal: false,
  },
  L13: {
    failing: { 'warrant.yaml': `module: { id: m }\n${ok}` },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
  L16: { failing: chain(70), passing: chain(64), fatal: true },
  L20: {
    failing: {
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: "Sa\0fe", undeveloped: true }\n`,
    },
    passing: { 'warrant.yaml': EXAMPLE_HEADER + ok },
    fatal: true,
  },
  L22: {
    failing: { 'warrant.yaml': V1_HEADER + REVIEWERS('') + ok },
    passing: { 'warrant.yaml': V1_HEADER + REVIEWERS(', reviewed: whole-case') + ok },
    fatal: false,
  },
  L23: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}${ok}${POLARITY('')}` },
    passing: { 'warrant.yaml': `${EXAMPLE_HEADER}${ok}${POLARITY(', polarity: supports')}` },
    fatal: false,
  },
  L21: {
    failing: { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`, 'm.yaml': '# to do\n' },
    passing: { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`, 'm.yaml': 'module: { id: m }\n' },
    fatal: true,
  },
};

/** An evidence registry whose one item, cited by no defeater, states its polarity or not. */
function POLARITY(polarity: string): string {
  return `evidence:\n  E9: { title: Audit, kind: external-audit, source_type: third-party-evaluation, date: 2026-01-01, produced_by: Auditor${polarity} }\n`;
}

/** A root file and a chain of `depth` modules, each including the next. */
function chain(depth: number): Record<string, string> {
  const files: Record<string, string> = { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m1.yaml]\n${ok}` };
  for (let i = 1; i < depth; i++) files[`m${i}.yaml`] = `module: { id: m${i} }\nincludes: [m${i + 1}.yaml]\n`;
  files[`m${depth}.yaml`] = `module: { id: m${depth} }\n`;
  return files;
}

/** A reader over `files` that gives `refused` its own answer instead. */
function readerWith(files: Record<string, string>, refused: Record<string, ReadResult>): SourceReader {
  const inner = memoryReader(files);
  return { read: (file, max, scope) => refused[file] ?? inner.read(file, max, scope) };
}

describe('loader codes: each has a failing and a passing input', () => {
  for (const [code, c] of Object.entries(cases)) {
    it(`${code}: reported with a position and a hint`, () => {
      const r = load(c.failing);
      const found = r.diagnostics.filter((d) => d.code === code);
      assert.ok(found.length > 0, `expected ${code}, got ${codes(r).join(', ')}`);
      for (const d of found) assert.ok(d.line >= 1 && d.col >= 1 && d.hint);
      assert.equal(r.fatal, c.fatal);
      // Unusable input and schema errors stop before a case is built; a duplicate id or module keeps the first definition.
      if (c.fatal || ['L05', 'L06', 'L07', 'L08'].includes(code)) assert.equal(r.case, undefined, 'no half-built case');
      else assert.ok(r.case);
    });
    it(`${code}: absent on the passing input`, () => {
      const r = load(c.passing);
      assert.deepEqual(codes(r), []);
      assert.ok(r.case);
    });
  }

  it('L03: a file over the size limit is refused before parsing', () => {
    const text = EXAMPLE_HEADER + ok;
    const r = load({ 'warrant.yaml': text }, { maxBytes: 100, maxExpandedValues: 1000 });
    assert.deepEqual(codes(r), ['L03']);
    assert.equal(r.fatal, true);
    assert.ok(load({ 'warrant.yaml': text }, { maxBytes: 10_000, maxExpandedValues: 1000 }).case);
  });

  it('L04: an alias bomb is refused', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const r = load({ 'warrant.yaml': bomb });
    assert.deepEqual(codes(r), ['L04']);
    assert.equal(r.fatal, true);
  });

  it('every loader code is tested here', () => {
    // L14 and L15 concern the rule configuration: src/check/run-check.test.ts tests them.
    const tested = new Set([...Object.keys(cases), 'L03', 'L04', 'L14', 'L15', 'L17', 'L18', 'L19']);
    for (const c of LOADER_CODES) assert.ok(tested.has(c.code), `${c.code} has no test`);
  });

  it('L16: a chain of any length is walked without recursion and stops at the limit', () => {
    const r = load(chain(5000));
    assert.deepEqual(codes(r), ['L16']);
    const d = r.diagnostics[0]!;
    assert.deepEqual([d.file, d.line, d.col], ['m64.yaml', 2, 12]);
    assert.match(d.message, /64 levels.*chain from warrant\.yaml, m64\.yaml includes m65\.yaml at level 65/);
    assert.equal(r.sources.has('m65.yaml'), false, 'nothing below the limit is read');
    const shallow = loadCase('warrant.yaml', memoryReader(chain(5)), { ...DEFAULT_LIMITS, maxIncludeDepth: 3 });
    assert.deepEqual(codes(shallow), ['L16']);
    assert.equal(shallow.diagnostics[0]!.file, 'm3.yaml');
  });

  it('L17 and L18: a refused include is reported at the include, named as written, and never read', () => {
    for (const [code, reason, detail] of [
      ['L17', 'outside', "is outside the case's directory /work/case"],
      ['L18', 'not-regular', 'is a named pipe (FIFO), not a regular file'],
    ] as const) {
      const seen: (ReadScope | undefined)[] = [];
      const files = { 'case/warrant.yaml': `${EXAMPLE_HEADER}includes: [../x.yaml]\n${ok}` };
      const inner = readerWith(files, { 'x.yaml': { ok: false, reason, detail } });
      const reader: SourceReader = {
        read: (f, m, scope) => {
          seen.push(scope);
          return inner.read(f, m, scope);
        },
      };
      const r = loadCase('case/warrant.yaml', reader);
      assert.deepEqual(codes(r), [code]);
      const d = r.diagnostics[0]!;
      assert.deepEqual([d.file, d.line, d.col], ['case/warrant.yaml', 8, 12]);
      assert.equal(d.message, `Included file ../x.yaml (at x.yaml) ${detail}.`);
      assert.ok(d.hint);
      assert.equal(r.fatal, true);
      assert.deepEqual([...r.sources.keys()], ['case/warrant.yaml']);
      assert.ok(
        seen.every((s) => s?.root === 'case/warrant.yaml'),
        'every read names the case it is for',
      );
    }
  });

  it('L17 on the root file itself: at line 1 of it, with no source to frame', () => {
    const r = loadCase(
      'warrant.yaml',
      readerWith(
        {},
        {
          'warrant.yaml': {
            ok: false,
            reason: 'outside',
            detail: 'is a symbolic link to a file outside the repository /r',
          },
        },
      ),
    );
    assert.deepEqual(codes(r), ['L17']);
    assert.equal(
      r.diagnostics[0]!.message,
      'Case file warrant.yaml is a symbolic link to a file outside the repository /r.',
    );
    assert.equal(r.sources.size, 0);
  });

  it('L19: invalid UTF-8 is a warning at the first bad byte; the case still loads', () => {
    const text = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: "Caf\uFFFD", undeveloped: true }\n`;
    const r = loadCase(
      'warrant.yaml',
      readerWith({}, { 'warrant.yaml': { ok: true, text, invalidUtf8At: text.indexOf('\uFFFD') } }),
    );
    assert.deepEqual(codes(r), ['L19']);
    const d = r.diagnostics[0]!;
    assert.deepEqual([d.severity, d.line, d.col], ['warning', 9, 32]);
    assert.equal(r.fatal, false);
    assert.ok(r.case);
  });

  it('a byte order mark is dropped and CR-only line ends count, so positions are right', () => {
    const text = `${EXAMPLE_HEADER.replace('warrant: 2', 'warrant: 3')}argument:\n  G1: { kind: claim, text: Safe, bogus: 1, undeveloped: true }\n`;
    for (const t of [`\uFEFF${text}`, text.replaceAll('\n', '\r'), `\uFEFF${text.replaceAll('\n', '\r\n')}`]) {
      const r = load({ 'warrant.yaml': t });
      assert.deepEqual(
        r.diagnostics.map((d) => [d.code, d.line, d.col]),
        [
          ['L08', 1, 10],
          ['L05', 9, 34],
        ],
        JSON.stringify(t.slice(0, 12)),
      );
      assert.equal(r.sources.get('warrant.yaml')!.charCodeAt(0), 'w'.charCodeAt(0), 'the frame shows no mark');
    }
  });

  it('L22: a format-1 case loads as before, with one note at its reviewers naming how many say no scope', () => {
    const two = `${REVIEWERS('')}    - { name: Mei-Lin Zhou, team: Platform Security, reviewed: { risks: [R1] } }\n`;
    const r = load({ 'warrant.yaml': V1_HEADER + two + ok });
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.severity, d.line, d.col, d.target]),
      [['L22', 'info', 8, 3, 'example']],
    );
    assert.match(r.diagnostics[0]!.message, /format 1: 1 of its reviewers do not say what they reviewed/);
    assert.equal(r.case?.format, 1);
    assert.equal(r.case?.header.value.reviewers?.length, 2);
  });

  it('L22: no note for a format-1 case without reviewers, nor for a format-2 case', () => {
    assert.deepEqual(codes(load({ 'warrant.yaml': V1_HEADER + ok })), []);
    const v2 = load({ 'warrant.yaml': EXAMPLE_HEADER + REVIEWERS('') + ok });
    assert.deepEqual(codes(v2), []);
    assert.equal(v2.case?.format, 2);
  });

  it('a format version other than 1 or 2 is L08, naming both', () => {
    const r = load({ 'warrant.yaml': EXAMPLE_HEADER.replace('warrant: 2', 'warrant: 3') + ok });
    assert.deepEqual(codes(r), ['L08']);
    assert.equal(r.diagnostics[0]!.hint, 'Allowed: 1, 2.');
  });

  it('L21: an empty root file is reported at its line 1, an empty module at its include', () => {
    for (const text of ['', '\n\n', '# nothing\n', '\uFEFF']) {
      const r = load({ 'warrant.yaml': text });
      assert.deepEqual(codes(r), ['L21'], JSON.stringify(text));
      assert.deepEqual([r.diagnostics[0]!.file, r.diagnostics[0]!.line], ['warrant.yaml', 1]);
      assert.equal(r.fatal, true);
    }
    const d = load(cases.L21!.failing).diagnostics[0]!;
    assert.deepEqual([d.file, d.line, d.col], ['warrant.yaml', 8, 12]);
  });

  it('an empty .warrant.yaml still configures nothing, without L21', () => {
    const r = load({ 'warrant.yaml': EXAMPLE_HEADER + ok, '.warrant.yaml': '# nothing yet\n' });
    assert.deepEqual(codes(r), []);
    assert.ok(r.case);
  });

  it('L05 suggests the snake_case field for camelCase and wrong case', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., Undeveloped: true, inContextOf: [] }\n`,
    });
    const hints = r.diagnostics.map((d) => d.hint);
    assert.ok(hints.includes('Did you mean `undeveloped`? Field names are snake_case.'));
    assert.ok(hints.includes('Did you mean `in_context_of`? Field names are snake_case.'));
  });

  it('L05 on a claim with `challenges` explains that only defeaters challenge', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., undeveloped: true, challenges: [G2] }\n`,
    });
    assert.match(r.diagnostics[0]!.hint!, /Only defeaters challenge/);
  });

  it('L11 points at both definitions', () => {
    const r = load(cases.L11!.failing);
    const d = r.diagnostics.find((x) => x.code === 'L11')!;
    assert.equal(d.file, 'm.yaml');
    assert.equal(d.line, 3);
    assert.equal(d.related?.[0]?.file, 'warrant.yaml');
    // The path is in the related location (shown relative to the cwd by the shells), never in the words.
    assert.equal(d.message, 'Duplicate id `G1`: already defined as claim node in another file of the case.');
  });

  it('L02 names the repeated key and points at it', () => {
    const d = load(cases.L02!.failing).diagnostics[0]!;
    assert.deepEqual([d.code, d.line, d.col], ['L02', 10, 3]);
    assert.match(d.message, /`G1`/);
  });

  it('L02 in an unterminated flow mapping points at the repeated key, not before the line', () => {
    // js-yaml reports column -11 here; the fuzz test once found it.
    const d = load({ 'warrant.yaml': '{warrant: 1,warrant: 1' }).diagnostics[0]!;
    assert.deepEqual([d.code, d.line, d.col], ['L02', 1, 13]);
  });

  it('L10 prints the cycle', () => {
    const d = load(cases.L10!.failing).diagnostics.find((x) => x.code === 'L10')!;
    assert.match(d.message, /a\.yaml -> b\.yaml -> a\.yaml/);
  });

  it('S01 suggests the Warrant name for a GSN node type', () => {
    const r = load({ 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: goal, text: Safe. }\n` });
    assert.equal(r.diagnostics[0]?.code, 'S01');
    assert.match(r.diagnostics[0]!.hint!, /`claim`/);
  });

  it('keeps the position of every field', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1:\n    kind: claim\n    text: Safe.\n    undeveloped: true\n`,
    });
    const g1 = r.case!.nodes.get('G1')!;
    assert.deepEqual([g1.pos.key?.line, g1.pos.key?.col], [9, 3]);
    const text = g1.pos.fields!.get('text')!;
    assert.deepEqual([text.line, text.col, text.key?.line, text.key?.col], [11, 11, 11, 5]);
  });

  it('a module included twice is loaded once', () => {
    const r = load({
      'warrant.yaml': `${EXAMPLE_HEADER}includes: [a.yaml, b.yaml]\n${ok}`,
      'a.yaml': 'module: { id: a }\nincludes: [c.yaml]\n',
      'b.yaml': 'module: { id: b }\nincludes: [c.yaml]\n',
      'c.yaml': 'module: { id: c }\n',
    });
    assert.deepEqual(codes(r), []);
    assert.deepEqual(r.case!.files, ['warrant.yaml', 'a.yaml', 'c.yaml', 'b.yaml']);
  });
});

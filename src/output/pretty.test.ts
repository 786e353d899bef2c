import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../model/diagnostic.js';
import { causesFirst, formatPretty } from './pretty.js';
import type { CheckReport } from './report.js';
import { limitOutput } from './report.js';

const FILE = 'examples/x/warrant.yaml';
const SOURCE = [
  'case:',
  '  id: demo',
  'argument:',
  '  claims:',
  '    - id: C1',
  '      supportedBy: [E1]',
  '    - id: C1',
  '',
].join('\n');
const sources = new Map([[FILE, SOURCE]]);

const unknownField: Diagnostic = {
  code: 'L05',
  severity: 'error',
  message: 'Unknown field `supportedBy`.',
  hint: 'Did you mean `supported_by`?',
  file: FILE,
  line: 6,
  col: 7,
  target: 'C1',
};
const duplicate: Diagnostic = {
  code: 'L11',
  severity: 'error',
  message: 'Duplicate id `C1`: already defined as claim in examples/x/warrant.yaml:5:11.',
  hint: 'Rename one of them.',
  file: FILE,
  line: 7,
  col: 11,
  related: [{ file: FILE, line: 5, col: 11, message: 'first defined here (claim)' }],
};
const undeveloped: Diagnostic = {
  code: 'S03',
  severity: 'warning',
  message: 'Claim `C1` is undeveloped.',
  file: FILE,
  line: 5,
  col: 7,
};

function report(...cases: { root: string; caseId?: string; diagnostics: Diagnostic[] }[]): CheckReport {
  return { tool: { name: 'warrant', version: '0.1.0' }, failOn: 'error', cases };
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

test('plain output: header, code frame, hint, note, then per-case and overall summaries', () => {
  const r = report(
    { root: 'examples/x', caseId: 'demo', diagnostics: [undeveloped, unknownField, duplicate] },
    { root: 'examples/y', diagnostics: [] },
  );
  assert.equal(
    formatPretty(r, sources, { color: false }),
    [
      'warning[S03] examples/x/warrant.yaml:5:7: Claim `C1` is undeveloped.',
      '    3 | argument:',
      '    4 |   claims:',
      '  > 5 |     - id: C1',
      '      |       ^',
      '    6 |       supportedBy: [E1]',
      '    7 |     - id: C1',
      '',
      'error[L05] examples/x/warrant.yaml:6:7: Unknown field `supportedBy`.',
      '    4 |   claims:',
      '    5 |     - id: C1',
      '  > 6 |       supportedBy: [E1]',
      '      |       ^',
      '    7 |     - id: C1',
      '  = hint: Did you mean `supported_by`?',
      '',
      'error[L11] examples/x/warrant.yaml:7:11: Duplicate id `C1`: already defined as claim in examples/x/warrant.yaml:5:11.',
      '    5 |     - id: C1',
      '    6 |       supportedBy: [E1]',
      '  > 7 |     - id: C1',
      '      |           ^',
      '  = hint: Rename one of them.',
      '  = note: first defined here (claim): examples/x/warrant.yaml:5:11',
      '',
      '2 errors, 1 warning in examples/x (case demo)',
      'no problems in examples/y',
      'failed: 2 errors, 1 warning in 2 cases (--fail-on error)',
      '',
    ].join('\n'),
  );
});

test('a clean single case prints one line; several clean cases add a total', () => {
  assert.equal(
    formatPretty(report({ root: 'examples/x', diagnostics: [] }), sources, { color: false }),
    'no problems in examples/x\n',
  );
  assert.equal(
    formatPretty(report({ root: 'a', diagnostics: [] }, { root: 'b', diagnostics: [] }), sources, { color: false }),
    'no problems in a\nno problems in b\nno problems in 2 cases\n',
  );
  assert.equal(formatPretty(report(), sources, { color: false }), 'no cases checked\n');
  assert.equal(
    formatPretty(report({ root: 'a', diagnostics: [] }), sources, { color: true }),
    '\x1b[1;32m\u2713 no problems\x1b[0m in a\n',
  );
});

test('findings below --fail-on pass, and say so', () => {
  const r: CheckReport = { ...report({ root: 'x', diagnostics: [undeveloped] }) };
  const out = formatPretty(r, new Map(), { color: false });
  assert.equal(
    out,
    'warning[S03] examples/x/warrant.yaml:5:7: Claim `C1` is undeveloped.\n\n1 warning in x\npassed: 1 warning in 1 case (--fail-on error)\n',
  );
  assert.match(
    formatPretty({ ...r, failOn: 'warning' }, new Map(), { color: false }),
    /\nfailed: 1 warning in 1 case \(--fail-on warning\)\n$/,
  );
  const info: Diagnostic = { ...undeveloped, severity: 'info' };
  assert.match(
    formatPretty(report({ root: 'x', diagnostics: [info, info] }), new Map(), { color: false }),
    /\n2 info in x\n/,
  );
});

test('a file without source text gets no frame; the context option is passed on', () => {
  const out = formatPretty(report({ root: 'x', diagnostics: [unknownField] }), new Map(), { color: false });
  assert.equal(out.split('\n')[1], '  = hint: Did you mean `supported_by`?');
  const narrow = formatPretty(report({ root: 'x', diagnostics: [unknownField] }), sources, {
    color: false,
    context: 0,
  });
  assert.equal(
    narrow.split('\n').slice(1, 4).join('\n'),
    '  > 6 |       supportedBy: [E1]\n      |       ^\n  = hint: Did you mean `supported_by`?',
  );
});

test('colour: severities coloured, and removing the styles gives the plain text (bar the tick)', () => {
  const r = report(
    { root: 'examples/x', caseId: 'demo', diagnostics: [undeveloped, unknownField, duplicate] },
    { root: 'examples/y', diagnostics: [] },
  );
  const coloured = formatPretty(r, sources, { color: true });
  assert.ok(coloured.startsWith('\x1b[1;33mwarning[S03]\x1b[0m \x1b[1mexamples/x/warrant.yaml:5:7\x1b[0m: Claim'));
  assert.match(coloured, /\x1b\[1;31merror\[L05\]\x1b\[0m/);
  assert.match(coloured, /\x1b\[1;31mfailed\x1b\[0m: /);
  assert.equal(
    stripAnsi(coloured).replace('\u2713 no problems', 'no problems'),
    formatPretty(r, sources, { color: false }),
  );
});

test('plain output is ASCII apart from user content, and byte-stable whatever the input order', () => {
  const r1 = report({ root: 'examples/x', diagnostics: [undeveloped, unknownField, duplicate] });
  const r2 = report({ root: 'examples/x', diagnostics: [duplicate, undeveloped, unknownField] });
  const out = formatPretty(r1, sources, { color: false });
  assert.equal(formatPretty(r2, sources, { color: false }), out);
  assert.match(out, /^[\x0a\x20-\x7e]*$/);
});

test('hostile text from a case file is printed as text: no terminal escapes get through', () => {
  const nasty = 'C\x1b[2J\x1b]0;pwned\x07\u009b31m\u202eevil\r';
  const hostile: Diagnostic = {
    code: 'L08',
    severity: 'error',
    message: `Invalid value \`${nasty}\` <script>alert(1)</script>\nerror[L01] forged.yaml:1:1: fake`,
    hint: `Use \x1b[8mhidden\x1b[0m\nsecond line`,
    file: 'evil\x1b[31m.yaml',
    line: 1,
    col: 5,
    related: [{ file: 'x.yaml', line: 2, col: 3, message: 'see \x1b[5mblink' }],
  };
  const src = `id: ${nasty}\n`;
  for (const color of [false, true]) {
    const out = formatPretty(
      report({ root: `root\x1b[0m`, caseId: 'id\u202e', diagnostics: [hostile] }),
      new Map([[hostile.file, src]]),
      { color },
    );
    const withoutOurStyles = stripAnsi(out);
    assert.doesNotMatch(withoutOurStyles, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/, `color ${color}`);
    assert.match(withoutOurStyles, /<script>alert\(1\)<\/script>/);
    assert.match(withoutOurStyles, /C\\x1b\[2J\\x1b\]0;pwned\\x07\\x9b31m\\u202eevil\\r/);
    // A forged diagnostic line in a message is indented, so it cannot pass for a real one.
    assert.match(withoutOurStyles, /\n {4}error\[L01\] forged\.yaml:1:1: fake\n/);
    assert.doesNotMatch(withoutOurStyles, /\nerror\[L01\]/);
  }
  assert.equal(
    formatPretty(report({ root: 'r', diagnostics: [hostile] }), new Map([[hostile.file, src]]), { color: false }),
    [
      'error[L08] evil\\x1b[31m.yaml:1:5: Invalid value `C\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202eevil\\r` <script>alert(1)</script>',
      '    error[L01] forged.yaml:1:1: fake',
      // The source line ends in \r\n, which is a CRLF line end and not shown.
      '  > 1 | id: C\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202eevil',
      '      |     ^',
      '  = hint: Use \\x1b[8mhidden\\x1b[0m',
      '          second line',
      '  = note: see \\x1b[5mblink: x.yaml:2:3',
      '',
      '1 error in r',
      'failed: 1 error in 1 case (--fail-on error)',
      '',
    ].join('\n'),
  );
});

const info: Diagnostic = { code: 'S30', severity: 'info', message: 'A note.', file: FILE, line: 2, col: 3 };

test('--quiet: errors only, and a line that says how many findings were not shown', () => {
  const full = report(
    { root: 'examples/x', caseId: 'demo', diagnostics: [undeveloped, unknownField, info] },
    { root: 'examples/y', diagnostics: [undeveloped] },
  );
  const out = formatPretty(limitOutput(full, { quiet: true }), sources, { color: false });
  assert.doesNotMatch(out, /warning\[|info\[/);
  assert.match(out, /^error\[L05\]/m);
  assert.ok(
    out.endsWith(
      [
        '1 error in examples/x (case demo) (1 warning, 1 info not shown)',
        'no errors in examples/y (1 warning not shown)',
        '... and 2 warnings, 1 info not shown (--quiet)',
        'failed: 1 error in 2 cases (--fail-on error)',
        '',
      ].join('\n'),
    ),
    out,
  );
  // One case: its line, then the total; nothing is said of what --quiet had nothing to leave out.
  const one = formatPretty(limitOutput(report({ root: 'r', diagnostics: [undeveloped] }), { quiet: true }), sources, {
    color: false,
  });
  assert.equal(one, 'no errors in r\n... and 1 warning not shown (--quiet)\n');
  const none = formatPretty(limitOutput(report({ root: 'r', diagnostics: [] }), { quiet: true }), sources, {
    color: false,
  });
  assert.equal(none, 'no problems in r\n');
});

test('--max-warnings: the verdict names the limit, and fails on too many warnings', () => {
  const r = report({ root: 'r', diagnostics: [undeveloped, { ...undeveloped, line: 6 }] });
  const last = (s: string) => s.trimEnd().split('\n').pop();
  assert.equal(
    last(formatPretty(limitOutput(r, { maxWarnings: 2 }), sources, { color: false })),
    'passed: 2 warnings in 1 case (--fail-on error, --max-warnings 2)',
  );
  assert.equal(
    last(formatPretty(limitOutput(r, { maxWarnings: 1 }), sources, { color: false })),
    'failed: 2 warnings in 1 case (--fail-on error, --max-warnings 1: too many warnings)',
  );
});

test('a root cause is printed before the findings that name it as their cause; other notes move nothing', () => {
  const d = (code: string, line: number, related: Diagnostic['related'] = []) => ({
    code,
    severity: 'error' as const,
    file: 'w.yaml',
    line,
    col: 3,
    message: code,
    related,
  });
  const cause = { file: 'w.yaml', line: 9, col: 3, message: 'may follow from S07', cause: true as const };
  const plainNote = { file: 'w.yaml', line: 5, col: 3, message: 'first defined here' };
  const sorted = [d('L11', 2, [plainNote]), d('X', 5), d('S09', 7, [cause]), d('S07', 9), d('Y', 11)];
  assert.deepEqual(
    causesFirst(sorted).map((x) => x.code),
    ['S07', 'L11', 'X', 'S09', 'Y'],
  );
  const noCauses = sorted.filter((x) => x.code !== 'S09');
  assert.deepEqual(causesFirst(noCauses), noCauses, 'with no cause named, the position order stands');
});

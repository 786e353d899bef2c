// A RuleTester in the manner of ESLint's: a rule, the inputs it must pass
// (valid) and the inputs it must report (invalid) with every finding it must
// give, exactly: how many, in what order, on which target, at which line and
// column, under which message id. One named test per case, and two for the
// rule's own examples (the docs show them, so they are tested too).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCase } from '../../src/check/check-case.js';
import { EXAMPLE_HEADER, exampleFiles } from '../../src/check/examples.js';
import { findingsOf, ruleContext } from '../../src/check/rules/engine.js';
import type { KnownRule } from '../../src/check/rules/index.js';
import { formatMessage } from '../../src/check/rules/messages.js';
import type { Finding } from '../../src/check/rules/types.js';
import type { ExampleInput } from '../../src/check/types.js';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import type { Case } from '../../src/model/case.js';
import { buildGraph } from '../../src/model/graph.js';

/** The date rule tests judge cases at, unless a case says otherwise. */
export const TEST_AS_OF = '2026-11-26';

/** A text a finding's message or hint must have: all of it (a string) or a match (a pattern). */
export type TextExpectation = string | RegExp;

export interface ExpectedRelated {
  line: number;
  column: number;
  /** Default warrant.yaml. */
  file?: string;
  message?: TextExpectation;
}

export interface ExpectedFinding<Id extends string = string> {
  target: string;
  line: number;
  column: number;
  messageId: Id;
  /** Default warrant.yaml. */
  file?: string;
  /** The data the finding was reported with: its message and hint must read as their templates filled with it. */
  data?: Readonly<Record<string, string | number>>;
  message?: TextExpectation;
  hint?: TextExpectation;
  /** The related locations, all of them, in order. */
  related?: readonly ExpectedRelated[];
}

export interface ValidCase {
  /** The test's name: what the case shows. */
  name: string;
  /** YAML after the standard header (see examples.ts), or files by name. */
  yaml: ExampleInput;
  asOf?: string;
  /** A header to write instead of the standard one (EXAMPLE_HEADER), for cases that differ in it. */
  header?: string;
}

export interface InvalidCase<Id extends string = string> extends ValidCase {
  findings: readonly ExpectedFinding<Id>[];
}

export interface RuleTests<Id extends string = string> {
  /** The date every case is judged at unless it gives its own; default TEST_AS_OF. */
  asOf?: string;
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase<Id>[];
}

/** The message ids a rule declares. */
export type MessageIdOf<R extends KnownRule> = keyof R['meta']['messages'] & string;

/** Load an example (appended to the standard header, or to `header`) that must load cleanly and be structurally sound. */
export function loadExample(input: ExampleInput, header = EXAMPLE_HEADER): Case {
  const files = exampleFiles(input);
  files['warrant.yaml'] = header + files['warrant.yaml']!.slice(EXAMPLE_HEADER.length);
  const r = loadCase('warrant.yaml', memoryReader(files));
  // A format-1 header (a case's `header`) brings the format note L22: a note on how the case reads, not a load problem.
  assert.deepEqual(
    r.diagnostics.filter((d) => d.code !== 'L22').map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`),
    [],
    'the example must load cleanly',
  );
  const c = r.case!;
  const structural = checkCase(c).filter((d) => d.severity === 'error');
  assert.deepEqual(
    structural.map((d) => `${d.code} ${d.message}`),
    [],
    'the example must have no structural errors',
  );
  return c;
}

/** One rule's findings on an example input, with their message ids, in the order the engine reports them. */
export function ruleFindings(rule: KnownRule, input: ExampleInput, asOf = TEST_AS_OF, header?: string): Finding[] {
  const c = loadExample(input, header);
  return findingsOf(rule, ruleContext(c, buildGraph(c), asOf));
}

/** What every finding of a rule must be: its code, a place, a target, and a message and hint filled from its templates. */
export function assertWellFormed(rule: KnownRule, f: Finding): void {
  const { id, messages } = rule.meta;
  assert.equal(f.code, id);
  assert.ok(Object.hasOwn(messages, f.messageId), `${f.messageId} is one of the rule's message ids`);
  assert.ok(f.line >= 1 && f.col >= 1, 'a finding has a position');
  assert.ok(f.target, 'a finding names its target, so it can be suppressed');
  assert.ok(f.hint && f.hint.length > 10, 'a finding says how to fix it');
  for (const text of [f.message, f.hint ?? ''])
    assert.doesNotMatch(text, /\{\{[^{}]*\}\}/, 'every placeholder is filled');
}

function assertText(actual: string | undefined, want: TextExpectation | undefined, what: string): void {
  if (want === undefined) return;
  if (typeof want === 'string') assert.equal(actual, want, what);
  else assert.match(actual ?? '', want, what);
}

/** Assert that a rule's findings are exactly the expected ones. */
export function assertFindings(
  rule: KnownRule,
  actual: readonly Finding[],
  expected: readonly ExpectedFinding[],
): void {
  const place = (f: { file?: string; target?: string; line: number; messageId: string }, column: number) =>
    `${f.file ?? 'warrant.yaml'}:${f.line}:${column} ${f.target} ${f.messageId}`;
  assert.deepEqual(
    actual.map((f) => place(f, f.col)),
    expected.map((e) => place(e, e.column)),
    'the findings (file:line:column target messageId)',
  );
  actual.forEach((f, i) => {
    const e = expected[i]!;
    assertWellFormed(rule, f);
    if (e.data) {
      assert.equal(f.message, formatMessage(rule.meta.messages[e.messageId]!, e.data), 'the message, from data');
      assert.equal(f.hint, formatMessage(rule.meta.hints[e.messageId]!, e.data), 'the hint, from data');
    }
    assertText(f.message, e.message, 'the message');
    assertText(f.hint, e.hint, 'the hint');
    if (e.related) {
      const related = f.related ?? [];
      assert.deepEqual(
        related.map((r) => `${r.file}:${r.line}:${r.col}`),
        e.related.map((r) => `${r.file ?? 'warrant.yaml'}:${r.line}:${r.column}`),
        'the related locations',
      );
      related.forEach((r, k) => {
        assertText(r.message, e.related![k]!.message, 'a related message');
      });
    }
  });
}

const sameInput = (a: ExampleInput, b: ExampleInput) =>
  typeof a === 'string' || typeof b === 'string' ? a === b : JSON.stringify(a) === JSON.stringify(b);

/**
 * The tests of one rule: its examples, each valid case (no findings) and each
 * invalid case (exactly its findings), one named test each. The rule's failing
 * example must be one of the invalid cases, so that its findings are exact too.
 */
export function ruleTester<const R extends KnownRule>(rule: R, tests: RuleTests<MessageIdOf<R>>): void {
  const asOf = tests.asOf ?? TEST_AS_OF;
  const names = [...tests.valid, ...tests.invalid].map((t) => t.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new Error(`${rule.meta.id}: two cases are named ${JSON.stringify(twice[0])}`);
  if (tests.valid.length === 0 || tests.invalid.length === 0)
    throw new Error(`${rule.meta.id}: give at least one valid and one invalid case`);
  const empty = tests.invalid.find((t) => t.findings.length === 0);
  if (empty) throw new Error(`${rule.meta.id}: invalid case "${empty.name}" expects no finding (make it valid)`);
  describe(rule.meta.id, () => {
    it('reports its failing example, exactly as an invalid case says', () => {
      const fs = ruleFindings(rule, rule.meta.examples.failing, asOf);
      assert.ok(fs.length > 0, 'expected a finding');
      for (const f of fs) assertWellFormed(rule, f);
      const own = tests.invalid.find(
        (t) => sameInput(t.yaml, rule.meta.examples.failing) && !t.header && (t.asOf ?? asOf) === asOf,
      );
      assert.ok(own, 'one invalid case is the failing example, with its exact findings');
    });
    it('passes its passing example', () => {
      const fs = ruleFindings(rule, rule.meta.examples.passing, asOf);
      assert.deepEqual(
        fs.map((f) => f.message),
        [],
      );
    });
    for (const t of tests.valid) {
      it(t.name, () => {
        const fs = ruleFindings(rule, t.yaml, t.asOf ?? asOf, t.header);
        assert.deepEqual(
          fs.map((f) => `${f.line}:${f.col} ${f.message}`),
          [],
        );
      });
    }
    for (const t of tests.invalid) {
      it(t.name, () => assertFindings(rule, ruleFindings(rule, t.yaml, t.asOf ?? asOf, t.header), t.findings));
    }
  });
}

/**
 * `text` with the first `from` replaced by `to` (for a pattern, `to` may use $1), and an error if `from` is not
 * in the text, so that an edit cannot silently miss and leave a test that cannot fail.
 */
export function edit(text: string, from: string | RegExp, to: string): string {
  if (typeof from === 'string') {
    if (!text.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} is not in the text`);
    return text.replace(from, () => to);
  }
  if (from.global || !from.test(text)) throw new Error(`edit: ${from} matches nothing, or is global`);
  return text.replace(from, to);
}

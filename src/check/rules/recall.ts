// The flawed corpus (examples/flawed/*/expected.yaml) read as a measurement:
// how many planted weaknesses the rules find, which they miss and why, and
// how many error-level findings they make on clean twins. Pure: the caller
// reads the files; this module checks their form and writes the table.
import { FAILURE_MODE_TITLES, FAILURE_MODES, type FailureMode, type Rule } from './types.js';

/** One finding a flawed case must produce. */
export interface ExpectedFinding {
  rule: string;
  target: string;
  why?: string;
  /** False for a finding that is right but not a planted weakness (a note, a control); default true. */
  planted: boolean;
}

/** A planted weakness the rules do not find, with why not. */
export interface MissedWeakness {
  family: FailureMode;
  weakness: string;
  why: string;
}

/** One case's expected.yaml, checked. */
export interface ExpectedCase {
  /** The case's directory name. */
  name: string;
  asOf: string;
  /** A clean twin: it plants nothing, so an error-level finding on it is a false error. */
  clean: boolean;
  findings: ExpectedFinding[];
  missed: MissedWeakness[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFamily = (v: unknown): v is FailureMode =>
  typeof v === 'string' && (FAILURE_MODES as readonly string[]).includes(v);

function text(v: unknown, where: string): string {
  if (typeof v !== 'string' || !v) throw new Error(`${where}: expected a non-empty string`);
  return v;
}

function list(v: unknown, where: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new Error(`${where}: expected a list`);
  return v;
}

function finding(v: unknown, where: string): ExpectedFinding {
  if (!isRecord(v)) throw new Error(`${where}: expected { rule, target, why }`);
  if (v.planted !== undefined && typeof v.planted !== 'boolean')
    throw new Error(`${where}.planted: expected true or false`);
  return {
    rule: text(v.rule, `${where}.rule`),
    target: text(v.target, `${where}.target`),
    ...(typeof v.why === 'string' ? { why: v.why } : {}),
    planted: v.planted !== false,
  };
}

function missed(v: unknown, where: string): MissedWeakness {
  if (!isRecord(v)) throw new Error(`${where}: expected { family, weakness, why }`);
  if (!isFamily(v.family)) throw new Error(`${where}.family: expected one of ${FAILURE_MODES.join(', ')}`);
  return { family: v.family, weakness: text(v.weakness, `${where}.weakness`), why: text(v.why, `${where}.why`) };
}

/** The checked form of one expected.yaml (`doc`, as js-yaml reads it), or an error naming the field at fault. */
export function parseExpected(name: string, doc: unknown): ExpectedCase {
  const where = `examples/flawed/${name}/expected.yaml`;
  if (!isRecord(doc)) throw new Error(`${where}: expected a mapping`);
  // js-yaml reads an unquoted YYYY-MM-DD as a Date.
  const asOf = doc.as_of instanceof Date ? doc.as_of.toISOString().slice(0, 10) : text(doc.as_of, `${where}: as_of`);
  if (doc.clean !== undefined && typeof doc.clean !== 'boolean')
    throw new Error(`${where}: clean: expected true or false`);
  const clean = doc.clean === true;
  const findings = list(doc.findings, `${where}: findings`).map((f, i) => finding(f, `${where}: findings[${i}]`));
  const miss = list(doc.missed, `${where}: missed`).map((m, i) => missed(m, `${where}: missed[${i}]`));
  if (clean && (miss.length || findings.some((f) => f.planted)))
    throw new Error(`${where}: a clean twin plants nothing: mark its findings planted: false and list no missed`);
  return { name, asOf, clean, findings, missed: miss };
}

/** The counts of one row of the table. */
interface Tally {
  planted: number;
  found: number;
  cleanTwins: number;
  cleanErrors: number;
}

const percent = (found: number, planted: number) => (planted ? `${Math.round((100 * found) / planted)}%` : 'n/a');

function tallies(cases: readonly ExpectedCase[], rules: readonly Rule[]): Map<FailureMode, Tally> {
  const modeOf = new Map<string, Rule['meta']>(rules.map((r) => [r.meta.id, r.meta]));
  const rows = new Map<FailureMode, Tally>(
    FAILURE_MODES.map((m) => [m, { planted: 0, found: 0, cleanTwins: 0, cleanErrors: 0 }]),
  );
  const row = (m: FailureMode) => rows.get(m)!;
  for (const c of cases) {
    // A clean twin counts under the family its name begins with.
    const family = FAILURE_MODES.find((m) => c.name.startsWith(`${m}-`));
    if (c.clean && family) row(family).cleanTwins++;
    for (const f of c.findings) {
      const meta = modeOf.get(f.rule);
      if (!meta) throw new Error(`examples/flawed/${c.name}/expected.yaml: no rule ${f.rule}`);
      if (c.clean && meta.severity === 'error') row(meta.failureMode).cleanErrors++;
      if (!f.planted) continue;
      row(meta.failureMode).planted++;
      row(meta.failureMode).found++;
    }
    for (const m of c.missed) row(m.family).planted++;
  }
  return rows;
}

/**
 * The recall section of docs/rules/README.md: per failure mode and in total,
 * planted weaknesses, found, recall and error-level findings on clean twins,
 * then every missed weakness with why it is missed.
 */
export function recallMarkdown(cases: readonly ExpectedCase[], rules: readonly Rule[]): string {
  const rows = tallies(cases, rules);
  const total: Tally = { planted: 0, found: 0, cleanTwins: 0, cleanErrors: 0 };
  const out = [
    '## Recall on the flawed corpus',
    '',
    `[examples/flawed/](../../examples/flawed/) holds ${cases.length} cases: ${cases.filter((c) => !c.clean).length} with planted weaknesses and ${cases.filter((c) => c.clean).length} clean twins. Each case's \`expected.yaml\` lists the findings it must produce (the test fails on any missing or extra one), marks findings that are right but plant nothing (\`planted: false\`), and lists the weaknesses a careful reviewer would name that no rule finds (\`missed\`, each with why). Recall is found / planted; a clean twin's error-level findings are false errors. Severities are the rules' defaults.`,
    '',
    '| failure mode | planted | found | recall | clean twins | errors on clean twins |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [mode, t] of rows) {
    if (!t.planted && !t.cleanTwins && !t.cleanErrors) continue;
    out.push(
      `| ${FAILURE_MODE_TITLES[mode]} | ${t.planted} | ${t.found} | ${percent(t.found, t.planted)} | ${t.cleanTwins} | ${t.cleanErrors} |`,
    );
    for (const k of ['planted', 'found', 'cleanTwins', 'cleanErrors'] as const) total[k] += t[k];
  }
  out.push(
    `| **total** | ${total.planted} | ${total.found} | ${percent(total.found, total.planted)} | ${total.cleanTwins} | ${total.cleanErrors} |`,
    '',
  );
  const misses = cases.flatMap((c) => c.missed.map((m) => ({ c, m })));
  if (misses.length) {
    out.push('Missed:', '');
    for (const { c, m } of misses) out.push(`- ${c.name} (${FAILURE_MODE_TITLES[m.family]}): ${m.weakness} ${m.why}`);
    out.push('');
  }
  return out.join('\n');
}

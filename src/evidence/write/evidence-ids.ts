// Ids for the items an import creates, and the rule that made each one, so a
// user can predict them and see why two logs of the same task got different
// ids. Pure.
//
// One --id per run names each item; one --id for several runs is a prefix.
// Otherwise each item is named from its task (`ev-<task>`), and runs whose
// tasks repeat are told apart by the run's date, else its run id, else their
// position: `ev-popularity-2024-08-29`, `ev-popularity-5eamx6wj`,
// `ev-popularity-2`. A template (--id-template) writes the id from the run's
// fields instead: {task}, {date}, {run}, {model}, {n}.
import type { EvalRun } from '../eval-run.js';
import { defaultEvidenceId } from '../to-evidence.js';

/** How an id was made. */
export type IdRule = 'given' | 'prefix' | 'task' | 'task-date' | 'task-run' | 'task-n' | 'template';

export interface IdChoice {
  id: string;
  rule: IdRule;
  /** The rule in words, for the import's report. */
  why: string;
}

export interface IdOptions {
  /** The --id values, in order. */
  given: readonly string[];
  /** The --id-template, if any. */
  template?: string;
}

const ID = /^[A-Za-z][A-Za-z0-9._-]*$/;
const TOKENS = ['task', 'date', 'run', 'model', 'n'] as const;

/** A value as part of an id: lowercase letters, digits, ".", "_" and "-". */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .replace(/-{2,}/g, '-');
}

const taskOf = (r: EvalRun): string => defaultEvidenceId(r).slice(3);
const dateOf = (r: EvalRun): string | undefined => r.times.created?.slice(0, 10);
const runOf = (r: EvalRun): string | undefined => {
  const id = r.ids.run ?? r.ids.eval;
  return id ? slug(id).slice(0, 8) || undefined : undefined;
};

/** One id per run, each with the rule that made it, or why the options cannot name these runs. */
export function chooseIds(runs: readonly EvalRun[], o: IdOptions): IdChoice[] | { error: string } {
  if (o.template !== undefined) {
    if (o.given.length) return { error: 'give --id or --id-template, not both.' };
    return fromTemplate(runs, o.template);
  }
  if (o.given.length === runs.length) return o.given.map((id) => ({ id, rule: 'given', why: 'given with --id' }));
  if (o.given.length > 1)
    return {
      error: `give one --id per run (${runs.length} runs in these logs) or one --id as a prefix; got ${o.given.length}.`,
    };
  const prefix = o.given[0];
  const base = (r: EvalRun) =>
    prefix === undefined ? `ev-${taskOf(r)}` : `${prefix}${/[-_.]$/.test(prefix) ? '' : '-'}${taskOf(r)}`;
  return apart(runs, base, prefix !== undefined);
}

/** Each run's base id, with runs that share one told apart by date, else run id, else position. */
function apart(runs: readonly EvalRun[], base: (r: EvalRun) => string, prefixed: boolean): IdChoice[] {
  const bases = runs.map(base);
  const plain: IdRule = prefixed ? 'prefix' : 'task';
  const plainWhy = prefixed ? 'the --id prefix and the task name' : 'the task name';
  return runs.map((r, i) => {
    const b = bases[i]!;
    const group = runs.filter((_, j) => bases[j] === b);
    if (group.length === 1) return { id: b, rule: plain, why: plainWhy };
    const shared = `${group.length} runs share the task "${r.task.name}"`;
    const date = dateOf(r);
    if (date && group.filter((g) => dateOf(g) === date).length === 1)
      return { id: `${b}-${date}`, rule: 'task-date', why: `${plainWhy} and the run's date (${shared})` };
    const run = runOf(r);
    if (run && group.filter((g) => runOf(g) === run).length === 1)
      return {
        id: `${b}-${run}`,
        rule: 'task-run',
        why: `${plainWhy} and the run id (${shared}; ${date ? 'another ran the same day' : 'the log records no date'})`,
      };
    const n = group.indexOf(r) + 1;
    return {
      id: `${b}-${n}`,
      rule: 'task-n',
      why: `${plainWhy} and its place in the list (${shared}; neither its date nor its run id is its own)`,
    };
  });
}

function fromTemplate(runs: readonly EvalRun[], template: string): IdChoice[] | { error: string } {
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((t) => !isToken(t));
  if (unknown.length)
    return {
      error: `--id-template: unknown field {${unknown[0]}}; the fields are ${TOKENS.map((t) => `{${t}}`).join(', ')}.`,
    };
  const out: IdChoice[] = [];
  for (const [i, r] of runs.entries()) {
    const values: Record<(typeof TOKENS)[number], string | undefined> = {
      task: taskOf(r),
      date: dateOf(r),
      run: runOf(r),
      model: slug(r.model.requested.split('/').pop() ?? r.model.requested) || undefined,
      n: String(i + 1),
    };
    const missing = TOKENS.find((t) => template.includes(`{${t}}`) && values[t] === undefined);
    if (missing) return { error: `--id-template: ${r.artefact.path} records no ${missing} for {${missing}}.` };
    const id = template.replace(/\{(\w+)\}/g, (_m, t: (typeof TOKENS)[number]) => values[t]!);
    if (!ID.test(id))
      return {
        error: `--id-template makes "${id}", which is not an id (a letter, then letters, digits, ".", "_", "-").`,
      };
    const twin = out.findIndex((c) => c.id === id);
    if (twin >= 0)
      return {
        error: `--id-template makes ${id} for both ${runs[twin]!.artefact.path} and ${r.artefact.path}; add {run} or {n}.`,
      };
    out.push({ id, rule: 'template', why: `--id-template ${template}` });
  }
  return out;
}

const isToken = (t: string): t is (typeof TOKENS)[number] => (TOKENS as readonly string[]).includes(t);

// Evidence against the operational context: which evidence items measured the
// system as it was before a context change and no longer match it after, in
// which dimension (build, component, tools, step budget, population, access
// tier, scaffold, system prompt), with a sentence saying how.
import type { EvidenceItem } from '../../model/case.js';
import type { OperationalContext } from '../../model/schema.js';
import { listSome } from '../../util/list-some.js';
import type { Json } from '../diff/fields.js';

/** The aspect of what an evidence item measured that no longer matches. */
export const DIMENSIONS = [
  'build',
  'component',
  'tools',
  'max_steps',
  'population',
  'access_tier',
  'scaffold',
  'prompt',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface EvidenceMismatch {
  id: string;
  title: string;
  dimension: Dimension;
  /** What the evidence measured. */
  measured: Json;
  /** What the context now has. */
  context: Json;
  message: string;
  /** Evidence nodes that cite the item, in case order. */
  citedBy: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const toolName = (s: string) => s.split(/:\s|\s\(|\s[-–]\s/)[0]!.trim();
const quotedToolName = (s: string) => `"${toolName(s)}"`;
const isDenial = (s: string) => /^\s*(?:no|none|not|without)\b/i.test(s);

/**
 * An evaluated tool covers a deployed one when their names (the text before ":"
 * or " (") share their first word, or one name's words all occur in the other.
 */
export function toolCovered(measured: string, deployed: string): boolean {
  const m = words(toolName(measured));
  const d = words(toolName(deployed));
  if (!m.length || !d.length) return false;
  if (m[0] === d[0]) return true;
  const ms = new Set(m);
  const ds = new Set(d);
  return m.every((w) => ds.has(w)) || d.every((w) => ms.has(w));
}

/**
 * The builds evidence may have measured, normalised, per component role ("" for
 * no role): the role's own builds when the context lists that role, else every
 * build. Computed once per context.
 */
class Builds {
  private readonly all: string[];
  private readonly byRole = new Map<string, string[]>();
  private readonly normed = new Map<string, Set<string>>();
  constructor(private readonly ctx: OperationalContext) {
    this.all = [...new Set([ctx.model.build, ...(ctx.model.components ?? []).map((k) => k.build)])];
  }
  of(role: string | undefined): string[] {
    if (!role) return this.all;
    let hit = this.byRole.get(role);
    if (!hit) {
      const own = [...new Set((this.ctx.model.components ?? []).filter((k) => k.role === role).map((k) => k.build))];
      this.byRole.set(role, (hit = own.length ? own : this.all));
    }
    return hit;
  }
  has(role: string | undefined, build: string): boolean {
    const key = role ?? '';
    let set = this.normed.get(key);
    if (!set) this.normed.set(key, (set = new Set(this.of(role).map(norm))));
    return set.has(norm(build));
  }
}

interface View {
  ctx: OperationalContext;
  builds: Builds;
  deployedTools: string[];
  populationChanged: boolean;
  /** The population changes in words, for messages. */
  populationWhat: string;
  /** A measured.tools list (joined) to the deployed tools it misses: the same few lists recur over thousands of items. */
  missing: Map<string, string[]>;
}

function view(ctx: OperationalContext, populationChanged: boolean, populationWhat = ''): View {
  return {
    ctx,
    builds: new Builds(ctx),
    deployedTools: (ctx.tools ?? []).filter((t) => !isDenial(t)),
    populationChanged,
    populationWhat,
    missing: new Map(),
  };
}

const isSystem = (c: string | undefined) => c === undefined || c === 'agent' || c === 'model' || c === 'other';

function missingTools(v: View, tools: readonly string[]): string[] {
  const key = tools.join('\u0000');
  let hit = v.missing.get(key);
  if (!hit) v.missing.set(key, (hit = v.deployedTools.filter((d) => !tools.some((t) => toolCovered(t, d)))));
  return hit;
}

/**
 * Whether an item's `measured` matches a context in one dimension: true,
 * false, or undefined when the item or the context does not record it.
 * O(1) per call, except tools: O(tools²) once per distinct tool list.
 */
function matches(item: EvidenceItem, v: View, dim: Dimension): boolean | undefined {
  const m = item.measured!;
  const ctx = v.ctx;
  switch (dim) {
    case 'build':
      return v.builds.has(m.component, m.build);
    case 'component': {
      if (!m.component || m.component === 'model' || m.component === 'other') return undefined;
      const comps = ctx.model.components ?? [];
      return comps.length === 0 || comps.some((k) => k.role === m.component);
    }
    case 'tools':
      return m.tools && isSystem(m.component) ? missingTools(v, m.tools).length === 0 : undefined;
    case 'max_steps':
      return m.max_steps === undefined ? undefined : ctx.max_steps !== undefined && m.max_steps >= ctx.max_steps;
    case 'population':
      return m.population ? !v.populationChanged : undefined;
    case 'access_tier':
      return m.access_tier && ctx.user_population.access_tier
        ? norm(m.access_tier) === norm(ctx.user_population.access_tier)
        : undefined;
    case 'scaffold':
      return m.scaffold && ctx.scaffold_version ? norm(m.scaffold) === norm(ctx.scaffold_version) : undefined;
    case 'prompt':
      return m.prompt_version && ctx.system_prompt_version
        ? norm(m.prompt_version) === norm(ctx.system_prompt_version)
        : undefined;
  }
}

/**
 * What the item measured and what the context now has, in one dimension, with a
 * sentence: only for reported mismatches.
 */
function describe(item: EvidenceItem, v: View, dim: Dimension): { measured: Json; context: Json; what: string } {
  const m = item.measured!;
  const ctx = v.ctx;
  switch (dim) {
    case 'build': {
      const builds = v.builds.of(m.component);
      const whose = m.component ? `${m.component} ` : '';
      return {
        measured: m.build,
        context: builds,
        what: `measured build ${m.build}; the context's ${whose}build is ${listSome(builds)}`,
      };
    }
    case 'component':
      return {
        measured: m.component!,
        context: (ctx.model.components ?? []).map((k) => k.role),
        what: `measured the ${m.component} component, which the context no longer lists`,
      };
    case 'tools': {
      const missing = missingTools(v, m.tools!);
      return {
        measured: m.tools!,
        context: missing,
        what: `measured with tools [${listSome(m.tools!)}], without ${listSome(missing.map(quotedToolName))}`,
      };
    }
    case 'max_steps':
      return {
        measured: m.max_steps!,
        context: ctx.max_steps ?? null,
        what:
          `measured with a budget of ${m.max_steps} steps; ` +
          `the context allows ${ctx.max_steps ?? 'an unstated number of'} steps`,
      };
    case 'population':
      return {
        measured: m.population!,
        context: ctx.user_population.description,
        what: `drawn from "${m.population}"; the user population changed (${v.populationWhat})`,
      };
    case 'access_tier':
      return {
        measured: m.access_tier!,
        context: ctx.user_population.access_tier!,
        what: `simulated access tier "${m.access_tier}"; the context's is "${ctx.user_population.access_tier}"`,
      };
    case 'scaffold':
      return {
        measured: m.scaffold!,
        context: ctx.scaffold_version!,
        what: `ran on scaffold ${m.scaffold}; the context's is ${ctx.scaffold_version}`,
      };
    case 'prompt':
      return {
        measured: m.prompt_version!,
        context: ctx.system_prompt_version!,
        what: `used system prompt ${m.prompt_version}; the context's is ${ctx.system_prompt_version}`,
      };
  }
}

/** What `evidenceMismatches` compares: the two contexts and what the change touched. */
export interface MatchInput {
  before: OperationalContext;
  after: OperationalContext;
  /** The dimensions the context change can affect (others are not compared). */
  dimensions: ReadonlySet<Dimension>;
  /** Whether the user population widened or changed, and how, in words. */
  population: { changed: boolean; what: string };
  /** Evidence item id to the evidence nodes citing it, in case order. */
  citing: ReadonlyMap<string, string[]>;
}

/**
 * Every item whose `measured` matched the context before in a dimension and
 * does not after, one entry per item and dimension, in registry and DIMENSIONS
 * order. Items without `measured` are skipped.
 */
export function evidenceMismatches(items: Iterable<EvidenceItem>, input: MatchInput): EvidenceMismatch[] {
  const va = view(input.before, false);
  const vb = view(input.after, input.population.changed, input.population.what);
  const order = DIMENSIONS.filter((d) => input.dimensions.has(d));
  const evidence: EvidenceMismatch[] = [];
  for (const item of items) {
    if (!item.measured) continue;
    for (const dim of order) {
      if (matches(item, vb, dim) !== false || matches(item, va, dim) !== true) continue;
      const d = describe(item, vb, dim);
      evidence.push({
        id: item.id,
        title: item.title,
        dimension: dim,
        measured: d.measured,
        context: d.context,
        message: `Evidence ${item.id} ${d.what}.`,
        citedBy: input.citing.get(item.id) ?? [],
      });
    }
  }
  return evidence;
}

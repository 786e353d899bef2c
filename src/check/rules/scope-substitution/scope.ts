// What the decision covers, and how to tell whether evidence measured the same
// thing: shared by the scope-substitution rules. Free-text fields (tiers,
// scaffolds, populations) are compared after light normalisation, leaning
// towards "same" so that an honest case is not flagged for its wording.
import { bridgeFlaw } from '../../../model/bridges.js';
import type { ArgNode, EvidenceItem, NodeOf } from '../../../model/case.js';
import type { NodeSet } from '../../../model/graph.js';
import { evidenceSubject } from '../../../model/subject.js';
import { listSome } from '../../../util/list-some.js';
import type { PathItem } from '../facts.js';
import type { RuleContext } from '../types.js';

/**
 * Narrower kinds of user population or access. Evidence drawn from one of
 * these does not speak for a deployment whose description mentions none of its words.
 */
export const NARROW_CLASSES: readonly { name: string; re: RegExp }[] = [
  { name: 'internal staff', re: /\b(?:internal|employees?|staff|in-house|dogfood\w*)\b/i },
  {
    name: 'trusted or vetted users',
    re: /\b(?:trusted|vetted|allow-?listed|allowlist|whitelist\w*|invited?|invitation|approved)\b/i,
  },
  { name: 'early-access users', re: /\b(?:beta|alpha|early[- ]access|waitlist\w*)\b/i },
  { name: 'enterprise customers', re: /\benterprise\b/i },
];

/** Lower case, single spaces, trimmed. Remembered per text: the same few builds and tiers recur across thousands of evidence items. */
export function norm(s: string): string {
  let n = norms.get(s);
  if (n === undefined) {
    n = s.toLowerCase().replace(/\s+/g, ' ').trim();
    if (norms.size > 10_000) norms.clear();
    norms.set(s, n);
  }
  return n;
}

const norms = new Map<string, string>();

const cores = new Map<string, string>();

/** Lower case, hyphens and underscores as spaces, parenthesised asides dropped, single spaces. Cached: the same few values recur across thousands of evidence items. */
export function core(s: string): string {
  let c = cores.get(s);
  if (c === undefined) {
    c = norm(s.replace(/\([^)]*\)/g, ' ').replace(/[-_/]+/g, ' '));
    if (cores.size > 10_000) cores.clear();
    cores.set(s, c);
  }
  return c;
}

/** True if the shorter text's core is the longer one's core, or a whole-word start of it. */
export function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [core(a), core(b)].sort((p, q) => p.length - q.length) as [string, string];
  if (!x) return false;
  return y === x || y.startsWith(`${x} `) || y.startsWith(`${x},`) || y.startsWith(`${x};`);
}

/** Evidence about the deployed model or agent, not a process, nor a trusted monitor, classifier or scaffold measured on its own. */
export function isSystemEvidence(e: EvidenceItem): boolean {
  if (evidenceSubject(e).about !== 'model') return false;
  const comp = e.measured?.component;
  return comp === undefined || comp === 'agent' || comp === 'model' || comp === 'other';
}

interface JustificationIndex {
  /** Justifications that frame at least one node, in case order. */
  all: NodeOf<'justification'>[];
  /** Justification id to the nodes stated in its context. */
  framed: Map<string, string[]>;
  /** Justification id to the nodes it frames and everything below them; filled on first use. */
  under: Map<string, NodeSet>;
}

const indexes = new WeakMap<object, JustificationIndex>();

function justificationIndex(ctx: RuleContext): JustificationIndex {
  const hit = indexes.get(ctx.facts);
  if (hit) return hit;
  const framed = new Map<string, string[]>();
  for (const j of ctx.facts.nodesOf('justification')) {
    const by = ctx.graph.sources(j.id, 'context');
    if (by.length) framed.set(j.id, by);
  }
  // In the order they are first written in a node's in_context_of.
  const first = (j: NodeOf<'justification'>) => framed.get(j.id)![0]!;
  const all = ctx.facts.nodesOf('justification').filter((j) => framed.has(j.id));
  all.sort((a, b) => {
    const x = first(a);
    const y = first(b);
    if (x !== y) return ctx.graph.num(x) - ctx.graph.num(y);
    const written = ctx.graph.contextsOf(x);
    return written.indexOf(a.id) - written.indexOf(b.id);
  });
  const index = { all, framed, under: new Map<string, NodeSet>() };
  indexes.set(ctx.facts, index);
  return index;
}

/**
 * Justification nodes framing any of the nodes or anything above them. Each
 * justification's reach (what it frames and everything below) is computed once
 * per run, so checking many evidence nodes stays linear in the case.
 */
export function framingJustifications(
  ctx: RuleContext,
  nodeIds: readonly string[],
  only?: (j: NodeOf<'justification'>) => boolean,
): NodeOf<'justification'>[] {
  const index = justificationIndex(ctx);
  const out: NodeOf<'justification'>[] = [];
  for (const j of index.all) {
    if (only && !only(j)) continue;
    let under = index.under.get(j.id);
    if (!under) index.under.set(j.id, (under = ctx.facts.below(index.framed.get(j.id)!)));
    if (nodeIds.some((id) => under.has(id))) out.push(j);
  }
  return out;
}

type BridgePred = (b: { from: string; to: string }, j: NodeOf<'justification'>) => boolean;

/**
 * Why a justification does not bridge, or undefined when it may: an argument
 * that is itself challenged by an open defeater, or a `bridges` entry resting
 * on no registered evidence, leaves the evidence where it was measured.
 */
export function unsoundBridge(ctx: RuleContext, j: NodeOf<'justification'>): string | undefined {
  const flaw = bridgeFlaw(ctx.case, j, ctx.facts.defeatersOf().get(j.id));
  if (flaw?.kind === 'challenged') {
    const open = flaw.defeaters;
    return `it is itself challenged by open defeater${open.length === 1 ? '' : 's'} ${listSome(open)}`;
  }
  if (flaw?.kind === 'no-evidence')
    return 'it rests on no evidence (its `evidence:` lists no registered item, such as the bridging run)';
  return undefined;
}

/** A sound justification whose `bridges` has an entry satisfying `pred`, framing one of the citing nodes. */
export function bridgingJustification(
  ctx: RuleContext,
  citing: readonly string[],
  pred: BridgePred,
): NodeOf<'justification'> | undefined {
  const bridges = hasBridge(pred);
  return framingJustifications(ctx, citing, (j) => (j.bridges?.length ?? 0) > 0).find(
    (j) => bridges(j) && !unsoundBridge(ctx, j),
  );
}

/** A test that a justification has a `bridges` entry satisfying `pred`. */
export function hasBridge(pred: BridgePred): (j: NodeOf<'justification'>) => boolean {
  return (j) => (j.bridges ?? []).some((b) => pred(b, j));
}

/**
 * For a finding's message: why the justification that would bridge the gap
 * (one that `accepts` takes) does not count, as a sentence starting with a
 * space; empty when none would.
 */
export function unsoundBridgeNote(
  ctx: RuleContext,
  citing: readonly string[],
  what: string,
  accepts: (j: NodeOf<'justification'>) => boolean,
): string {
  for (const j of framingJustifications(ctx, citing)) {
    if (!accepts(j)) continue;
    const why = unsoundBridge(ctx, j);
    if (why)
      return ` ${j.id} would bridge it but does not count: ${why}, so the evidence is still from another ${what}.`;
  }
  return '';
}

/** A mitigated or refuted defeater that cites the item as counter-evidence and names `needle`: the gap was raised and answered. */
export function resolvedDefeaterNaming(ctx: RuleContext, itemId: string, needle: string): ArgNode | undefined {
  const defeaters = ctx.facts.citingDefeaters().get(itemId);
  if (!defeaters) return undefined; // most items: no defeater cites them
  const n = norm(needle);
  for (const node of defeaters) {
    if (node.status !== 'mitigated' && node.status !== 'refuted') continue;
    if (norm(`${node.text} ${node.resolution?.summary ?? ''}`).includes(n)) return node;
  }
  return undefined;
}

/** Items on the decision path with the evidence nodes citing them, in case order (shared, computed once per run). */
export function pathItems(ctx: RuleContext): readonly PathItem[] {
  return ctx.facts.pathItems();
}

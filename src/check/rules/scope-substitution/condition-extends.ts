// What a structured condition's `extends` reaches beyond the decided scope:
// each field is compared with what the decision scope (or, where it is
// silent, the operational context) already holds, and each threshold with
// the criterion it sets. Read before the condition's words, which only guess
// at what the fields say outright.
import type { Case } from '../../../model/case.js';
import type { ConditionExtends } from '../../../model/schema.js';
import { sameTool } from './exclusions.js';
import { textNamesTool } from './tools.js';

export interface Beyond {
  /** Path under the condition, e.g. ['extends', 'tools', 0]. */
  path: (string | number)[];
  kind: 'scope' | 'threshold' | 'unknownCriterion';
  /** For scope: what it extends to; for a threshold: the criterion. */
  what: string;
  /** What was decided, or the criterion's bound. */
  decided: string;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

function scopeBeyond(c: Case, x: ConditionExtends): Beyond[] {
  const s = c.decision?.value.scope;
  const ctx = c.context?.value;
  const out: Beyond[] = [];
  const tools = [...(s?.tools ?? []), ...(ctx?.tools ?? [])];
  (x.tools ?? []).forEach((t, k) => {
    if (!tools.some((d) => sameTool(d, t) || textNamesTool(t, d)))
      out.push({ path: ['extends', 'tools', k], kind: 'scope', what: `tool "${t}"`, decided: listed('tools', tools) });
  });
  const channel = x.deployment_channel;
  if (channel && !same(s?.deployment_channel, channel) && !same(ctx?.deployment_channel, channel))
    out.push({
      path: ['extends', 'deployment_channel'],
      kind: 'scope',
      what: `channel "${channel}"`,
      decided: `channel "${s?.deployment_channel ?? ctx?.deployment_channel}"`,
    });
  const tier = x.access_tier;
  const decidedTier = s?.access_tier ?? ctx?.user_population.access_tier;
  if (tier && !same(decidedTier, tier))
    out.push({
      path: ['extends', 'access_tier'],
      kind: 'scope',
      what: `access tier "${tier}"`,
      decided: decidedTier ? `access tier "${decidedTier}"` : 'no access tier',
    });
  const population = `${s?.population ?? ''} ${ctx?.user_population.description ?? ''}`.toLowerCase();
  (x.user_groups ?? []).forEach((u, k) => {
    if (!population.includes(u.trim().toLowerCase()))
      out.push({
        path: ['extends', 'user_groups', k],
        kind: 'scope',
        what: `user group "${u}"`,
        decided: `population "${s?.population ?? ctx?.user_population.description ?? 'unstated'}"`,
      });
  });
  const steps = s?.max_steps ?? ctx?.max_steps;
  if (x.max_steps !== undefined && steps !== undefined && x.max_steps > steps)
    out.push({
      path: ['extends', 'max_steps'],
      kind: 'scope',
      what: `${x.max_steps} steps`,
      decided: `${steps} steps`,
    });
  return out;
}

const listed = (what: string, xs: readonly string[]) => (xs.length ? `${what} ${xs.join(', ')}` : `no ${what}`);

function thresholdsBeyond(c: Case, x: ConditionExtends): Beyond[] {
  const out: Beyond[] = [];
  (x.thresholds ?? []).forEach((t, k) => {
    const path = ['extends', 'thresholds', k];
    const crit = c.criteria.get(t.criterion);
    if (!crit) {
      out.push({ path, kind: 'unknownCriterion', what: t.criterion, decided: '' });
      return;
    }
    const th = crit.threshold;
    if (t.max !== undefined && th?.max !== undefined && t.max > th.max)
      out.push({ path, kind: 'threshold', what: t.criterion, decided: `max ${th.max} to max ${t.max}` });
    else if (t.min !== undefined && th?.min !== undefined && t.min < th.min)
      out.push({ path, kind: 'threshold', what: t.criterion, decided: `min ${th.min} to min ${t.min}` });
  });
  return out;
}

/** Everything a condition's `extends` reaches beyond the decided scope and thresholds, in field order. */
export function beyondDecided(c: Case, x: ConditionExtends | undefined): Beyond[] {
  return x ? [...scopeBeyond(c, x), ...thresholdsBeyond(c, x)] : [];
}

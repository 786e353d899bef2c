// The format-2 header facts in words, for both report renderers: what a
// reviewer reviewed and is independent of, what a condition tracks and
// extends to, what the case excludes. Plain text: each renderer escapes it.
import type { Condition, Exclusion, Publication, Reviewer } from '../../model/schema.js';
import { WHOLE_CASE } from '../../model/vocab.js';

/** "the whole case", or "risks R1, R2; claims G1", or nothing when the reviewer says nothing. */
export function reviewedText(r: Reviewer): string | undefined {
  const s = r.reviewed;
  if (s === undefined) return undefined;
  if (s === WHOLE_CASE) return 'the whole case';
  const parts = [
    s.risks?.length ? `risks ${s.risks.join(', ')}` : '',
    s.claims?.length ? `claims ${s.claims.join(', ')}` : '',
    s.evidence?.length ? `evidence ${s.evidence.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'nothing named';
}

/** "authors, red-team", or nothing when the reviewer does not say. */
export function independenceText(r: Reviewer): string | undefined {
  if (r.independent_of === undefined) return undefined;
  return r.independent_of.length ? r.independent_of.join(', ') : 'no one';
}

/** What a structured condition's `extends` opens, in words: "tools web-browser; access tier standard". */
function extendsText(k: Condition): string | undefined {
  const x = k.extends;
  if (!x) return undefined;
  const parts = [
    x.tools?.length ? `tools ${x.tools.join(', ')}` : '',
    x.deployment_channel ? `channel ${x.deployment_channel}` : '',
    x.access_tier ? `access tier ${x.access_tier}` : '',
    x.user_groups?.length ? `user groups ${x.user_groups.join(', ')}` : '',
    x.max_steps !== undefined ? `${x.max_steps} tool steps` : '',
    ...(x.thresholds ?? []).map((t) =>
      `${t.criterion} ${[t.min !== undefined ? `min ${t.min}` : '', t.max !== undefined ? `max ${t.max}` : '']
        .filter(Boolean)
        .join(', ')}`.trimEnd(),
    ),
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/** A structured condition's owner, due date, what it tracks and what it extends to, as short phrases. */
export function conditionFacts(k: Condition): string[] {
  const extended = extendsText(k);
  return [
    k.owner ? `owner ${k.owner}` : '',
    k.due ? `due ${k.due}` : '',
    k.tracks?.length ? `tracks ${k.tracks.join(', ')}` : '',
    extended ? `extends to ${extended}` : '',
  ].filter(Boolean);
}

/** One exclusion in words: what, the structured names it carries, and the case covering it. */
export function exclusionFacts(x: Exclusion): string[] {
  return [
    x.risk ? `risk ${x.risk}` : '',
    x.channel ? `channel ${x.channel}` : '',
    x.tools?.length ? `tools ${x.tools.join(', ')}` : '',
    x.access_tier ? `access tier ${x.access_tier}` : '',
    x.covered_by ? `covered by case ${x.covered_by}` : 'covered by no other case',
  ].filter(Boolean);
}

/** "Published with redactions on 2026-10-20", or nothing when the case does not say. */
export function publicationText(p: Publication | undefined): string | undefined {
  if (!p?.state) return undefined;
  const state = p.state === 'published-with-redactions' ? 'published with redactions' : p.state;
  return `${state[0]!.toUpperCase()}${state.slice(1)}${p.published ? ` on ${p.published}` : ''}.`;
}

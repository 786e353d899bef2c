// What a person has a stake in, as the case itself shows it: evidence they
// (their team, their organisation) produced, nodes they own, and the business
// they run. A reviewer or decision maker with such a stake in what they judge
// has a conflict whether or not they declared one.
import type { Case } from '../../../model/case.js';
import type { Person } from '../../../model/schema.js';
import type { CaseFacts } from '../facts.js';
import { wordPattern } from '../text.js';
import { type ComparableText, comparable, comparablePerson, namedBy } from './people.js';

/** One thing the person produced or owns: an evidence item (produced_by) or an argument node (owner). */
export interface Stake {
  kind: 'produced' | 'owns';
  id: string;
  /** How the text names the person: by name, team or organisation. */
  by: 'name' | 'team' | 'organisation';
  /** The evidence item's kind, for a produced item. */
  evidenceKind?: string;
}

/** A stake of the person's own or their team's: an organisation's stake is a conflict of the firm, weighed by other means. */
export const personal = (s: Stake) => s.by !== 'organisation';

/** The organisations the authors give, as written: a match on one of them says nothing about an independent stake. */
function authorOrganisations(c: Case): Set<string> {
  return new Set((c.header.value.authors ?? []).flatMap((a) => (a.organisation ? [a.organisation.toLowerCase()] : [])));
}

/** The texts a person may be named in, made comparable once per run: producers of path items, owners of developed path nodes. */
interface NamedText {
  kind: Stake['kind'];
  id: string;
  text: ComparableText;
  evidenceKind?: string;
}

const texts = new WeakMap<CaseFacts, NamedText[]>();

function namedTexts(facts: CaseFacts): NamedText[] {
  let hit = texts.get(facts);
  if (hit) return hit;
  hit = [];
  for (const { item: e } of facts.pathItems())
    hit.push({ kind: 'produced', id: e.id, text: comparable(e.produced_by), evidenceKind: e.kind });
  for (const n of facts.nodesOnDecisionPath()) {
    // The owner of an undeveloped node is to develop it: there is no work of theirs in the case yet.
    if (!n.owner || ('undeveloped' in n && n.undeveloped === true)) continue;
    hit.push({ kind: 'owns', id: n.id, text: comparable(n.owner) });
  }
  texts.set(facts, hit);
  return hit;
}

/**
 * The evidence items on the decision path that the person produced, and the
 * nodes on it they own, in case order. An organisation match counts only for
 * an organisation other than the authors' (every item of the developer names it).
 */
export function stakesOf(c: Case, facts: CaseFacts, p: Person): Stake[] {
  const own = authorOrganisations(c);
  const who = comparablePerson(
    p.organisation && own.has(p.organisation.toLowerCase()) ? { ...p, organisation: undefined } : p,
  );
  const out: Stake[] = [];
  for (const t of namedTexts(facts)) {
    const by = namedBy(t.text, who);
    if (by) out.push({ kind: t.kind, id: t.id, by, ...(t.evidenceKind ? { evidenceKind: t.evidenceKind } : {}) });
  }
  return out;
}

/**
 * A role that owns the business case for the decision: the product, its
 * revenue or its sales. "Product security", "product safety" and "product
 * policy" are roles that check a product, not ones that sell it.
 */
const BUSINESS_ROLE = wordPattern([
  'business owner',
  /product (?:owner|lead|manager|director|head)/,
  /(?:head|vp|svp|evp|vice president|director|chief) (?:of )?product(?!\s+(?:security|safety|policy|integrity|trust|risk|compliance))/,
  /vp,? product(?!\s+(?:security|safety|policy|integrity|trust|risk|compliance))/,
  'general manager',
  /chief (?:commercial|revenue|business|product) officer/,
  /commercial (?:lead|director|officer|head)/,
  /(?:head|vp|director) of (?:sales|revenue|partnerships|growth|go-to-market)/,
]);

/** The words of the person's role that make them owner of the business case, or undefined. */
export function businessRole(p: Person): string | undefined {
  return p.role ? BUSINESS_ROLE.exec(p.role)?.[0] : undefined;
}

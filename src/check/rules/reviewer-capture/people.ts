// Matching people across the case: authors, reviewers, decision makers, and
// the free-text names in sign-offs, dissent and attestations ("Dr. Rhys
// Calloway (Lanternfish, external)"). Names are compared as words, ignoring
// case, accents, punctuation and titles.
import type { Case } from '../../../model/case.js';
import type { Person } from '../../../model/schema.js';

const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame']);

function words(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !TITLES.has(w));
}

/** A person's name as comparable words: "Dr. Kenji Mori" -> "kenji mori". */
export function nameKey(name: string): string {
  return words(name).join(' ');
}

/** True if free text names the person: every word of the name, in order, as whole words. */
export function mentions(text: string, name: string): boolean {
  const key = nameKey(name);
  return key.length > 0 && ` ${words(text).join(' ')} `.includes(` ${key} `);
}

/** A team name, comparable: a leading "the" and a trailing "team" are dropped. */
function teamWords(name: string): string | undefined {
  const t = words(name);
  if (t.length > 1 && t[0] === 'the') t.shift();
  if (t.length > 1 && t[t.length - 1] === 'team') t.pop();
  return t.length ? t.join(' ') : undefined;
}

function teamKey(p: Person): string | undefined {
  return p.team ? teamWords(p.team) : undefined;
}

export interface Authorship {
  /** The author with this name, if the person is one. */
  author(p: Person): Person | undefined;
  /** The authoring team the person belongs to, as the author wrote it. */
  team(p: Person): string | undefined;
  /** The first author named in free text. */
  mentionedIn(text: string): Person | undefined;
  /** The authoring team a short text names exactly ("AI Control", "the AI Control team"), as the author wrote it. */
  teamNamed(text: string): string | undefined;
}

/**
 * Who wrote the case. Teams match when their names agree and, where both
 * people give an organisation, the organisations agree too (two firms may
 * both have a "Red Team").
 */
export function authorship(c: Case): Authorship {
  const authors = c.header.value.authors ?? [];
  const byName = new Map(authors.map((a) => [nameKey(a.name), a]));
  const orgKey = (p: Person) => (p.organisation ? words(p.organisation).join(' ') : undefined);
  return {
    author: (p) => byName.get(nameKey(p.name)),
    team: (p) => {
      const t = teamKey(p);
      if (!t) return undefined;
      const o = orgKey(p);
      const a = authors.find(
        (x) => teamKey(x) === t && (o === undefined || orgKey(x) === undefined || orgKey(x) === o),
      );
      return a?.team;
    },
    mentionedIn: (text) => authors.find((a) => mentions(text, a.name)),
    teamNamed: (text) => {
      const t = teamWords(text);
      return t === undefined ? undefined : authors.find((a) => teamKey(a) === t)?.team;
    },
  };
}

/** Free text made comparable once, for matching many people against it (namedBy). */
export interface ComparableText {
  /** The text's words, space-separated with a space at each end. */
  spaced: string;
  /** The text read as a team name (teamWords). */
  team: string | undefined;
}

export function comparable(text: string): ComparableText {
  return { spaced: ` ${words(text).join(' ')} `, team: teamWords(text) };
}

/** A person made comparable once: their name, team and organisation as words. */
export interface ComparablePerson {
  name: string;
  team: string | undefined;
  organisation: string | undefined;
}

export function comparablePerson(p: Person): ComparablePerson {
  const key = nameKey(p.name);
  const org = p.organisation ? words(p.organisation).join(' ') : '';
  return { name: key ? ` ${key} ` : '', team: teamKey(p), organisation: org ? ` ${org} ` : undefined };
}

/**
 * How free text ("Halden Assurance red team", "Dr. Rhys Calloway") names the
 * person: by their name, by their team exactly, or by their organisation (its
 * words, in order); undefined if it does not. Both are made comparable once
 * (comparable, comparablePerson), as a rule matches many texts and people.
 */
export function namedBy(text: ComparableText, who: ComparablePerson): 'name' | 'team' | 'organisation' | undefined {
  if (who.name && text.spaced.includes(who.name)) return 'name';
  if (who.team && text.team === who.team) return 'team';
  if (who.organisation && text.spaced.includes(who.organisation)) return 'organisation';
  return undefined;
}

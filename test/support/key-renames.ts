// Mutations that rename the keys of a parsed case: to the names of
// Object.prototype's members (where a lookup on a plain object finds the
// member instead of nothing, and `__proto__`, which an assignment takes as
// the prototype) or to any other string. Every object built here holds its
// keys as own properties, `__proto__` included, as js-yaml's parser does.
import fc from 'fast-check';
import yaml from 'js-yaml';

/** constructor, __defineGetter__, ..., __proto__, toLocaleString: every member name of Object.prototype. */
export const PROTO_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** The prototype names that are valid ids too (they start with a letter): constructor, toString, valueOf, ... */
export const PROTO_IDS: readonly string[] = PROTO_NAMES.filter((n) => /^[A-Za-z]/.test(n));

export type Path = (string | number)[];

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A mapping with `entries` as own properties, in order (`__proto__` too). */
function mappingOf(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** Parse YAML as the loader does (the core schema). */
export function parseDoc(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function dumpDoc(doc: unknown): string {
  return yaml.dump(doc, { lineWidth: -1, noRefs: true });
}

/** The path of every mapping in `doc` that has a key, the document itself first. */
export function mappingPaths(doc: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(doc)) for (const [i, x] of doc.entries()) mappingPaths(x, [...at, i], out);
  else if (isMapping(doc)) {
    if (Object.keys(doc).length) out.push(at);
    for (const k of Object.keys(doc)) mappingPaths(doc[k], [...at, k], out);
  }
  return out;
}

/** A copy of `doc` with the mapping at `path` rebuilt by `change` (given its entries). */
function atPath(doc: unknown, path: Path, change: (entries: [string, unknown][]) => [string, unknown][]): unknown {
  if (path.length === 0) return isMapping(doc) ? mappingOf(change(Object.entries(doc))) : doc;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) return doc.map((x, i) => (i === head ? atPath(x, rest, change) : x));
  if (isMapping(doc))
    return mappingOf(Object.entries(doc).map(([k, v]) => [k, k === head ? atPath(v, rest, change) : v]));
  return doc;
}

/** `doc` with the `index`-th key (modulo) of the mapping at `path` renamed to `to`, in place in the key order. */
export function renameKey(doc: unknown, path: Path, index: number, to: string): unknown {
  return atPath(doc, path, (entries) => {
    const i = index % entries.length;
    // An entry already named `to` would collide: the renamed entry replaces it.
    return entries.flatMap(([k, v], j): [string, unknown][] => (j === i ? [[to, v]] : k === to ? [] : [[k, v]]));
  });
}

/** `doc` with a key `name` added to the mapping at `path`, holding a copy of the `index`-th entry's value. */
export function addKey(doc: unknown, path: Path, index: number, name: string): unknown {
  return atPath(doc, path, (entries) => {
    const donor = entries[index % entries.length];
    return [...entries.filter(([k]) => k !== name), [name, donor ? donor[1] : null]];
  });
}

/** `doc` with the id `from` renamed to `to` everywhere: as a key, a whole string value, or an end of a link `A -> B`. */
export function renameId(doc: unknown, from: string, to: string): unknown {
  if (typeof doc === 'string')
    return doc.includes('->')
      ? doc
          .split('->')
          .map((end) => (end.trim() === from ? end.replace(from, to) : end))
          .join('->')
      : doc === from
        ? to
        : doc;
  if (Array.isArray(doc)) return doc.map((x) => renameId(x, from, to));
  if (isMapping(doc))
    return mappingOf(Object.entries(doc).map(([k, v]) => [k === from ? to : k, renameId(v, from, to)]));
  return doc;
}

/** The ids a case document defines: nodes, evidence items, risks and criteria. */
export function idsOf(doc: unknown): string[] {
  if (!isMapping(doc)) return [];
  const sections = [
    doc.argument,
    doc.evidence,
    doc.risks,
    isMapping(doc.acceptability) ? doc.acceptability.criteria : undefined,
  ];
  return sections.flatMap((s) => (isMapping(s) ? Object.keys(s) : []));
}

/** One mutation of a case document, described for a failure message. */
export interface Mutation {
  describe: string;
  apply: (doc: unknown) => unknown;
}

/**
 * A mutation that renames a key somewhere in the document, adds a key beside
 * the others, or renames one of its ids throughout, to a name `names` draws.
 */
export function keyMutation(names: fc.Arbitrary<string>): fc.Arbitrary<Mutation> {
  const rename = fc.record({ at: fc.nat(), key: fc.nat(), to: names }).map(
    ({ at, key, to }): Mutation => ({
      describe: `rename key #${key} of mapping #${at} to ${JSON.stringify(to)}`,
      apply: (doc) => {
        const paths = mappingPaths(doc);
        const path = paths[at % paths.length] ?? [];
        return renameKey(doc, path, key, to);
      },
    }),
  );
  const add = fc.record({ at: fc.nat(), key: fc.nat(), name: names }).map(
    ({ at, key, name }): Mutation => ({
      describe: `add key ${JSON.stringify(name)} to mapping #${at} (value of key #${key})`,
      apply: (doc) => {
        const paths = mappingPaths(doc);
        return addKey(doc, paths[at % paths.length] ?? [], key, name);
      },
    }),
  );
  const id = fc.record({ which: fc.nat(), to: names }).map(
    ({ which, to }): Mutation => ({
      describe: `rename id #${which} to ${JSON.stringify(to)} throughout`,
      apply: (doc) => {
        const ids = idsOf(doc);
        const from = ids[which % Math.max(1, ids.length)];
        return from === undefined ? doc : renameId(doc, from, to);
      },
    }),
  );
  return fc.oneof(rename, add, id);
}

/**
 * Renames of up to three of a case's ids, each to a different prototype name
 * that is a valid id (constructor, toString, ...): the case stays valid, and
 * only its names change.
 */
export function idRenames(): fc.Arbitrary<Mutation> {
  return fc
    .record({
      which: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      names: fc.shuffledSubarray([...PROTO_IDS], { minLength: 3, maxLength: 3 }),
    })
    .map(
      ({ which, names }): Mutation => ({
        describe: `rename ids #${which.join(', #')} to ${names.slice(0, which.length).join(', ')}`,
        apply: (doc) => {
          const ids = idsOf(doc);
          let out = doc;
          which.forEach((w, i) => {
            const from = ids[w % Math.max(1, ids.length)];
            const to = names[i] as string;
            if (from !== undefined && !PROTO_IDS.includes(from)) out = renameId(out, from, to);
            ids.splice(w % Math.max(1, ids.length), 1);
          });
          return out;
        },
      }),
    );
}

// Source positions. Every value loaded from YAML keeps a PosTree so that any
// field (not only each node) can be pointed at in a diagnostic.

/** 1-based line and column. */
export interface Point {
  line: number;
  col: number;
}

/** A position in a named file. */
export interface Loc extends Point {
  file: string;
}

/** Where a YAML value is, its key's position if it sits in a mapping, and its children's positions. */
export interface PosTree extends Point {
  key?: Point;
  fields?: Map<string, PosTree>;
  items?: PosTree[];
}

/** Anything loaded from a file: where it came from and the positions of its fields. */
export interface Located {
  file: string;
  pos: PosTree;
}

export type PathPart = string | number;

/** The position tree at `path` below `tree`, or the deepest ancestor that exists. */
export function descend(tree: PosTree, path: readonly PathPart[]): PosTree {
  let at = tree;
  for (const part of path) {
    const next = typeof part === 'number' ? at.items?.[part] : at.fields?.get(part);
    if (!next) break;
    at = next;
  }
  return at;
}

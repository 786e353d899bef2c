// Reading the fields of one gsn2x element, each as the type Warrant needs
// (text, a flag, a list of ids, challenges, assurance claim points), with a
// located error about the element for every value that is not.

import type { Diagnostic } from '../../model/diagnostic.js';
import { linkKey, parseChallenge } from '../../model/graph.js';
import type { Loc, PathPart, PosTree } from '../../model/loc.js';
import { ID_PATTERN } from '../../model/schema.js';
import type { Gsn2xCode } from './codes.js';
import { diagnostic, isMapping, locIn, setOwn, show } from './diag.js';

/** The readers return undefined for an absent field and for a wrong one (after reporting it). */
export class ElementReader {
  constructor(
    readonly id: string,
    /** The element's fields ({} for an element written with no value). */
    readonly fields: Record<string, unknown>,
    private readonly pos: PosTree,
    private readonly file: string,
    private readonly diags: Diagnostic[],
  ) {}

  /** Where the value (or, with `key`, the key) at `path` in the element is. */
  at(path: PathPart[], key = false): Loc {
    return locIn(this.file, this.pos, path, key);
  }

  error(code: Gsn2xCode, path: PathPart[], message: string, hint: string, key = false): void {
    this.diags.push(diagnostic(code, 'error', this.at(path, key), message, hint, this.id));
  }

  warn(code: Gsn2xCode, path: PathPart[], message: string, hint: string, key = false): void {
    this.diags.push(diagnostic(code, 'warning', this.at(path, key), message, hint, this.id));
  }

  /** The strings of `list` (the value of `key`, at `path`), each reported unless it is a valid id. */
  ids(key: string, list: unknown[], path: PathPart[]): string[] {
    const { id } = this;
    list.forEach((item, i) => {
      const p = Array.isArray(this.fields[key]) ? [...path, i] : path;
      if (typeof item !== 'string')
        this.error(
          'X03',
          p,
          `\`${key}\` of ${id} must list element ids, but holds ${show(item)}.`,
          'Write the ids as text.',
        );
      else if (!ID_PATTERN.test(item)) {
        const listy = /[,\s]/.test(item.trim());
        const asList = item
          .split(/[,\s]+/)
          .filter(Boolean)
          .join(', ');
        this.error(
          'X02',
          p,
          `\`${key}\` of ${id} refers to ${JSON.stringify(item)}, which is not a valid id.`,
          listy
            ? `This looks like a list written as one string (gsn2x C11): write \`[${asList}]\`.`
            : 'An id starts with a letter, followed by letters, digits, ".", "_" or "-".',
        );
      }
    });
    return list.filter((x): x is string => typeof x === 'string');
  }

  /** An id or a list of ids. */
  refList(key: string): string[] | undefined {
    const v = this.fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return this.ids(key, [v], [key]);
    if (Array.isArray(v)) return this.ids(key, v, [key]);
    this.error(
      'X03',
      [key],
      `\`${key}\` of ${this.id} must be an id or a list of ids, but is ${show(v)}.`,
      `Write \`${key}: [A1, A2]\`.`,
    );
    return undefined;
  }

  bool(key: string): boolean | undefined {
    const v = this.fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.error(
      'X03',
      [key],
      `\`${key}\` of ${this.id} must be true or false, but is ${show(v)}.`,
      `Write \`${key}: true\`, or remove it.`,
    );
    return undefined;
  }

  /** Text; a number or a flag is taken as its text. */
  scalar(key: string): string | undefined {
    const v = this.fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    this.error('X03', [key], `\`${key}\` of ${this.id} must be text, but is ${show(v)}.`, 'Write text here.');
    return undefined;
  }

  /** `challenges`: an element id or a relation "A -> B", or a list of them, normalised to "A -> B". */
  challenges(): string[] | undefined {
    const { id } = this;
    const v = this.fields.challenges;
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
    if (!list) {
      this.error(
        'X03',
        ['challenges'],
        `\`challenges\` of ${id} must be an id, a relation "A -> B", or a list of them, but is ${show(v)}.`,
        'Write `challenges: G2` or `challenges: G2 -> Sn1`.',
      );
      return undefined;
    }
    const out: string[] = [];
    list.forEach((item, i) => {
      const p: PathPart[] = Array.isArray(v) ? ['challenges', i] : ['challenges'];
      if (typeof item !== 'string') {
        this.error(
          'X03',
          p,
          `\`challenges\` of ${id} must name elements, but holds ${show(item)}.`,
          'Write an id or a relation "A -> B".',
        );
        return;
      }
      const target = parseChallenge(item);
      const ends = 'node' in target ? [target.node] : [target.link.from, target.link.to];
      const bad = ends.find((e) => !ID_PATTERN.test(e));
      if (bad !== undefined) {
        this.error(
          'X02',
          p,
          `\`challenges\` of ${id} names ${JSON.stringify(bad)}, which is not a valid id.`,
          'Challenge an element (`G2`) or a relation between two elements (`G2 -> Sn1`).',
        );
        return;
      }
      out.push('node' in target ? target.node : linkKey(target.link.from, target.link.to));
    });
    return out;
  }

  /** `acp`: assurance claim point names to an id or a list of ids. */
  acp(): Record<string, string | string[]> | undefined {
    const v = this.fields.acp;
    if (v === undefined || v === null) return undefined;
    if (!isMapping(v)) {
      this.error(
        'X03',
        ['acp'],
        `\`acp\` of ${this.id} must map assurance claim point names to ids, but is ${show(v)}.`,
        'Write `acp: { ACP1: S1 }`.',
      );
      return undefined;
    }
    const out: Record<string, string | string[]> = {};
    for (const [name, target] of Object.entries(v)) {
      if (!ID_PATTERN.test(name)) {
        this.error(
          'X02',
          ['acp', name],
          `Assurance claim point name \`${name}\` of ${this.id} is not a valid id.`,
          'Name it with a letter, then letters, digits, ".", "_" or "-".',
          true,
        );
        continue;
      }
      const ids = this.acpTarget(name, target);
      if (ids !== undefined) setOwn(out, name, ids);
    }
    return out;
  }

  /** One assurance claim point's target: an id or a list of ids. */
  private acpTarget(name: string, target: unknown): string | string[] | undefined {
    const { id } = this;
    if (typeof target === 'string') return this.ids('acp', [target], ['acp', name])[0] ?? target;
    if (!Array.isArray(target)) {
      this.error(
        'X03',
        ['acp', name],
        `\`acp.${name}\` of ${id} must be an id or a list of ids, but is ${show(target)}.`,
        `Write \`${name}: [S1]\`.`,
      );
      return undefined;
    }
    target.forEach((t, i) => {
      if (typeof t !== 'string')
        this.error(
          'X03',
          ['acp', name, i],
          `\`acp.${name}\` of ${id} must list ids, but holds ${show(t)}.`,
          'Write the ids as text.',
        );
      else if (!ID_PATTERN.test(t))
        this.error(
          'X02',
          ['acp', name, i],
          `\`acp.${name}\` of ${id} names ${JSON.stringify(t)}, which is not a valid id.`,
          'Write element ids.',
        );
    });
    return target.filter((t): t is string => typeof t === 'string');
  }
}

// Source positions of a YAML document, from js-yaml's node events recorded
// during its one parse, and built only where they are asked for.
//
// The parse records each event in two flat arrays, which costs a few percent
// of it. Positions are asked for only when something is reported, and then
// about a few nodes: a finding on one of 10,000 argument nodes needs the
// `argument` mapping's keys and that node's own fields, not a tree of 100,000
// positions (building the whole tree cost about as much as the parse itself,
// most of it in the garbage collector). So a mapping's or a sequence's
// children are listed when it is first descended into, and a node's line and
// column (and its key's) are found when they are read.
import { LineIndex } from '../model/line-index.js';
import type { Point, PosTree } from '../model/loc.js';

/** The parts of js-yaml's state its listener reads. */
export interface ParserState {
  position: number;
  result: unknown;
}

/**
 * js-yaml's node events in document order: an open is its offset (>= 0),
 * a close is -1, with the node's value in `results`.
 */
export class EventLog {
  readonly marks: number[] = [];
  readonly results: unknown[] = [];
  readonly listener = (event: 'open' | 'close', state: ParserState): void => {
    if (event === 'open') this.marks.push(state.position);
    else {
      this.marks.push(-1);
      this.results.push(state.result);
    }
  };

  /** The position tree of `text`, the document these events came from. */
  tree(text: string): PosTree {
    return new Frames(text, this).root();
  }
}

/** js-yaml reports where it started looking for a node; move to its first character. */
function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The recorded events as nested frames: a frame is named by the index of its
 * open event, and its children are the frames opened before its close.
 */
class Frames {
  private readonly lines: LineIndex;
  private readonly marks: number[];
  private readonly results: unknown[];
  /** For each open event, the index of its close event. */
  readonly close: Int32Array;
  /** For each open event, the index of its value in `results`. */
  private readonly result: Int32Array;
  /** The line of the last point found: children are asked for in document order, so the next is near. */
  private near = 1;

  constructor(
    private readonly text: string,
    log: EventLog,
  ) {
    this.lines = LineIndex.of(text);
    this.marks = log.marks;
    this.results = log.results;
    const marks = this.marks;
    const n = marks.length;
    // Locals, not fields, in the loop: it runs once per file over every event, before the JIT has compiled it.
    const close = (this.close = new Int32Array(n));
    const result = (this.result = new Int32Array(n));
    const open = new Int32Array(n);
    let depth = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      if ((marks[i] as number) >= 0) open[depth++] = i;
      else if (depth > 0) {
        const o = open[--depth] as number;
        close[o] = i;
        result[o] = r++;
      }
    }
  }

  /** The tree of the document's (last) top-level node. */
  root(): PosTree {
    if (this.marks.length === 0) return { line: 1, col: 1 };
    let last = 0;
    for (let f = 0; f < this.marks.length; f = (this.close[f] as number) + 1) last = f;
    return new FrameTree(this, last, -1);
  }

  valueOf(frame: number): unknown {
    return this.results[this.result[frame] as number];
  }

  /** The frames directly inside `frame`. */
  children(frame: number): number[] {
    const kids: number[] = [];
    const end = this.close[frame] as number;
    for (let c = frame + 1; c < end; c = (this.close[c] as number) + 1) kids.push(c);
    return kids;
  }

  /**
   * The frame whose position stands for `frame`. js-yaml opens some nodes
   * twice (block sequence entries, explicit keys): a frame whose only child
   * holds the same value is that child.
   */
  resolve(frame: number): number {
    let f = frame;
    for (;;) {
      const c = f + 1;
      const only = c < (this.close[f] as number) && (this.close[c] as number) + 1 === this.close[f];
      if (!only || this.valueOf(c) !== this.valueOf(f)) return f;
      f = c;
    }
  }

  /** Line and column of the node `frame` opens. */
  point(frame: number): Point {
    const at = skipBlank(this.text, this.marks[frame] as number);
    const line = (this.near = this.lines.lineAt(at, this.near));
    return { line, col: at - this.lines.lineStart(line) + 1 };
  }
}

/**
 * One node's position, found on first use; so are its children's. Building a
 * mapping's fields costs one small object per entry; a line and column are
 * looked up only for the entries that are read.
 */
class FrameTree implements PosTree {
  /** The frame that stands for this node, once resolved (-1 before). */
  private node = -1;
  private at: Point | undefined;
  private keyAt: Point | undefined;
  private built = false;
  private fieldMap: Map<string, PosTree> | undefined;
  private itemList: PosTree[] | undefined;

  constructor(
    private readonly frames: Frames,
    private readonly frame: number,
    /** The frame of this node's key in its mapping, or -1. */
    private readonly keyFrame: number,
  ) {}

  private resolved(): number {
    if (this.node < 0) this.node = this.frames.resolve(this.frame);
    return this.node;
  }

  private point(): Point {
    this.at ??= this.frames.point(this.resolved());
    return this.at;
  }

  get line(): number {
    return this.point().line;
  }

  get col(): number {
    return this.point().col;
  }

  get key(): Point | undefined {
    if (this.keyFrame < 0) return undefined;
    this.keyAt ??= this.frames.point(this.frames.resolve(this.keyFrame));
    return this.keyAt;
  }

  get fields(): Map<string, PosTree> | undefined {
    if (!this.built) this.build();
    return this.fieldMap;
  }

  get items(): PosTree[] | undefined {
    if (!this.built) this.build();
    return this.itemList;
  }

  private build(): void {
    this.built = true;
    const frames = this.frames;
    const frame = this.resolved();
    const value = frames.valueOf(frame);
    if (Array.isArray(value)) {
      const kids = frames.children(frame);
      // Block sequences emit no frame for an empty (null) item; positions are only trusted when the counts line up.
      if (kids.length > 0 && kids.length === value.length)
        this.itemList = kids.map((k) => new FrameTree(frames, k, -1));
    } else if (isPlainObject(value)) this.fieldMap = mappingFields(frames, frame);
  }
}

/**
 * A mapping's entries by key: its child frames taken two by two, a key and its
 * value. Walked in place rather than from a list of the children: a large
 * mapping (an `argument` of 10,000 nodes) is built once, by code the JIT has
 * not compiled yet, so fewer steps per entry count.
 */
function mappingFields(frames: Frames, frame: number): Map<string, PosTree> | undefined {
  const close = frames.close;
  const end = close[frame] as number;
  const fields = new Map<string, PosTree>();
  let c = frame + 1;
  while (c < end) {
    const v = (close[c] as number) + 1;
    // An odd number of children: the frames do not pair up, so no positions are trusted.
    if (v >= end) return undefined;
    fields.set(String(frames.valueOf(c)), new FrameTree(frames, v, c));
    c = (close[v] as number) + 1;
  }
  return fields.size > 0 ? fields : undefined;
}

// A streaming JSON scanner: walks JSON bytes chunk by chunk, checks their
// structure, and hands back the raw bytes of only the values the caller asks
// for (by path), so that a log of hundreds of megabytes can be read for its
// header fields without holding its samples in memory.
//
// It tracks containers, keys and array indices; it skips strings with
// indexOf (so long strings cost little), and accepts the bare NaN / Infinity /
// -Infinity tokens Python writes. Captured values are then parsed with
// parseJsonTolerant, which applies the full JSON grammar to them. Memory is
// bounded by the depth of nesting plus the captured values (each capped).
//
// Bytes are Uint8Arrays, not Node's Buffer, so the scanner runs in a browser;
// Node's readers pass Buffers (a Uint8Array), whose indexOf is memchr.

/** One step of a path: an object key or an array index. */
export type PathSeg = string | number;

/** A structural error in the JSON, at a byte offset. */
export class JsonScanError extends Error {
  override name = 'JsonScanError';
  constructor(
    message: string,
    /** Byte offset from the start of the input. */
    readonly offset: number,
    /** True when the input ended before the JSON did (a truncated file). */
    readonly truncated = false,
  ) {
    super(message);
  }
}

/** A captured value exceeded the capture limit. */
export class JsonCaptureLimitError extends Error {
  override name = 'JsonCaptureLimitError';
  constructor(
    readonly path: readonly PathSeg[],
    readonly limit: number,
  ) {
    super(`the value at ${formatPath(path)} is larger than ${limit} bytes`);
  }
}

export interface ScanHandlers {
  /**
   * Asked when a value starts at a depth of at most `maxQueryDepth` (the
   * top-level value has depth 0 and path []). Return true to capture the
   * value's raw bytes.
   */
  want(path: readonly PathSeg[]): boolean;
  /** Receives a captured value's raw bytes (still to be parsed). */
  captured(path: readonly PathSeg[], raw: Uint8Array): void;
}

export interface ScanOptions {
  /** The deepest path `want` is asked about (default 4). */
  maxQueryDepth?: number;
  /** The largest value that may be captured, in bytes (default 64 MiB). */
  maxCaptureBytes?: number;
  /** The deepest nesting accepted (default 1000). */
  maxNesting?: number;
}

enum Mode {
  Value, // expecting a value
  AfterValue, // expecting , or a closing bracket (or end at depth 0)
  Key, // expecting a key string (or } right after {)
  KeyOnly, // expecting a key string (after a comma)
  Colon, // expecting :
  InString,
  InLiteral,
  Done, // top-level value complete; only whitespace may follow
}

interface Frame {
  isArray: boolean;
  seg: PathSeg;
  /** Array element count so far / whether an object has any member. */
  index: number;
}

/** Keys are decoded as Node's Buffer#toString does: bad bytes become U+FFFD, a BOM is kept. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const EMPTY = new Uint8Array(0);

/**
 * Bytes `start` to `end` of `buf` as text. Keys are mostly short and ASCII: those
 * are read byte by byte, which is faster than a decoder call on a view.
 */
function decodeKey(buf: Uint8Array, start: number, end: number): string {
  if (end - start > 32) return utf8.decode(buf.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i++) {
    const b = buf[i] as number;
    if (b >= 0x80) return utf8.decode(buf.subarray(start, end));
    s += String.fromCharCode(b);
  }
  return s;
}

/** `parts` joined into one array of `total` bytes. */
function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The longest object key accepted, in bytes. */
const KEY_LIMIT = 1024 * 1024;

const LITERAL = /^(?:true|false|null|NaN|-?Infinity|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

/** Streaming JSON scanner. Feed it chunks with push(), then call end(). */
export class JsonScanner {
  private readonly maxQueryDepth: number;
  private readonly maxCaptureBytes: number;
  private readonly maxNesting: number;
  private mode: Mode = Mode.Value;
  private readonly frames: Frame[] = [];
  private offset = 0; // bytes consumed before the current chunk
  // string state
  private stringIsKey = false;
  private pendingEscape = false;
  private keyParts: Uint8Array[] = [];
  private keyBytes = 0;
  private keyStart = 0;
  /** Whether the current string has a backslash escape (only tracked, and only needed, for keys). */
  private keyEscaped = false;
  // literal state
  private literal = '';
  // capture state
  private capturing = false;
  private captureDepth = 0;
  private capturePath: PathSeg[] = [];
  private captureParts: Uint8Array[] = [];
  private captureBytes = 0;
  private captureStart = 0;

  constructor(
    private readonly handlers: ScanHandlers,
    opts: ScanOptions = {},
  ) {
    this.maxQueryDepth = opts.maxQueryDepth ?? 4;
    this.maxCaptureBytes = opts.maxCaptureBytes ?? 64 * 1024 * 1024;
    this.maxNesting = opts.maxNesting ?? 1000;
  }

  /** Bytes consumed so far. */
  get position(): number {
    return this.offset;
  }

  /** Scan the next chunk. Throws JsonScanError or JsonCaptureLimitError. */
  push(buf: Uint8Array): void {
    const n = buf.length;
    let i = 0;
    this.nextQuote = -2;
    this.nextBackslash = -2;
    // Skip a UTF-8 byte order mark.
    if (this.offset === 0 && n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
    if (this.capturing) this.captureStart = 0;
    if (this.mode === Mode.InString && this.stringIsKey) this.keyStart = 0;
    while (i < n) {
      const mode = this.mode;
      i =
        mode === Mode.InString
          ? this.scanString(buf, i, n)
          : mode === Mode.InLiteral
            ? this.scanLiteral(buf, i, n)
            : this.scanStructure(buf, i, n);
    }
    if (this.capturing) this.appendCapture(buf.subarray(this.captureStart, n));
    if (this.mode === Mode.InString && this.stringIsKey) this.appendKey(buf.subarray(this.keyStart, n));
    this.offset += n;
  }

  // indexOf results within the current chunk, cached across the strings of
  // the chunk (-2: not computed; -1: none left in the chunk).
  private nextQuote = -2;
  private nextBackslash = -2;

  /** Inside a string at buf[i]: skip to its closing quote or the chunk's end; returns the next index. */
  private scanString(buf: Uint8Array, i: number, n: number): number {
    if (this.pendingEscape) {
      this.pendingEscape = false;
      i++;
    }
    let quote = this.nextQuote;
    let backslash = this.nextBackslash;
    for (;;) {
      if (i >= n) return n;
      if (quote !== -1 && quote < i) quote = this.nextQuote = buf.indexOf(0x22, i);
      if (backslash !== -1 && backslash < i) backslash = this.nextBackslash = buf.indexOf(0x5c, i);
      if (backslash === -1 || (quote !== -1 && quote < backslash)) break;
      this.keyEscaped = true;
      if (backslash + 1 >= n) {
        this.pendingEscape = true;
        return n;
      }
      i = backslash + 2;
    }
    if (quote === -1) return n;
    if (this.stringIsKey) {
      this.finishKey(buf, quote);
      this.mode = Mode.Colon;
    } else {
      this.valueDone(buf, quote + 1);
    }
    return quote + 1;
  }

  /**
   * Inside a number or literal at buf[i]: take its characters to its end (the
   * byte after it is then looked at again) or to the chunk's end.
   */
  private scanLiteral(buf: Uint8Array, i: number, n: number): number {
    for (; i < n; i++) {
      const c = buf[i]!;
      if (!isLiteralChar(c)) {
        this.finishLiteral(buf, i);
        return i;
      }
      if (this.literal.length > 64) throw new JsonScanError('a number or literal is too long', this.offset + i);
      this.literal += String.fromCharCode(c);
    }
    return n;
  }

  /** Between values: whitespace and structural bytes, up to a string's or a literal's start or the chunk's end. */
  private scanStructure(buf: Uint8Array, i: number, n: number): number {
    for (; i < n; i++) {
      const c = buf[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      this.structural(buf, i, c);
      const mode = this.mode;
      if (mode === Mode.InString || mode === Mode.InLiteral) return i + 1;
    }
    return n;
  }

  /** A byte other than whitespace outside strings and literals: a value's start, a key, ":", "," or a bracket. */
  private structural(buf: Uint8Array, i: number, c: number): void {
    switch (this.mode) {
      case Mode.Value:
        this.startValue(buf, i, c);
        break;
      case Mode.Key:
      case Mode.KeyOnly:
        if (c === 0x22) this.startKey(i + 1);
        else if (c === 0x7d /* } */ && this.mode === Mode.Key) this.closeContainer(buf, i, false);
        else throw this.unexpected(c, i, 'an object key');
        break;
      case Mode.Colon:
        if (c !== 0x3a) throw this.unexpected(c, i, '":"');
        this.mode = Mode.Value;
        break;
      case Mode.AfterValue:
        this.afterValue(buf, i, c);
        break;
      case Mode.Done:
        throw this.unexpected(c, i, 'the end of the input');
      default:
        throw new JsonScanError('internal scanner state error', this.offset + i);
    }
  }

  /** A key string starts at buf[start]. */
  private startKey(start: number): void {
    this.mode = Mode.InString;
    this.stringIsKey = true;
    this.keyParts = [];
    this.keyBytes = 0;
    this.keyEscaped = false;
    this.keyStart = start;
  }

  /** After a value: "," for the next element or member, or the bracket that closes the container. */
  private afterValue(buf: Uint8Array, i: number, c: number): void {
    const top = this.frames[this.frames.length - 1];
    if (!top) throw this.unexpected(c, i, 'the end of the input');
    if (c === 0x2c /* , */) {
      if (top.isArray) {
        top.index++;
        top.seg = top.index;
        this.mode = Mode.Value;
      } else {
        this.mode = Mode.KeyOnly;
      }
    } else if ((c === 0x5d && top.isArray) || (c === 0x7d && !top.isArray)) {
      this.closeContainer(buf, i, top.isArray);
    } else {
      throw this.unexpected(c, i, top.isArray ? '"," or "]"' : '"," or "}"');
    }
  }

  /** Signal the end of input. Throws JsonScanError if the JSON is incomplete. */
  end(): void {
    if (this.mode === Mode.InLiteral) this.finishLiteral(EMPTY, 0);
    if (this.mode !== Mode.Done) {
      const what = this.offset === 0 ? 'the input is empty' : 'the JSON ends early (the file looks truncated)';
      throw new JsonScanError(what, this.offset, true);
    }
  }

  private startValue(buf: Uint8Array, i: number, c: number): void {
    if (c === 0x5d /* ] */ && this.arrayJustOpened) {
      // An empty array: "[" then "]". No element starts here.
      this.closeContainer(buf, i, true);
      return;
    }
    this.arrayJustOpened = false;
    const depth = this.frames.length;
    if (!this.capturing && depth <= this.maxQueryDepth) {
      const path = this.frames.map((f) => f.seg);
      if (this.handlers.want(path)) {
        this.capturing = true;
        this.captureDepth = depth;
        this.capturePath = path;
        this.captureParts = [];
        this.captureBytes = 0;
        this.captureStart = i;
      }
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= this.maxNesting)
        throw new JsonScanError(`the JSON nests deeper than ${this.maxNesting} levels`, this.offset + i);
      const isArray = c === 0x5b;
      this.frames.push({ isArray, seg: isArray ? 0 : '', index: 0 });
      this.mode = isArray ? Mode.Value : Mode.Key;
      this.arrayJustOpened = isArray;
      return;
    }
    if (c === 0x22) {
      this.mode = Mode.InString;
      this.stringIsKey = false;
      return;
    }
    if (isLiteralChar(c)) {
      this.mode = Mode.InLiteral;
      this.literal = String.fromCharCode(c);
      return;
    }
    throw this.unexpected(c, i, 'a value');
  }

  private arrayJustOpened = false;

  private closeContainer(buf: Uint8Array, i: number, isArray: boolean): void {
    const f = this.frames.pop();
    if (!f || f.isArray !== isArray) throw this.unexpected(buf[i]!, i, 'a matching bracket');
    this.arrayJustOpened = false;
    this.valueDone(buf, i + 1);
  }

  private finishLiteral(buf: Uint8Array, i: number): void {
    if (!LITERAL.test(this.literal)) throw new JsonScanError(`"${this.literal}" is not a JSON value`, this.offset + i);
    this.literal = '';
    this.valueDone(buf, i);
  }

  /** A value ended just before index `end` of buf. */
  private valueDone(buf: Uint8Array, end: number): void {
    this.arrayJustOpened = false;
    const depth = this.frames.length;
    if (this.capturing && depth === this.captureDepth) {
      this.appendCapture(buf.subarray(this.captureStart, end));
      const raw = this.captureParts.length === 1 ? this.captureParts[0]! : concat(this.captureParts, this.captureBytes);
      this.capturing = false;
      this.captureParts = [];
      this.handlers.captured(this.capturePath, raw);
    }
    this.mode = depth === 0 ? Mode.Done : Mode.AfterValue;
  }

  private appendCapture(part: Uint8Array): void {
    if (part.length === 0) return;
    this.captureBytes += part.length;
    if (this.captureBytes > this.maxCaptureBytes)
      throw new JsonCaptureLimitError(this.capturePath, this.maxCaptureBytes);
    // Copy: the caller may reuse chunk buffers. (A Buffer's slice would be a view.)
    this.captureParts.push(new Uint8Array(part));
  }

  private appendKey(part: Uint8Array): void {
    if (part.length === 0) return;
    this.keyBytes += part.length;
    if (this.keyBytes > KEY_LIMIT) throw new JsonScanError('an object key is longer than 1 MiB', this.offset);
    this.keyParts.push(new Uint8Array(part));
  }

  private finishKey(buf: Uint8Array, end: number): void {
    const top = this.frames[this.frames.length - 1]!;
    if (this.keyParts.length === 0 && !this.keyEscaped && end - this.keyStart <= KEY_LIMIT) {
      // The usual key: plain and within this chunk, decoded in place without a copy.
      top.seg = decodeKey(buf, this.keyStart, end);
      top.index++;
      return;
    }
    this.appendKey(buf.subarray(this.keyStart, end));
    const raw = this.keyParts.length === 1 ? this.keyParts[0]! : concat(this.keyParts, this.keyBytes);
    this.keyParts = [];
    let key: string;
    if (raw.includes(0x5c)) {
      try {
        key = JSON.parse(`"${utf8.decode(raw)}"`) as string;
      } catch {
        throw new JsonScanError('an object key has an invalid escape', this.offset + end);
      }
    } else {
      key = utf8.decode(raw);
    }
    top.seg = key;
    top.index++;
  }

  private unexpected(c: number, i: number, expected: string): JsonScanError {
    const shown = c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
    return new JsonScanError(`unexpected ${shown} where ${expected} was expected`, this.offset + i);
  }
}

function isLiteralChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x2d ||
    c === 0x2b ||
    c === 0x2e
  );
}

/** A path as `$.samples[0].output.model`, for messages. */
export function formatPath(path: readonly PathSeg[]): string {
  let s = '$';
  for (const p of path)
    s += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return s;
}

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
    let nextQuote = -2; // cached indexOf results within this chunk (-2: not computed)
    let nextBackslash = -2;
    if (this.offset === 0 && n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3; // UTF-8 byte order mark
    if (this.capturing) this.captureStart = 0;
    if (this.mode === Mode.InString && this.stringIsKey) this.keyStart = 0;
    while (i < n) {
      switch (this.mode) {
        case Mode.InString: {
          if (this.pendingEscape) {
            this.pendingEscape = false;
            i++;
            continue;
          }
          if (nextQuote !== -1 && nextQuote < i) nextQuote = buf.indexOf(0x22, i);
          if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = buf.indexOf(0x5c, i);
          if (nextBackslash !== -1 && (nextQuote === -1 || nextBackslash < nextQuote)) {
            if (nextBackslash + 1 >= n) {
              this.pendingEscape = true;
              i = n;
            } else {
              i = nextBackslash + 2;
            }
            continue;
          }
          if (nextQuote === -1) {
            i = n;
            continue;
          }
          // closing quote
          const end = nextQuote;
          i = end + 1;
          if (this.stringIsKey) {
            this.finishKey(buf, end);
            this.mode = Mode.Colon;
          } else {
            this.valueDone(buf, i);
          }
          continue;
        }
        case Mode.InLiteral: {
          const c = buf[i]!;
          if (isLiteralChar(c)) {
            if (this.literal.length > 64) throw new JsonScanError('a number or literal is too long', this.offset + i);
            this.literal += String.fromCharCode(c);
            i++;
            continue;
          }
          this.finishLiteral(buf, i);
          continue; // re-examine c in AfterValue / Done mode
        }
        default:
          break;
      }
      const c = buf[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      switch (this.mode) {
        case Mode.Value:
          this.startValue(buf, i, c);
          i++;
          continue;
        case Mode.Key:
        case Mode.KeyOnly:
          if (c === 0x22) {
            this.mode = Mode.InString;
            this.stringIsKey = true;
            this.keyParts = [];
            this.keyBytes = 0;
            this.keyStart = i + 1;
            i++;
            continue;
          }
          if (c === 0x7d /* } */ && this.mode === Mode.Key) {
            this.closeContainer(buf, i, false);
            i++;
            continue;
          }
          throw this.unexpected(c, i, 'an object key');
        case Mode.Colon:
          if (c !== 0x3a) throw this.unexpected(c, i, '":"');
          this.mode = Mode.Value;
          i++;
          continue;
        case Mode.AfterValue: {
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
            i++;
            continue;
          }
          if ((c === 0x5d && top.isArray) || (c === 0x7d && !top.isArray)) {
            this.closeContainer(buf, i, top.isArray);
            i++;
            continue;
          }
          throw this.unexpected(c, i, top.isArray ? '"," or "]"' : '"," or "}"');
        }
        case Mode.Done:
          throw this.unexpected(c, i, 'the end of the input');
        default:
          throw new JsonScanError('internal scanner state error', this.offset + i);
      }
    }
    if (this.capturing) this.appendCapture(buf.subarray(this.captureStart, n));
    if (this.mode === Mode.InString && this.stringIsKey) this.appendKey(buf.subarray(this.keyStart, n));
    this.offset += n;
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
    if (this.keyBytes > 1024 * 1024) throw new JsonScanError('an object key is longer than 1 MiB', this.offset);
    this.keyParts.push(new Uint8Array(part));
  }

  private finishKey(buf: Uint8Array, end: number): void {
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
    const top = this.frames[this.frames.length - 1]!;
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

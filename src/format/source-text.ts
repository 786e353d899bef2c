// The bytes of a case file, made into the text the parser and every position
// rely on. Pure (TextDecoder is a global in Node and in browsers).
//
// - Invalid UTF-8 is decoded to U+FFFD as before, but the offset of the first
//   bad byte is kept so the loader can say where the file is damaged.
// - A byte order mark is dropped: js-yaml skips it, so columns on line 1
//   would otherwise be one off, and no editor shows it as a column.
// - A lone CR is a line break in YAML; it becomes LF so that lines count the
//   same for the parser, for positions and for code frames. One character for
//   one, so every offset stays where it was; YAML folds line breaks in scalars
//   to LF anyway, so no value changes.
// - A NUL byte is forbidden in YAML; js-yaml reports it at line 1 with the
//   offset as the column, so the loader finds it here instead.
import type { Point } from '../model/loc.js';

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

export interface Decoded {
  text: string;
  /** Offset in `text` (UTF-16 units) of the first character decoded from invalid UTF-8. */
  invalidAt?: number;
}

/** Decode UTF-8; bad sequences become U+FFFD and the first one's place is kept. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: fatalDecoder.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // The bytes before the first bad sequence are valid, so they decode to the
    // same characters in the lenient text: their length is the offset.
    return { text: lenientDecoder.decode(bytes), invalidAt: lenientDecoder.decode(bytes.subarray(0, bad)).length };
  }
}

/** Byte offset of the first ill-formed UTF-8 sequence (the Unicode table of well-formed sequences), or the length. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return n;
}

export interface PreparedSource {
  /** The text to parse and to show in code frames: no BOM, line breaks as LF or CRLF. */
  text: string;
  /** Where the first character decoded from invalid UTF-8 is. */
  invalidUtf8?: Point;
  /** Where the first NUL character is. */
  nul?: Point;
}

/** Make a file's text ready for parsing; `invalidUtf8At` is the reader's offset of a bad byte in `raw`. */
export function prepareSource(raw: string, invalidUtf8At?: number): PreparedSource {
  const bom = raw.charCodeAt(0) === 0xfeff;
  let text = bom ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  const out: PreparedSource = { text };
  if (invalidUtf8At !== undefined) out.invalidUtf8 = pointAt(text, Math.max(0, invalidUtf8At - (bom ? 1 : 0)));
  const nul = text.indexOf('\0');
  if (nul !== -1) out.nul = pointAt(text, nul);
  return out;
}

/** Line and column (1-based, columns in UTF-16 units) of `offset` in `text`, whose line breaks are LF. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

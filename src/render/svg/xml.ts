// XML escaping for text and attributes. Characters XML 1.0 cannot hold at all
// (most control characters, lone surrogates, U+FFFE and U+FFFF) are replaced
// by U+FFFD, so any text, however hostile, yields a well-formed document. DEL
// and the C1 controls, which XML allows but a terminal obeys (U+009B starts a
// control sequence), are replaced too, and a carriage return is written as a
// character reference: an SVG printed to a terminal (`render -o -`, `cat`)
// carries no raw control character but tab and line feed.

// eslint-disable-next-line no-control-regex
const INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Anything that may need escaping or replacing; most text has none of it and is returned as is.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

export function escapeText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(INVALID, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Numbers in a fixed form (at most one decimal, no "-0"), so output is byte-stable. */
export function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  if (Object.is(r, -0) || r === 0) return '0';
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

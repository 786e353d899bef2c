// Text width without a DOM: a fixed advance-width table, so layout is the
// same in Node and in every browser, and the same input always gives the same
// diagram. The table is Helvetica's (Adobe AFM, units of 1/1000 em); Arial
// and Liberation Sans, which the SVG's font stack falls back to, share these
// metrics, so the estimate matches what a reader's browser draws.

/** The font the diagram is drawn in (the SVG's CSS names the same stack). */
export const FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', sans-serif";
export const MONO_FAMILY = "'DejaVu Sans Mono', Menlo, Consolas, monospace";

// Advance widths of ASCII 32..126, regular then bold.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];

export interface FontStyle {
  size: number;
  bold?: boolean;
  mono?: boolean;
}

/** East Asian wide characters, emoji and other full-width symbols take a full em. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Advance width of one code point in 1/1000 em. */
export function charUnits(cp: number, bold = false, mono = false): number {
  if (mono) return isWide(cp) ? 1000 : 600;
  if (cp >= 32 && cp <= 126) return (bold ? BOLD : REGULAR)[cp - 32] as number;
  if (cp < 32) return 0;
  if (isWide(cp)) return 1000;
  // Combining marks take no space; other Latin, Greek, Cyrillic letters and symbols about a digit's.
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  return bold ? 611 : 584;
}

/**
 * Proportional text is measured this much wider than Helvetica: where neither
 * Helvetica, Arial nor Liberation Sans is installed, browsers on Linux fall
 * back to DejaVu Sans, which is up to about 12% wider. Boxes sized with this
 * margin hold their text in every one of those fonts.
 */
export const FALLBACK_MARGIN = 1.12;

/** Width in pixels of `text` at `style`. */
export function textWidth(text: string, style: FontStyle): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) as number;
      i++;
    }
    units += charUnits(cp, style.bold, style.mono);
  }
  return (units * style.size * (style.mono ? 1 : FALLBACK_MARGIN)) / 1000;
}

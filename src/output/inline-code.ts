// Messages and hints mark code (field names, ids, YAML to write) with backticks, as Markdown does: a terminal
// shows them as they are; the HTML and Markdown reports show them as code. This splits a text at its code spans.
// Pure.

/** One run of a text: plain, or the inside of a code span. */
export interface InlinePart {
  text: string;
  code: boolean;
}

/**
 * `s` split into plain runs and code spans (a backtick run opens a span, the next run of the same length closes
 * it, as in CommonMark). A backtick with no closing match is plain text, so nothing is lost.
 */
export function inlineCodeParts(s: string): InlinePart[] {
  const out: InlinePart[] = [];
  let plain = '';
  let i = 0;
  while (i < s.length) {
    const open = /^`+/.exec(s.slice(i));
    if (!open) {
      plain += s[i];
      i++;
      continue;
    }
    const fence = open[0];
    const close = findFence(s, i + fence.length, fence.length);
    if (close < 0) {
      plain += fence;
      i += fence.length;
      continue;
    }
    if (plain) out.push({ text: plain, code: false });
    plain = '';
    out.push({ text: s.slice(i + fence.length, close), code: true });
    i = close + fence.length;
  }
  if (plain) out.push({ text: plain, code: false });
  return out;
}

/** The index of the next backtick run of exactly `n` backticks from `from`, or -1. */
function findFence(s: string, from: number, n: number): number {
  const re = /`+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) if (m[0].length === n) return m.index;
  return -1;
}

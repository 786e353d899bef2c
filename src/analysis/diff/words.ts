// A word-level diff of two texts, for reworded nodes: what a reviewer needs to
// see is which words changed, not two paragraphs side by side.

/** A run of words: kept (=), removed (-) or added (+). */
export interface WordRun {
  op: '=' | '-' | '+';
  text: string;
}

/** Above this many word pairs the diff gives up on alignment and shows the whole text replaced (bounded time on hostile input). */
export const MAX_WORD_PAIRS = 250_000;

/** Whitespace collapsed and trimmed: texts equal after this are the same text. */
export function normalizeText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The word diff of `a` and `b` (split on whitespace), as alternating runs.
 * Common prefix and suffix are stripped first, then the middle is aligned by
 * a longest common subsequence: time O(p + q + m·n) for texts of p and q
 * words whose differing middles have m and n words, bounded by
 * MAX_WORD_PAIRS (beyond it, the middle is shown as removed then added).
 * Keeping the "=" and "-" runs gives `a`'s words; keeping "=" and "+" gives `b`'s.
 */
export function diffWords(a: string, b: string): WordRun[] {
  const x = normalizeText(a).split(' ').filter(Boolean);
  const y = normalizeText(b).split(' ').filter(Boolean);
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const xm = x.slice(pre, x.length - suf);
  const ym = y.slice(pre, y.length - suf);
  const ops: { op: WordRun['op']; w: string }[] = [];
  for (const w of x.slice(0, pre)) ops.push({ op: '=', w });
  if (xm.length * ym.length > MAX_WORD_PAIRS) {
    for (const w of xm) ops.push({ op: '-', w });
    for (const w of ym) ops.push({ op: '+', w });
  } else {
    const m = xm.length;
    const n = ym.length;
    // lcs[i][j]: LCS length of xm[i..] and ym[j..], in one flat array.
    const lcs = new Uint32Array((m + 1) * (n + 1));
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        lcs[i * (n + 1) + j] =
          xm[i] === ym[j]
            ? lcs[(i + 1) * (n + 1) + j + 1]! + 1
            : Math.max(lcs[(i + 1) * (n + 1) + j]!, lcs[i * (n + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    // Removals before additions at each step, so the two directions mirror each other.
    while (i < m || j < n) {
      if (i < m && j < n && xm[i] === ym[j]) {
        ops.push({ op: '=', w: xm[i]! });
        i++;
        j++;
      } else if (j >= n || (i < m && lcs[(i + 1) * (n + 1) + j]! >= lcs[i * (n + 1) + j + 1]!)) {
        ops.push({ op: '-', w: xm[i++]! });
      } else {
        ops.push({ op: '+', w: ym[j++]! });
      }
    }
  }
  for (const w of x.slice(x.length - suf)) ops.push({ op: '=', w });
  // Merge runs; within a changed stretch, removed words come before added ones.
  const runs: WordRun[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === '=') {
      const words: string[] = [];
      while (k < ops.length && ops[k]!.op === '=') words.push(ops[k++]!.w);
      runs.push({ op: '=', text: words.join(' ') });
    } else {
      const del: string[] = [];
      const ins: string[] = [];
      while (k < ops.length && ops[k]!.op !== '=') (ops[k]!.op === '-' ? del : ins).push(ops[k++]!.w);
      if (del.length) runs.push({ op: '-', text: del.join(' ') });
      if (ins.length) runs.push({ op: '+', text: ins.join(' ') });
    }
  }
  return runs;
}

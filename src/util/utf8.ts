// UTF-8 sizes of strings without Node's Buffer, which a browser does not have.

/**
 * The number of bytes `text` takes in UTF-8, as Buffer.byteLength(text, 'utf8')
 * counts them: a surrogate pair is 4 bytes, a lone surrogate 3 (it is written
 * as U+FFFD).
 */
export function utf8ByteLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      n += 1;
      continue;
    }
    n += 2;
    // A high surrogate and the low one after it: two code units, four bytes.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * The UTF-8 size of `text` when it is over `max` bytes, else undefined. A UTF-16
 * code unit is at most 3 bytes, so a text of up to max / 3 units is not counted.
 */
export function utf8Over(text: string, max: number): number | undefined {
  if (text.length * 3 <= max) return undefined;
  const bytes = utf8ByteLength(text);
  return bytes > max ? bytes : undefined;
}

// An RFC 6962 Merkle tree (as restated in RFC 9162 section 2.1): leaf and node
// hashes with the 0x00 and 0x01 domain prefixes (so a leaf can never pass for
// a node), the tree head, inclusion proofs and consistency proofs, and their
// verification by the RFC's iterative algorithms. A verifier needs only the
// proof, never the tree, so a record's inclusion and the log's append-only
// history can be checked by anyone holding a signed checkpoint.
import { sha256 } from '../util/sha256.js';

export type Hash = Uint8Array;

function concat(prefix: number, ...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(1 + parts.reduce((n, p) => n + p.length, 0));
  out[0] = prefix;
  let o = 1;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** SHA-256(0x00 || entry). */
export function leafHash(entry: Uint8Array): Hash {
  return sha256(concat(0, entry));
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Hash, right: Hash): Hash {
  return sha256(concat(1, left, right));
}

/** The largest power of two smaller than n (n >= 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The Merkle tree hash of a list of leaf hashes (SHA-256 of nothing for none). */
export function treeHead(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return sha256(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(treeHead(leaves.slice(0, k)), treeHead(leaves.slice(k)));
}

/** The audit path of leaf `index` in the tree of `leaves` (RFC 9162 2.1.3.1). */
export function inclusionProof(index: number, leaves: readonly Hash[]): Hash[] {
  if (index < 0 || index >= leaves.length) throw new RangeError(`no leaf ${index} in a tree of ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...inclusionProof(index, leaves.slice(0, k)), treeHead(leaves.slice(k))]
    : [...inclusionProof(index - k, leaves.slice(k)), treeHead(leaves.slice(0, k))];
}

/** The proof that the tree of the first m leaves is a prefix of the tree of all of them (RFC 9162 2.1.4.1). */
export function consistencyProof(m: number, leaves: readonly Hash[]): Hash[] {
  if (m < 1 || m > leaves.length) throw new RangeError(`no consistency proof from ${m} to ${leaves.length}`);
  return subproof(m, leaves, true);
}

function subproof(m: number, leaves: readonly Hash[], whole: boolean): Hash[] {
  if (m === leaves.length) return whole ? [] : [treeHead(leaves)];
  const k = split(leaves.length);
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), whole), treeHead(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), treeHead(leaves.slice(0, k))];
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

function isPowerOfTwo(n: number): boolean {
  let x = n;
  while (x > 1 && !odd(x)) x = half(x);
  return x === 1;
}

/** Whether `proof` shows the leaf hash at `index` is in the tree of `size` leaves with head `root` (RFC 9162 2.1.3.2). */
export function verifyInclusion(index: number, size: number, leaf: Hash, proof: readonly Hash[], root: Hash): boolean {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else r = nodeHash(r, p);
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && equal(r, root);
}

/** Whether `proof` shows the tree of size m with head `first` is a prefix of the tree of size n with head `second` (RFC 9162 2.1.4.2). */
export function verifyConsistency(m: number, n: number, first: Hash, second: Hash, proof: readonly Hash[]): boolean {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || m > n) return false;
  if (m === n) return proof.length === 0 && equal(first, second);
  const path = isPowerOfTwo(m) ? [first, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = m - 1;
  let sn = n - 1;
  while (odd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else sr = nodeHash(sr, c);
    [fn, sn] = [half(fn), half(sn)];
  }
  return equal(fr, first) && equal(sr, second) && sn === 0;
}

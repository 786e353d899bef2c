import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toHex } from './digest.js';
import { consistencyProof, inclusionProof, leafHash, treeHead, verifyConsistency, verifyInclusion } from './merkle.js';

const fromHex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));

// The certificate-transparency reference tree (RFC 6962's test data, as the CT
// and transparency-dev/merkle test suites use it): eight leaves and the tree
// head after each one.
const CT_ENTRIES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_LEAVES = CT_ENTRIES.map((e) => leafHash(fromHex(e)));

describe('RFC 6962 Merkle tree', () => {
  it('matches the reference tree heads for every size 0..8', () => {
    for (let n = 0; n <= 8; n++) assert.equal(toHex(treeHead(CT_LEAVES.slice(0, n))), CT_ROOTS[n], `size ${n}`);
  });

  it('matches the reference inclusion proofs', () => {
    // Leaf 0 and leaf 5 of the 8-leaf tree, from the CT reference tests.
    assert.deepEqual(inclusionProof(0, CT_LEAVES).map(toHex), [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    assert.deepEqual(inclusionProof(5, CT_LEAVES).map(toHex), [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
  });

  it('rejects an index outside the tree and a proof of the wrong length', () => {
    const root = treeHead(CT_LEAVES);
    const proof = inclusionProof(2, CT_LEAVES);
    assert.equal(verifyInclusion(2, 8, CT_LEAVES[2]!, proof, root), true);
    assert.equal(verifyInclusion(8, 8, CT_LEAVES[2]!, proof, root), false);
    assert.equal(verifyInclusion(2, 8, CT_LEAVES[2]!, proof.slice(1), root), false);
    assert.equal(verifyInclusion(2, 8, CT_LEAVES[2]!, [...proof, root], root), false);
    assert.equal(verifyInclusion(3, 8, CT_LEAVES[2]!, proof, root), false);
  });

  const leaves = fc
    .array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 40 })
    .map((es) => es.map(leafHash));

  it("every leaf's inclusion proof verifies, in trees of every shape", () => {
    fc.assert(
      fc.property(leaves, (ls) => {
        const root = treeHead(ls);
        for (const [i, l] of ls.entries()) {
          assert.ok(verifyInclusion(i, ls.length, l, inclusionProof(i, ls), root), `leaf ${i}`);
        }
      }),
    );
  });

  it('consistency between any m <= n verifies, and not against another tree', () => {
    fc.assert(
      fc.property(leaves, fc.nat(), (ls, pick) => {
        const m = 1 + (pick % ls.length);
        const first = treeHead(ls.slice(0, m));
        const second = treeHead(ls);
        const proof = consistencyProof(m, ls);
        assert.ok(verifyConsistency(m, ls.length, first, second, proof));
        const forged = treeHead([leafHash(Uint8Array.of(9, 9, 9)), ...ls.slice(1, m)]);
        if (m < ls.length || proof.length > 0)
          assert.equal(verifyConsistency(m, ls.length, forged, second, proof), false);
      }),
    );
  });

  it('any single-byte change to a proof, a leaf or a root is detected', () => {
    fc.assert(
      fc.property(leaves, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (ls, pick, at, flip) => {
        const i = pick % ls.length;
        const root = treeHead(ls);
        const proof = inclusionProof(i, ls);
        const bent = (h: Uint8Array) => {
          const c = Uint8Array.from(h);
          c[at % 32] = c[at % 32]! ^ flip;
          return c;
        };
        assert.equal(verifyInclusion(i, ls.length, bent(ls[i]!), proof, root), false);
        assert.equal(verifyInclusion(i, ls.length, ls[i]!, proof, bent(root)), false);
        if (proof.length > 0) {
          const j = at % proof.length;
          const changed = proof.map((p, k) => (k === j ? bent(p) : p));
          assert.equal(verifyInclusion(i, ls.length, ls[i]!, changed, root), false);
        }
      }),
    );
  });
});

// A small zip writer for the evidence tests: builds archives that real tools
// would never write (lying sizes or CRCs, repeated names, unknown methods,
// raw zstd members copied from a real log), so the reader's checks can be
// exercised. Classic (non-ZIP64) format; ZIP64 archives come from yazl.
import { deflateRawSync, inflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import { decompress as zstdDecompress } from 'fzstd';
import yauzl from 'yauzl';

export interface TestMember {
  name: string;
  /** Uncompressed content (used for CRC and size unless overridden). */
  data: Buffer;
  /** 0 stored, 8 deflate (compressed here), or any other number with `raw`. */
  method?: number;
  /** Bytes to store as the member's compressed data instead of compressing `data`. */
  raw?: Buffer;
  /** Declared uncompressed size (default data.length). */
  size?: number;
  /** Declared CRC-32 (default: computed from data). */
  crc?: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
}

export function crc32(b: Buffer): number {
  return zlibCrc32(b) >>> 0;
}

/** Build a zip archive from the members, in order (central directory in the same order). */
export function buildZip(members: TestMember[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const method = m.method ?? 8;
    const body = m.raw ?? (method === 8 ? deflateRawSync(m.data) : m.data);
    const name = Buffer.from(m.name, 'utf8');
    const crc = m.crc ?? crc32(m.data);
    const size = m.size ?? m.data.length;
    const flags = (m.flags ?? 0) | 0x0800; // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(0, 12);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(0, 30); // extra
    cd.writeUInt16LE(0, 32); // comment
    cd.writeUInt16LE(0, 34); // disk
    cd.writeUInt16LE(0, 36); // internal attrs
    cd.writeUInt32LE(0, 38); // external attrs
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0, 4);
  eocd.writeUInt16LE(0, 6);
  eocd.writeUInt16LE(members.length, 8);
  eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  eocd.writeUInt16LE(0, 20);
  return Buffer.concat([...parts, cdBuf, eocd]);
}

/** Every member of a real archive, in central-directory order, with its raw (still compressed) bytes and its content. */
export async function readMembers(file: string): Promise<TestMember[]> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e || !z ? rej(e) : res(z))),
  );
  const out: TestMember[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, { decodeFileData: false }, (err, s) => {
        if (err || !s) return reject(err);
        const chunks: Buffer[] = [];
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('error', reject);
        s.on('end', () => {
          const raw = Buffer.concat(chunks);
          const method = entry.compressionMethod;
          const data = method === 8 ? inflateRawSync(raw) : method === 93 ? Buffer.from(zstdDecompress(raw)) : raw;
          out.push({ name: entry.fileName, data, method, raw });
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  return out;
}

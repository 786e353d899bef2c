// Reading members of a zip archive (an Inspect `.eval` log) one at a time,
// streamed, with limits: the central directory is read first (yauzl), then
// only the members asked for are decompressed (deflate by zlib through yauzl,
// zstd, ZIP method 93, by fzstd), each checked against its declared size and
// CRC-32, with caps on total decompressed bytes and on the compression ratio.
//
// Repeated member names: the last one in central-directory order wins, which
// is what Inspect's own reader (Python's zipfile) does.

import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { Decompress } from 'fzstd';
import yauzl from 'yauzl';
import { type EvalLogErrorCode, EvalLogFailure, type EvalLogLimits } from '../eval-run.js';

/** ZIP compression method numbers this reader decodes. */
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
export const METHOD_ZSTD = 93;

/** Members below this uncompressed size are never refused for their compression ratio. */
const RATIO_FLOOR = 1024 * 1024;

/** What the central directory says about one member. */
export interface ZipMember {
  /** The member's name (path inside the archive). */
  name: string;
  /** ZIP compression method (0 stored, 8 deflate, 93 zstd). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** CRC-32 of the uncompressed bytes, as declared. */
  crc32: number;
  encrypted: boolean;
  entry: yauzl.Entry;
}

const crcFn: (data: Uint8Array, prev: number) => number = typeof zlibCrc32 === 'function' ? zlibCrc32 : crc32Js;

let crcTable: Uint32Array | undefined;
function crc32Js(data: Uint8Array, prev: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** fs methods for streams over the archive's shared fd: reads as usual, close does nothing (the reader closes it). */
const KEEP_FD_OPEN = {
  open: fs.open,
  read: fs.read,
  close: (_fd: number, cb: (err: NodeJS.ErrnoException | null) => void): void => cb(null),
};

/** Reads of at most this many bytes (zip headers) are served from a cached block. */
const SMALL_READ = 64 * 1024;
const BLOCK = 1024 * 1024;

/**
 * A file reader for yauzl that serves the many small reads of the central
 * directory and local headers from a 1 MiB block read at once (yauzl's own
 * reader issues two or three reads per entry, which dominates the time to open
 * an archive of thousands of members), and streams member data directly.
 */
class CachedFileReader extends yauzl.RandomAccessReader {
  private block: { start: number; buf: Buffer } | undefined;
  private closed = false;

  constructor(private readonly fd: number) {
    super();
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    if (length > SMALL_READ) {
      super.read(buffer, offset, length, position, callback);
      return;
    }
    let n: number;
    try {
      let b = this.block;
      if (!b || position < b.start || position + length > b.start + b.buf.length) {
        const start = Math.max(0, position + length > BLOCK ? position + length - BLOCK / 2 : 0);
        const buf = Buffer.allocUnsafe(BLOCK);
        const got = fs.readSync(this.fd, buf, 0, BLOCK, start);
        b = this.block = { start, buf: buf.subarray(0, got) };
      }
      const from = position - b.start;
      n = Math.max(0, Math.min(length, b.buf.length - from));
      b.buf.copy(buffer, offset, from, from + n);
    } catch (e) {
      process.nextTick(callback, e as Error);
      return;
    }
    process.nextTick(callback, null, n);
  }

  override _readStreamForRange(start: number, end: number): Readable {
    // yauzl destroys these streams when done, and destroying an fs stream closes its fd
    // even with autoClose false: give the stream a close that leaves the shared fd open.
    return fs.createReadStream('', {
      fd: this.fd,
      start,
      end: end - 1,
      autoClose: false,
      highWaterMark: 256 * 1024,
      fs: KEEP_FD_OPEN,
    });
  }

  override close(callback: (err: Error | null) => void): void {
    if (this.closed) {
      process.nextTick(callback, null);
      return;
    }
    this.closed = true;
    fs.close(this.fd, (err) => callback(err ?? null));
  }

  /** Close the file when yauzl never took ownership of the reader (it failed to open). */
  closeNow(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

/** An open zip archive. Call close() when done. */
export class ZipArchive {
  /** Members by name; for a repeated name, the last one in central-directory order. */
  readonly members = new Map<string, ZipMember>();
  /** Names that occur more than once in the central directory. */
  readonly repeated: string[] = [];
  /** Total bytes decompressed so far from this archive. */
  private decompressed = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly file: string,
    private readonly limits: EvalLogLimits,
  ) {}

  /** Open an archive and read its central directory. Throws EvalLogFailure. */
  static async open(file: string, limits: EvalLogLimits): Promise<ZipArchive> {
    let fd: number;
    let size: number;
    try {
      fd = fs.openSync(file, 'r');
      size = fs.fstatSync(fd).size;
    } catch (e) {
      throw fail('E0801', file, `cannot read the file: ${errText(e)}`);
    }
    const reader = new CachedFileReader(fd);
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      const options = {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: true,
        decodeStrings: true,
        strictFileNames: false,
      };
      yauzl.fromRandomAccessReader(reader, size, options, (err, z) => {
        if (err || !z) {
          reader.closeNow();
          reject(archiveError(file, err));
        } else resolve(z);
      });
    });
    const archive = new ZipArchive(zip, file, limits);
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw fail(
          'E0806',
          file,
          `the archive lists ${zip.entryCount} members, ` +
            `more than the limit of ${limits.maxEntries} (limits.maxEntries)`,
        );
      }
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: yauzl.Entry) => {
          const name = entry.fileName;
          if (archive.members.has(name) && !archive.repeated.includes(name)) archive.repeated.push(name);
          archive.members.set(name, {
            name,
            method: entry.compressionMethod,
            compressedSize: entry.compressedSize,
            uncompressedSize: entry.uncompressedSize,
            crc32: entry.crc32 >>> 0,
            encrypted: entry.isEncrypted(),
            entry,
          });
          zip.readEntry();
        });
        zip.once('end', () => resolve());
        zip.once('error', (err: unknown) => reject(archiveError(file, err)));
        zip.readEntry();
      });
    } catch (e) {
      zip.close();
      throw e;
    }
    return archive;
  }

  /** Member names in central-directory order, each once. */
  names(): string[] {
    return [...this.members.keys()];
  }

  has(name: string): boolean {
    return this.members.has(name);
  }

  close(): void {
    this.zip.close();
  }

  /** Read a whole member into memory (bounded by limits.maxMemberBytes). */
  async read(name: string): Promise<Buffer> {
    const m = this.member(name);
    if (m.uncompressedSize > this.limits.maxMemberBytes) {
      throw fail(
        'E0806',
        this.file,
        `${name} is ${m.uncompressedSize} bytes uncompressed, more than the limit of ` +
          `${this.limits.maxMemberBytes} for a member read whole (limits.maxMemberBytes)`,
        name,
      );
    }
    const parts: Buffer[] = [];
    let total = 0;
    await this.stream(name, (b) => {
      parts.push(b);
      total += b.length;
    });
    return Buffer.concat(parts, total);
  }

  /**
   * Stream a member's uncompressed bytes to `onData` (called synchronously per
   * chunk; it may throw to abort). Sizes, CRC-32 and limits are checked; a
   * mismatch or a decompression error is an E0805, a limit an E0806.
   */
  async stream(name: string, onData: (chunk: Buffer) => void): Promise<void> {
    const m = this.member(name);
    this.checkReadable(m);
    const raw = await this.openRaw(m);
    const decoder = memberDecoder(this.file, m, this.limits, onData, (n) => {
      this.decompressed += n;
    });
    await pump(raw, decoder, (err) => memberError(this.file, name, err));
  }

  /** Refuse a member that cannot or must not be decompressed: encrypted, an unknown method, or past a limit. */
  private checkReadable(m: ZipMember): void {
    const { name } = m;
    const limits = this.limits;
    if (m.encrypted) throw fail('E0807', this.file, `${name} is encrypted; encrypted logs cannot be read`, name);
    if (m.method !== METHOD_STORED && m.method !== METHOD_DEFLATE && m.method !== METHOD_ZSTD) {
      throw fail(
        'E0807',
        this.file,
        `${name} uses ZIP compression method ${m.method}; only stored (0), deflate (8) and zstd (93) are supported`,
        name,
      );
    }
    if (m.uncompressedSize > RATIO_FLOOR && m.uncompressedSize / Math.max(1, m.compressedSize) > limits.maxRatio) {
      throw fail(
        'E0806',
        this.file,
        `${name} declares ${m.uncompressedSize} bytes uncompressed from ${m.compressedSize} compressed, ` +
          `a ratio above the limit of ${limits.maxRatio} (limits.maxRatio): this looks like a zip bomb`,
        name,
      );
    }
    if (this.decompressed + m.uncompressedSize > limits.maxTotalUncompressed) {
      throw fail(
        'E0806',
        this.file,
        `reading ${name} would take the bytes decompressed from this archive past the limit of ` +
          `${limits.maxTotalUncompressed} (limits.maxTotalUncompressed)`,
        name,
      );
    }
  }

  /** The member's data as stored: deflate inflated by yauzl, zstd left to the caller. */
  private openRaw(m: ZipMember): Promise<RawStream> {
    return new Promise<RawStream>((resolve, reject) => {
      // Leave decodeFileData unset for deflate: yauzl 3.4.0 skips inflating when it is passed as true.
      const options = m.method === METHOD_ZSTD ? { decodeFileData: false } : {};
      this.zip.openReadStream(m.entry, options, (err, s) => {
        if (err || !s) reject(memberError(this.file, m.name, err));
        else resolve(s as RawStream);
      });
    });
  }

  private member(name: string): ZipMember {
    const m = this.members.get(name);
    if (!m) throw fail('E0804', this.file, `the archive has no member ${name}`, name);
    return m;
  }
}

type RawStream = NodeJS.ReadableStream & { destroy(err?: Error): void };

/** A member's bytes in, its checked uncompressed bytes out. Each throws EvalLogFailure (or a decoder's error). */
interface MemberDecoder {
  push(chunk: Buffer): void;
  /** The data ended: flush, then check the size and CRC-32. */
  end(): void;
}

/**
 * Decode one member as its stored bytes arrive: zstd through fzstd (after a
 * look at the frame header, see checkZstdFrameHeader), the rest as they are;
 * every uncompressed chunk counted (`count`), held to the declared size and
 * CRC-32, and handed to `onData`.
 */
function memberDecoder(
  file: string,
  m: ZipMember,
  limits: EvalLogLimits,
  onData: (chunk: Buffer) => void,
  count: (bytes: number) => void,
): MemberDecoder {
  const { name } = m;
  let crc = 0;
  let produced = 0;
  const emit = (data: Uint8Array): void => {
    if (data.length === 0) return;
    produced += data.length;
    count(data.length);
    if (produced > m.uncompressedSize) {
      throw fail(
        'E0805',
        file,
        `${name} decompresses to more than its declared ${m.uncompressedSize} bytes: the member is corrupt`,
        name,
      );
    }
    crc = crcFn(data, crc);
    onData(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length));
  };
  const zstd = m.method === METHOD_ZSTD ? new Decompress((data) => emit(data)) : undefined;
  // zstd bytes held until the frame header (at most 18 bytes) can be checked.
  let head: Buffer[] | undefined = [];
  let headLen = 0;
  const pushZstd = (z: Decompress, chunk: Buffer): void => {
    if (!head) {
      z.push(chunk);
      return;
    }
    head.push(chunk);
    headLen += chunk.length;
    if (headLen < 18) return;
    const whole = Buffer.concat(head, headLen);
    head = undefined;
    checkZstdFrameHeader(file, m, whole, limits);
    z.push(whole);
  };
  return {
    push: (chunk) => (zstd ? pushZstd(zstd, chunk) : emit(chunk)),
    end: () => {
      if (zstd) {
        const rest = head ? Buffer.concat(head, headLen) : Buffer.alloc(0);
        if (head && rest.length > 0) checkZstdFrameHeader(file, m, rest, limits);
        zstd.push(rest, true);
      }
      if (produced !== m.uncompressedSize) {
        throw fail(
          'E0805',
          file,
          `${name} decompresses to ${produced} bytes but declares ${m.uncompressedSize}: ` +
            'the member is corrupt or truncated',
          name,
        );
      }
      if (crc >>> 0 !== m.crc32) {
        throw fail(
          'E0805',
          file,
          `${name} fails its CRC-32 check (declared ${hex8(m.crc32)}, computed ${hex8(crc >>> 0)}): ` +
            'the member is corrupt',
          name,
        );
      }
    },
  };
}

/**
 * Feed a member's stream to its decoder to the end. The first error (the
 * stream's or the decoder's) tears the stream down and rejects, as an
 * EvalLogFailure (`wrap` makes one of any other error).
 */
function pump(raw: RawStream, decoder: MemberDecoder, wrap: (err: unknown) => EvalLogFailure): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const done = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      if (err) {
        try {
          raw.destroy();
        } catch {
          // already torn down
        }
        reject(err instanceof EvalLogFailure ? err : wrap(err));
      } else resolve();
    };
    raw.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        decoder.push(chunk);
      } catch (e) {
        done(e);
      }
    });
    raw.on('error', (e: unknown) => done(e));
    raw.on('end', () => {
      if (settled) return;
      try {
        decoder.end();
        done();
      } catch (e) {
        done(e);
      }
    });
  });
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/**
 * fzstd allocates an output buffer of the frame's declared content size (or,
 * when the frame declares none, of its window size, up to 2 GB) before it
 * decompresses anything. Check the first frame's header first: a declared
 * content size above the member's declared size means a corrupt member
 * (E0805); a window above the archive's decompression limit is refused (E0806).
 */
function checkZstdFrameHeader(file: string, m: ZipMember, head: Buffer, limits: EvalLogLimits): void {
  if (head.length < 6) return; // too short for a frame: fzstd reports the error
  if (head.readUInt32LE(0) !== 0xfd2fb528) return; // not a plain frame (skippable or corrupt): fzstd decides
  const fhd = head[4]!;
  const fcf = fhd >> 6;
  const singleSegment = (fhd >> 5) & 1;
  const dictFlag = fhd & 3;
  let pos = 5;
  let window = 0;
  if (!singleSegment) {
    const wd = head[pos]!;
    const base = 2 ** (10 + (wd >> 3));
    window = base + (base / 8) * (wd & 7);
    pos++;
  }
  pos += dictFlag === 3 ? 4 : dictFlag;
  const fsb = fcf === 0 ? (singleSegment ? 1 : 0) : 1 << fcf;
  if (fsb > 0 && head.length >= pos + fsb) {
    let contentSize: number;
    if (fsb === 1) contentSize = head[pos]!;
    else if (fsb === 2) contentSize = head.readUInt16LE(pos) + 256;
    else if (fsb === 4) contentSize = head.readUInt32LE(pos);
    else contentSize = Number(head.readBigUInt64LE(pos));
    if (contentSize > m.uncompressedSize) {
      throw fail(
        'E0805',
        file,
        `${m.name} holds a zstd frame that declares ${contentSize} bytes, ` +
          `more than the member's declared ${m.uncompressedSize}: the member is corrupt`,
        m.name,
      );
    }
    return;
  }
  if (window > limits.maxTotalUncompressed) {
    throw fail(
      'E0806',
      file,
      `${m.name} holds a zstd frame with a ${window}-byte window, ` +
        `above the decompression limit of ${limits.maxTotalUncompressed} (limits.maxTotalUncompressed)`,
      m.name,
    );
  }
}

function fail(code: EvalLogErrorCode, file: string, message: string, member?: string): EvalLogFailure {
  return new EvalLogFailure(member === undefined ? { code, file, message } : { code, file, message, member });
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** An error opening the archive or reading its central directory. */
function archiveError(file: string, err: unknown): EvalLogFailure {
  if (err instanceof EvalLogFailure) return err;
  const msg = errText(err);
  return fail(
    'E0804',
    file,
    `not a readable zip archive (${msg}); the file may be truncated or damaged: copy it again from its source`,
  );
}

/** An error while reading one member's data (inflate/zstd errors, yauzl size checks, bad local headers). */
function memberError(file: string, member: string, err: unknown): EvalLogFailure {
  if (err instanceof EvalLogFailure) return err;
  return fail(
    'E0805',
    file,
    `${member} is corrupt or truncated (${errText(err)}); copy the log again from its source`,
    member,
  );
}

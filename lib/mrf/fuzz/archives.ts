// Compressed hostile input, built by code: zip archives (including lying
// headers and thousands of entries) and decompression bombs of any size,
// written in a stream so even a multi-GiB bomb costs a few MiB to make.
import { open } from "node:fs/promises";
import { constants, crc32, deflateRawSync, gzipSync } from "node:zlib";

export { gzipSync as gzip };

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Lie about the uncompressed size (both headers). */
  declaredSize?: number;
  /** Lie about the CRC. */
  badCrc?: boolean;
}

function localHeader(name: Buffer, method: number, crc: number, packed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
  h.writeUInt16LE(method, 8);
  h.writeUInt32LE(0, 10); // time, date
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(packed >>> 0, 18);
  h.writeUInt32LE(size >>> 0, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(name: Buffer, method: number, crc: number, packed: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // version made by
  h.writeUInt16LE(20, 6); // version needed
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt32LE(0, 12);
  h.writeUInt32LE(crc >>> 0, 16);
  h.writeUInt32LE(packed >>> 0, 20);
  h.writeUInt32LE(size >>> 0, 24);
  h.writeUInt16LE(name.length, 28);
  // extra, comment, disk, internal attrs, external attrs: 0
  h.writeUInt32LE(offset >>> 0, 42);
  return Buffer.concat([h, name]);
}

function endOfCentralDirectory(entries: number, size: number, offset: number): Buffer {
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(entries, 8);
  e.writeUInt16LE(entries, 10);
  e.writeUInt32LE(size >>> 0, 12);
  e.writeUInt32LE(offset >>> 0, 16);
  return e;
}

/** A zip archive (no zip64, no data descriptors) built in memory. At most 65,535 entries. */
export function buildZip(specs: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const data = typeof spec.data === "string" ? Buffer.from(spec.data) : spec.data;
    const name = Buffer.from(spec.name, "utf8");
    const method = spec.store ? 0 : 8;
    const packed = spec.store ? data : deflateRawSync(data);
    const crc = spec.badCrc ? crc32(data) ^ 0xffff : crc32(data);
    const size = spec.declaredSize ?? data.length;
    const local = Buffer.concat([localHeader(name, method, crc, packed.length, size), packed]);
    centrals.push(centralHeader(name, method, crc, packed.length, size, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endOfCentralDirectory(specs.length, central.length, offset)]);
}

const MiB = 1024 * 1024;

/**
 * Raw deflate of `bytes` zero bytes, as a block to repeat: 1 MiB of zeros
 * compressed with a full flush (no final bit, history reset) is self-contained,
 * so k copies followed by an empty final block inflate to k MiB of zeros.
 */
function zeroDeflate(bytes: number): { block: Buffer; copies: number; tail: Buffer; crc: number; size: number } {
  const copies = Math.max(1, Math.ceil(bytes / MiB));
  const block = deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const zeros = Buffer.alloc(MiB);
  let crc = 0;
  for (let i = 0; i < copies; i++) crc = crc32(zeros, crc);
  return { block, copies, tail: Buffer.from([0x03, 0x00]), crc, size: copies * MiB };
}

async function writeParts(path: string, parts: () => Iterable<Buffer>): Promise<number> {
  const handle = await open(path, "w");
  let written = 0;
  try {
    for (const part of parts()) {
      await handle.write(part);
      written += part.length;
    }
  } finally {
    await handle.close();
  }
  return written;
}

export interface BombOptions {
  /** Bytes the bomb expands to (rounded up to whole MiB); under 4 GiB for zips (no zip64). */
  bytes: number;
  /** The zip entry's name. */
  entryName?: string;
  /** The uncompressed size the zip headers declare (a lie unless equal to `bytes`). */
  declaredSize?: number;
}

/** A gzip file of zeros expanding about 1,000:1. Returns the compressed size. */
export async function writeGzipBomb(path: string, options: BombOptions): Promise<number> {
  const z = zeroDeflate(options.bytes);
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xff]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(z.crc >>> 0, 0);
  trailer.writeUInt32LE(z.size % 2 ** 32, 4);
  return writeParts(path, function* () {
    yield header;
    for (let i = 0; i < z.copies; i++) yield z.block;
    yield z.tail;
    yield trailer;
  });
}

/** A zip with one deflated entry of zeros expanding about 1,000:1. Returns the archive size. */
export async function writeZipBomb(path: string, options: BombOptions): Promise<number> {
  const z = zeroDeflate(options.bytes);
  if (z.size >= 2 ** 32) throw new Error("writeZipBomb: zip64 is not supported; keep the bomb under 4 GiB");
  const name = Buffer.from(options.entryName ?? "prices.csv", "utf8");
  const packed = z.copies * z.block.length + z.tail.length;
  const declared = options.declaredSize ?? z.size;
  const local = localHeader(name, 8, z.crc, packed, declared);
  const central = centralHeader(name, 8, z.crc, packed, declared, 0);
  return writeParts(path, function* () {
    yield local;
    for (let i = 0; i < z.copies; i++) yield z.block;
    yield z.tail;
    yield central;
    yield endOfCentralDirectory(1, central.length, local.length + packed);
  });
}

// Checks a DOCX's zip container BEFORE any unzip library touches it: declared sizes from the central
// directory, compression ratios, entry count, and the real inflated size of every XML part (streamed,
// stopped as soon as it passes its declared size), plus XML entity declarations (billion-laughs).

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxEntryUncompressed: number;
  /** Uncompressed/compressed ratio allowed for entries bigger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export class ZipRejected extends Error {}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** Read the central directory. Throws ZipRejected with a human reason. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const min = Math.max(0, bytes.length - 22 - 65535);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new ZipRejected('truncated or corrupt zip (no end of central directory)');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipRejected('zip64 archives are not accepted for DOCX');
  if (cdOffset + cdSize > bytes.length) throw new ZipRejected('truncated or corrupt zip (central directory past end of file)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipRejected('corrupt zip central directory');
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    entries.push({
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Declared-size checks (cheap, no inflation). */
export function checkDeclared(entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) throw new ZipRejected(`${entries.length} zip entries exceeds ${limits.maxEntries} limit`);
  if (entries.some((e) => e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff)) throw new ZipRejected('zip64 entries are not accepted for DOCX');
  const total = entries.reduce((a, e) => a + e.uncompressedSize, 0);
  if (total > limits.maxTotalUncompressed) {
    throw new ZipRejected(`declared uncompressed size ${formatBytes(total)} exceeds ${formatBytes(limits.maxTotalUncompressed)} limit (zip bomb?)`);
  }
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryUncompressed) {
      throw new ZipRejected(`entry ${e.name} declares ${formatBytes(e.uncompressedSize)} uncompressed, exceeds ${formatBytes(limits.maxEntryUncompressed)} limit (zip bomb?)`);
    }
    if (e.uncompressedSize > limits.ratioFloor && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio) {
      throw new ZipRejected(`entry ${e.name} compression ratio ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1 exceeds ${limits.maxRatio}:1 (zip bomb?)`);
    }
  }
}

function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const p = e.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw new ZipRejected(`corrupt zip (bad local header for ${e.name})`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipRejected(`truncated zip (${e.name} runs past end of file)`);
  return bytes.subarray(start, end);
}

const ENTITY = /<!ENTITY/i;
const DOCTYPE_SUBSET = /<!DOCTYPE[^>[]*\[/i;

/** Inflate one entry with a hard cap, scanning for entity declarations as it streams. */
async function inflateChecked(data: Uint8Array, e: ZipEntry, limits: ZipLimits): Promise<number> {
  const cap = Math.min(e.uncompressedSize, limits.maxEntryUncompressed);
  const scan = (chunk: Uint8Array, carry: string): string => {
    const s = carry + new TextDecoder('latin1').decode(chunk);
    if (ENTITY.test(s) || DOCTYPE_SUBSET.test(s)) throw new ZipRejected(`${e.name} declares XML entities (entity-expansion bomb?)`);
    return s.slice(-16);
  };
  if (e.method === 0) {
    if (data.length > cap) throw new ZipRejected(`${e.name} is larger than declared (zip bomb?)`);
    scan(data, '');
    return data.length;
  }
  if (e.method !== 8) throw new ZipRejected(`${e.name} uses unsupported zip compression method ${e.method}`);
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  let carry = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) throw new ZipRejected(`${e.name} inflates past its declared ${formatBytes(e.uncompressedSize)} (zip bomb?)`);
      carry = scan(value, carry);
    }
  } catch (err) {
    await reader.cancel().catch(() => {});
    if (err instanceof ZipRejected) throw err;
    throw new ZipRejected(`corrupt zip data in ${e.name}`);
  }
  return total;
}

const PARSED_PART = /\.(xml|rels)$/i;

/** Full guard: returns the entry list when the archive is safe to hand to an unzip library. */
export async function guardZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntry[]> {
  const entries = readCentralDirectory(bytes);
  checkDeclared(entries, limits);
  for (const e of entries) {
    if (!PARSED_PART.test(e.name)) continue;
    await inflateChecked(entryData(bytes, e), e, limits);
  }
  return entries;
}

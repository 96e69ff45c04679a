import { parseBrief } from './brief-model';
import type { Brief } from './brief-model';
import { crc32 as crc32Number } from './crc32';

/*
 * A brief travels to the partner in a link's fragment (the part after #, which browsers never
 * send to a server): `b1.<z|j>.<crc32>.<base64url>`. "z" is deflate-raw compressed JSON, "j"
 * plain JSON for browsers without CompressionStream. The CRC-32 of the JSON refuses a link that
 * was cut short, mistyped or edited by hand. It is a checksum, not a signature: there is no
 * secret, so it tells a damaged link from a whole one, and the strict parse does the rest.
 */
export const LINK_VERSION = 'b1' as const;
/** Longer links break in mail programs, chat apps and QR scanners; past this, offer Markdown. */
export const MAX_LINK_LENGTH = 2000;
/** A fragment this long cannot have come from us; refuse it before doing any work. */
const MAX_FRAGMENT_LENGTH = 20_000;
/** What a fragment may decompress to (a bomb stops here). */
export const MAX_JSON_BYTES = 1_000_000;

/** Compression supplied by the platform (the browser's CompressionStream), so this file stays pure. */
export interface ByteCodec {
  compress(bytes: Uint8Array): Promise<Uint8Array>;
  /** Rejects if the data is not valid, or would exceed `maxBytes`. */
  decompress(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array>;
}

export type LinkProblem = 'empty' | 'version' | 'damaged' | 'invalid' | 'unsupported' | 'tooLong';

export type DecodedLink =
  { readonly ok: true; readonly brief: Brief } | { readonly ok: false; readonly problem: LinkProblem };

export type ShareLink =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: 'tooLong'; readonly length: number };

/** CRC-32 (IEEE, as in zip and PNG) as 8 lower-case hex digits. */
export function crc32(bytes: Uint8Array): string {
  return crc32Number(bytes).toString(16).padStart(8, '0');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
    if (b !== undefined) out += ALPHABET.charAt((n >> 6) & 63);
    if (c !== undefined) out += ALPHABET.charAt(n & 63);
  }
  return out;
}

/** Undefined for anything that is not unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index] = (value >> bits) & 0xff;
      index += 1;
    }
  }
  // Leftover bits must be zero, or two texts would decode to the same bytes.
  if ((value & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

/** The fragment (without '#') that carries a brief; compressed when a codec is given. */
export async function encodeBriefFragment(brief: Brief, codec?: ByteCodec): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(brief));
  const checksum = crc32(json);
  if (codec) {
    const packed = await codec.compress(json);
    // Tiny briefs can come out larger compressed; send whichever is shorter.
    if (packed.length < json.length) return `${LINK_VERSION}.z.${checksum}.${toBase64Url(packed)}`;
  }
  return `${LINK_VERSION}.j.${checksum}.${toBase64Url(json)}`;
}

/** The read-only link for a fragment, or why there is none. `pageUrl` is e.g. "https://host/delt". */
export function shareLink(pageUrl: string, fragment: string): ShareLink {
  const url = `${pageUrl}#${fragment}`;
  return url.length <= MAX_LINK_LENGTH ? { ok: true, url } : { ok: false, problem: 'tooLong', length: url.length };
}

/** Reads a fragment (with or without its '#') back into a brief, refusing anything damaged. */
export async function decodeBriefFragment(fragment: string, codec?: ByteCodec): Promise<DecodedLink> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: 'tooLong' };
  const parts = text.split('.');
  if (parts[0] !== LINK_VERSION)
    return { ok: false, problem: parts.length === 4 && /^b\d+$/.test(parts[0] ?? '') ? 'version' : 'damaged' };
  const [, kind, checksum, data] = parts;
  if (
    parts.length !== 4 ||
    (kind !== 'z' && kind !== 'j') ||
    !checksum ||
    !/^[0-9a-f]{8}$/.test(checksum) ||
    data === undefined
  ) {
    return { ok: false, problem: 'damaged' };
  }
  const bytes = fromBase64Url(data);
  if (!bytes) return { ok: false, problem: 'damaged' };
  let json: Uint8Array;
  if (kind === 'z') {
    if (!codec) return { ok: false, problem: 'unsupported' };
    try {
      json = await codec.decompress(bytes, MAX_JSON_BYTES);
    } catch {
      return { ok: false, problem: 'damaged' };
    }
  } else {
    json = bytes;
  }
  if (crc32(json) !== checksum) return { ok: false, problem: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const brief = parseBrief(value);
  return brief ? { ok: true, brief } : { ok: false, problem: 'invalid' };
}

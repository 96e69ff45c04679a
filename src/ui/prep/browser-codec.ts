import type { ByteCodec } from '../../domain/brief-link';

const FORMAT = 'deflate-raw';

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new RangeError(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function through(
  bytes: Uint8Array,
  transform: TransformStream<Uint8Array, Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the readable side; the writer's own promises must not go unhandled.
  void writer.write(bytes).catch(() => {});
  void writer.close().catch(() => {});
  return readAll(transform.readable, maxBytes);
}

/**
 * The browser's own deflate (CompressionStream), or undefined where it is missing or cannot do
 * deflate-raw (Safari before 16.4): links are then plain base64url JSON, which every browser reads.
 */
export function browserCodec(): ByteCodec | undefined {
  if (typeof CompressionStream === 'undefined' || typeof DecompressionStream === 'undefined') return undefined;
  try {
    new CompressionStream(FORMAT);
  } catch {
    return undefined;
  }
  return {
    compress: (bytes) =>
      through(bytes, new CompressionStream(FORMAT) as TransformStream<Uint8Array, Uint8Array>, Number.MAX_SAFE_INTEGER),
    decompress: (bytes, maxBytes) =>
      through(bytes, new DecompressionStream(FORMAT) as TransformStream<Uint8Array, Uint8Array>, maxBytes),
  };
}

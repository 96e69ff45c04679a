import { describe, expect, it } from 'vitest';
import {
  crc32,
  decodeBriefFragment,
  encodeBriefFragment,
  fromBase64Url,
  MAX_LINK_LENGTH,
  shareLink,
  toBase64Url,
} from '../../src/domain/brief-link';
import type { ByteCodec } from '../../src/domain/brief-link';
import { createBrief, withBriefCard, withSheetField } from '../../src/domain/brief-model';
import type { Brief } from '../../src/domain/brief-model';
import { browserCodec } from '../../src/ui/prep/browser-codec';

function buildBrief(): Brief {
  let brief = createBrief({
    id: '0123456789abcdef',
    name: 'Besøg på værkstedet — 7.b',
    actor: 'laerer',
    partner: 'virksomhed',
    now: 1_700_000_000_000,
    editionVersion: '1.0.0',
  });
  brief = withBriefCard(
    brief,
    { cardId: 'laerer-virksomhed-vis-engagement', mark: 'discuss', note: 'Hvem tager imod os?\nKl. 9.00 ved porten' },
    1_700_000_000_500,
  );
  brief = withBriefCard(
    brief,
    { cardId: 'laerer-virksomhed-planlaeg-sammen', mark: 'handled', note: '' },
    1_700_000_001_000,
  );
  brief = withSheetField(brief, 'purpose', 'Eleverne ser, hvordan en vinge bliver til 🌬️ (æøå ÆØÅ)', 1_700_000_002_000);
  return withSheetField(
    brief,
    'leaderBacking',
    'Skolelederen har sagt ja <script>alert(1)</script>',
    1_700_000_003_000,
  );
}

const codec = browserCodec();

function requireCodec(): ByteCodec {
  if (!codec) throw new Error('this runtime has no CompressionStream');
  return codec;
}

describe('base64url and CRC-32', () => {
  it('round-trips every byte length and value', () => {
    for (let length = 0; length < 10; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 255) % 256);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(toBase64Url(Uint8Array.from([251, 255]))).toBe('-_8');
  });

  it('refuses what is not base64url', () => {
    expect(fromBase64Url('ab+/')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
    expect(fromBase64Url('-_9')).toBeUndefined(); // leftover bits set
  });

  it('matches the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe('cbf43926');
  });
});

describe('a brief in a link', () => {
  it('round-trips exactly, compressed', async () => {
    const brief = buildBrief();
    const fragment = await encodeBriefFragment(brief, requireCodec());
    expect(fragment).toMatch(/^b1\.z\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(await decodeBriefFragment(`#${fragment}`, requireCodec())).toEqual({ ok: true, brief });
  });

  it('round-trips exactly as plain JSON where the browser cannot compress', async () => {
    const brief = buildBrief();
    const fragment = await encodeBriefFragment(brief);
    expect(fragment.startsWith('b1.j.')).toBe(true);
    expect(await decodeBriefFragment(fragment)).toEqual({ ok: true, brief });
    // A browser that can compress still opens a plain link.
    expect(await decodeBriefFragment(fragment, requireCodec())).toEqual({ ok: true, brief });
  });

  it('is shorter compressed', async () => {
    const brief = buildBrief();
    expect((await encodeBriefFragment(brief, requireCodec())).length).toBeLessThan(
      (await encodeBriefFragment(brief)).length,
    );
  });

  it('refuses a link with one character changed, anywhere in the data', async () => {
    const fragment = await encodeBriefFragment(buildBrief(), requireCodec());
    const dataStart = fragment.lastIndexOf('.') + 1;
    for (const at of [dataStart, dataStart + 10, Math.floor((dataStart + fragment.length) / 2), fragment.length - 2]) {
      const char = fragment[at] === 'A' ? 'B' : 'A';
      const tampered = fragment.slice(0, at) + char + fragment.slice(at + 1);
      expect(await decodeBriefFragment(tampered, requireCodec()), `changed at ${at}`).toEqual({
        ok: false,
        problem: 'damaged',
      });
    }
  });

  it('refuses a plain link whose JSON was edited and re-encoded without a new checksum', async () => {
    const fragment = await encodeBriefFragment(buildBrief());
    const [version, kind, checksum, data] = fragment.split('.');
    const json = new TextDecoder().decode(fromBase64Url(data ?? ''));
    const edited = toBase64Url(
      new TextEncoder().encode(json.replace('Skolelederen har sagt ja', 'Skolelederen har sagt nej')),
    );
    expect(await decodeBriefFragment([version, kind, checksum, edited].join('.'))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('refuses a link cut short', async () => {
    const fragment = await encodeBriefFragment(buildBrief(), requireCodec());
    expect(await decodeBriefFragment(fragment.slice(0, -20), requireCodec())).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('refuses JSON with a correct checksum that is not a brief', async () => {
    const json = new TextEncoder().encode(JSON.stringify({ format: 1, id: 'x', name: 'no actors' }));
    expect(await decodeBriefFragment(`b1.j.${crc32(json)}.${toBase64Url(json)}`)).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it.each<[string, string, string]>([
    ['nothing', '', 'empty'],
    ['just the hash', '#', 'empty'],
    ['a later format', 'b2.z.00000000.AAAA', 'version'],
    ['garbage', 'hello world', 'damaged'],
    ['an unknown kind', 'b1.x.00000000.AAAA', 'damaged'],
    ['a bad checksum field', 'b1.j.XYZ.AAAA', 'damaged'],
  ])('says what is wrong with %s', async (_what, fragment, problem) => {
    expect(await decodeBriefFragment(fragment, requireCodec())).toEqual({ ok: false, problem });
  });

  it('says a compressed link needs a newer browser when it cannot decompress', async () => {
    const fragment = await encodeBriefFragment(buildBrief(), requireCodec());
    expect(await decodeBriefFragment(fragment)).toEqual({ ok: false, problem: 'unsupported' });
  });

  it('stops a compressed bomb before it fills the memory', async () => {
    const huge = new TextEncoder().encode(`"${'a'.repeat(2_000_000)}"`);
    const packed = await requireCodec().compress(huge);
    expect(await decodeBriefFragment(`b1.z.${crc32(huge)}.${toBase64Url(packed)}`, requireCodec())).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('gives a link within the length limit, and says so when a brief is too long', async () => {
    const ok = shareLink('https://example.org/delt', await encodeBriefFragment(buildBrief(), requireCodec()));
    expect(ok).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^https:\/\/example\.org\/delt#b1\.z\./) as unknown,
    });
    let long = buildBrief();
    // Text that does not compress: every character random.
    const noise = Array.from({ length: 3_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join('');
    long = withSheetField(long, 'anchoring', noise, 1);
    const tooLong = shareLink('https://example.org/delt', await encodeBriefFragment(long, requireCodec()));
    expect(tooLong).toMatchObject({ ok: false, problem: 'tooLong' });
    expect(!tooLong.ok && tooLong.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });
});

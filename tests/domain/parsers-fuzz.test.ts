import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '../../src/domain/backup-format';
import { crc32, decodeBriefFragment, toBase64Url } from '../../src/domain/brief-link';
import { createBrief } from '../../src/domain/brief-model';
import { hasLoneSurrogate, isTime, MAX_TIMER_MS } from '../../src/domain/bounds';
import { FACILITATOR_PROTOCOL_VERSION, parseFacilitatorMessage } from '../../src/domain/facilitator-message';
import { newSession, timerElapsed } from '../../src/domain/facilitator-session';
import { decodeDeckShare, encodeDeckShare } from '../../src/domain/own-deck';
import { formatRoute, parseRoute } from '../../src/ui/routing/route';

/*
 * Every parser of untrusted input, fed generated and mutated inputs: it returns a clean error or a
 * value within the bounds the screens rely on (a formattable date, an encodable name, a clock
 * under 100 hours). A few thousand cases per parser here; FUZZ_RUNS=100000 for a long run. A failure
 * prints fast-check's seed and path: `fc.assert(…, { seed, path })` replays it.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);
const params = { numRuns: RUNS, ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) };

const date = new Intl.DateTimeFormat('da', { dateStyle: 'long', timeStyle: 'short' });
const renderable = (time: number): string => date.format(new Date(time));

/** Numbers that have broken parsers before: past the Date range, past 2^53, not finite. */
const edgeNumber = fc.oneof(
  fc.constantFrom(0, -1, 1e16, 8.64e15, 8.64e15 + 1, 2 ** 53, 2 ** 52, 1e300, Number.NaN, Infinity, -0, 0.5),
  fc.double(),
  fc.integer(),
);
const edgeString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('\ud83d', 'a\ude00', '__proto__', 'x'.repeat(201)),
);
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    edgeNumber,
    edgeString,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value')),
    fc.dictionary(edgeString, tie('value')),
  ),
})).value;

const brief = createBrief({
  id: '0123456789abcdef',
  name: 'Besøg',
  actor: 'laerer',
  partner: 'virksomhed',
  now: 1_700_000_000_000,
  editionVersion: '1.0.0',
});
const goodBackup = createBackup(
  {
    notes: [{ cardId: 'laerer-virksomhed-a', text: 'Hej', updatedAt: 5, editionVersion: '1.0.0' }],
    favourites: [{ cardId: 'a', addedAt: 1 }],
    decks: [{ id: 'd', name: 'D', cardIds: ['a'], createdAt: 1, updatedAt: 2 }],
    briefs: [brief],
  },
  '1.0.0',
  new Date(0),
);

/** A valid value with one field (at any depth) replaced by a generated one. */
function mutate(base: unknown, path: readonly number[], replacement: unknown): unknown {
  if (typeof base !== 'object' || base === null || path.length === 0) return replacement;
  const keys = Object.keys(base);
  const key = keys[(path[0] ?? 0) % Math.max(keys.length, 1)];
  if (key === undefined) return replacement;
  const copy: Record<string, unknown> = Array.isArray(base)
    ? ([...base] as unknown as Record<string, unknown>)
    : { ...base };
  copy[key] = mutate((base as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}
const mutation = (base: unknown) =>
  fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), jsonish).map(([path, value]) => mutate(base, path, value));

describe('parsers under generated input (issue 14)', () => {
  it('backup: a clean error, or contents every screen can show and export again', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutation(goodBackup).map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        (text) => {
          const parsed = parseBackup(text);
          if (!parsed.ok) return;
          const { notes, favourites, decks, briefs } = parsed.backup;
          for (const t of [
            ...notes.map((n) => n.updatedAt),
            ...favourites.map((f) => f.addedAt),
            ...decks.flatMap((d) => [d.createdAt, d.updatedAt]),
            ...briefs.map((b) => b.updatedAt),
          ]) {
            expect(isTime(t)).toBe(true);
            renderable(t);
          }
          // What was read exports and reads back the same.
          expect(parseBackup(serializeBackup(parsed.backup))).toEqual(parsed);
        },
      ),
      params,
    );
  });

  it('brief link: a clean error, or a brief with formattable dates', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(brief), async (value) => {
        const json = new TextEncoder().encode(JSON.stringify(value) ?? 'null');
        const decoded = await decodeBriefFragment(`b1.j.${crc32(json)}.${toBase64Url(json)}`);
        if (decoded.ok) {
          renderable(decoded.brief.createdAt);
          renderable(decoded.brief.updatedAt);
        }
      }),
      params,
    );
  });

  it('own-deck link: no deck, or one whose name and ids make a link again', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(edgeString, fc.array(edgeString))
            .map(([n, ids]) => `navn=${encodeURIComponent(n.replace(/[\ud800-\udfff]/g, ''))}&kort=${ids.join(',')}`),
        ),
        (search) => {
          const deck = decodeDeckShare(search);
          if (!deck) return;
          expect(hasLoneSurrogate(deck.name)).toBe(false);
          expect(deck.cardIds.every((id) => id.length <= 200)).toBe(true);
          expect(decodeDeckShare(encodeDeckShare(deck))).toEqual(deck);
        },
      ),
      params,
    );
  });

  it('facilitator messages: a reason, or a message with exact epochs and a clock under 100 hours', () => {
    const state = newSession({ from: 'laerer', to: 'virksomhed' }, 'lv-1', 'da');
    const valid = { v: FACILITATOR_PROTOCOL_VERSION, kind: 'state', sender: 's', epoch: 1, seq: 1, state };
    fc.assert(
      fc.property(
        fc.oneof(mutation(valid), jsonish, fc.string()),
        fc.integer({ min: 0, max: 8.64e15 }),
        (data, now) => {
          const parsed = parseFacilitatorMessage(data);
          if (!parsed.ok || parsed.message.kind !== 'state') return;
          expect(Number.isSafeInteger(parsed.message.epoch + 1)).toBe(true);
          expect(timerElapsed(parsed.message.state.timer, now)).toBeLessThanOrEqual(MAX_TIMER_MS);
        },
      ),
      params,
    );
  });

  it('routes: every path gives a route, and a known route formats back to a path it reads the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.oneof(edgeString, fc.constantFrom('kort', 'laerer', 'virksomhed', 'egne-kort', 'udskriv', 'styr')),
            )
            .map((p) => `/${p.join('/')}`),
        ),
        (path) => {
          const route = parseRoute(path);
          if (route.name !== 'notFound') expect(parseRoute(formatRoute(route))).toEqual(route);
        },
      ),
      params,
    );
  });
});

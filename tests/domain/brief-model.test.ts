import { describe, expect, it } from 'vitest';
import {
  briefCard,
  createBrief,
  isBriefId,
  newBriefId,
  parseBrief,
  withBriefCard,
  withSheetField,
} from '../../src/domain/brief-model';
import type { Brief } from '../../src/domain/brief-model';
import { emptySheet, SHEET_FIELDS } from '../../src/domain/brief-sheet';

function buildBrief(overrides: Partial<Brief> = {}): Brief {
  return {
    ...createBrief({
      id: 'a1b2c3d4e5f60718',
      name: 'Besøg hos Vestas',
      actor: 'laerer',
      partner: 'virksomhed',
      now: 1_000,
      editionVersion: '1.0.0',
    }),
    ...overrides,
  };
}

describe('a new brief', () => {
  it('starts with no cards, an empty sheet and both dates at creation', () => {
    const brief = buildBrief();
    expect(brief).toMatchObject({ format: 1, cards: [], createdAt: 1_000, updatedAt: 1_000 });
    expect(Object.keys(brief.sheet)).toEqual([...SHEET_FIELDS]);
    expect(Object.values(brief.sheet).every((text) => text === '')).toBe(true);
  });

  it('gets a 16-digit hex id that the routes accept', () => {
    const id = newBriefId((bytes) => bytes.fill(171));
    expect(id).toBe('abababababababab');
    expect(isBriefId(newBriefId())).toBe(true);
    expect(newBriefId()).not.toBe(newBriefId());
  });
});

describe('editing a brief', () => {
  it('adds, replaces and drops a card entry, moving updatedAt', () => {
    let brief = withBriefCard(buildBrief(), { cardId: 'x-y', mark: 'discuss', note: '' }, 2_000);
    expect(brief.cards).toEqual([{ cardId: 'x-y', mark: 'discuss', note: '' }]);
    expect(brief.updatedAt).toBe(2_000);
    brief = withBriefCard(brief, { cardId: 'x-y', mark: 'handled', note: 'Aftalt' }, 3_000);
    expect(briefCard(brief, 'x-y')).toEqual({ cardId: 'x-y', mark: 'handled', note: 'Aftalt' });
    brief = withBriefCard(brief, { cardId: 'x-y', note: '' }, 4_000);
    expect(brief.cards).toEqual([]);
    expect(briefCard(brief, 'x-y')).toEqual({ cardId: 'x-y', note: '' });
  });

  it('sets one sheet field and leaves the others', () => {
    const brief = withSheetField(buildBrief(), 'purpose', 'Eleverne ser en vindmølle blive bygget', 5_000);
    expect(brief.sheet).toEqual({ ...emptySheet(), purpose: 'Eleverne ser en vindmølle blive bygget' });
    expect(brief.updatedAt).toBe(5_000);
  });
});

describe('parseBrief', () => {
  it('accepts a brief and returns an equal copy', () => {
    const brief = withBriefCard(
      buildBrief(),
      { cardId: 'laerer-virksomhed-a', mark: 'relevant', note: 'Spørg om <b>CSR</b>' },
      2_000,
    );
    const parsed = parseBrief(JSON.parse(JSON.stringify(brief)));
    expect(parsed).toEqual(brief);
  });

  it('fills sheet fields missing from an older writer with empty text', () => {
    const { sheet, ...rest } = buildBrief();
    const partial = { ...rest, sheet: { purpose: sheet.purpose } };
    expect(parseBrief(partial)?.sheet).toEqual(emptySheet());
  });

  it('drops unknown fields and never takes over a __proto__ key', () => {
    const raw = JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify(buildBrief()).slice(1, -1)},"extra":1}`,
    ) as unknown;
    const parsed = parseBrief(raw);
    expect(parsed).toEqual(buildBrief());
    expect(Object.keys(parsed ?? {})).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['another format', { ...buildBrief(), format: 2 }],
    ['an id with capitals', { ...buildBrief(), id: 'ABC' }],
    ['an unknown actor', { ...buildBrief(), actor: 'rektor' }],
    ['the same actor twice', { ...buildBrief(), partner: 'laerer' }],
    ['a name too long', { ...buildBrief(), name: 'x'.repeat(201) }],
    ['a negative time', { ...buildBrief(), updatedAt: -1 }],
    ['a time that is not a number', { ...buildBrief(), createdAt: '2026' }],
    ['a card with an unknown mark', { ...buildBrief(), cards: [{ cardId: 'a-b', mark: 'maybe', note: '' }] }],
    ['a card id that is no slug', { ...buildBrief(), cards: [{ cardId: '../x', note: '' }] }],
    [
      'the same card twice',
      {
        ...buildBrief(),
        cards: [
          { cardId: 'a-b', note: 'x' },
          { cardId: 'a-b', note: 'y' },
        ],
      },
    ],
    ['a sheet field that is not text', { ...buildBrief(), sheet: { ...emptySheet(), purpose: 42 } }],
    ['no sheet', { ...buildBrief(), sheet: undefined }],
  ])('refuses %s', (_what, value) => {
    expect(parseBrief(value)).toBeUndefined();
  });
});

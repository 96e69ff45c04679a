import { describe, expect, it } from 'vitest';
import { checkContribution, harvestMarkdown, harvestOf } from '../../src/domain/live-room';
import type { LiveQuestion } from '../../src/domain/live-room';

const text: LiveQuestion = {
  id: 'q1',
  kind: 'text',
  prompt: 'Hvad tager du med?',
  cardId: 'a-kort',
  openedAt: 1,
  revealed: false,
};
const vote: LiveQuestion = { ...text, id: 'q2', kind: 'vote', prompt: 'Hvilket kort?', openedAt: 2 };

describe('live room contributions', () => {
  it('counts 280 characters by code points and refuses one more', () => {
    expect(
      checkContribution(JSON.stringify({ type: 'answer', questionId: 'q1', text: '👍'.repeat(280) }), text).ok,
    ).toBe(true);
    expect(
      checkContribution(JSON.stringify({ type: 'answer', questionId: 'q1', text: '👍'.repeat(281) }), text),
    ).toEqual({ ok: false, error: 'tooLong' });
  });

  it('refuses answers to a closed or other question, the wrong kind and malformed payloads', () => {
    expect(checkContribution(JSON.stringify({ type: 'answer', questionId: 'q1', text: 'x' }), undefined)).toEqual({
      ok: false,
      error: 'closed',
    });
    expect(checkContribution(JSON.stringify({ type: 'vote', questionId: 'q1', cardId: 'a-kort' }), text)).toEqual({
      ok: false,
      error: 'closed',
    });
    expect(checkContribution('{', text)).toEqual({ ok: false, error: 'malformed' });
    expect(checkContribution(JSON.stringify({ type: 'vote', questionId: 'q2', cardId: '<script>' }), vote)).toEqual({
      ok: false,
      error: 'malformed',
    });
  });

  it('exports a harvest with votes counted and answers as said', () => {
    const harvest = harvestOf(
      [vote, text],
      [
        { questionId: 'q1', text: 'Praktik\ni foråret', at: 0 },
        { questionId: 'q2', cardId: 'a-kort', at: 0 },
        { questionId: 'q2', cardId: 'a-kort', at: 0 },
      ],
    );
    const md = harvestMarkdown(harvest, (id) => id.toUpperCase());
    expect(md.indexOf('## Hvad tager du med?')).toBeLessThan(md.indexOf('## Hvilket kort?'));
    expect(md).toContain('- Praktik i foråret (1970-01-01T00:00:00.000Z)');
    expect(md).toContain('- A-KORT: 2');
  });

  it('exports what people typed as text, never as markup', () => {
    const harvest = harvestOf([text], [{ questionId: 'q1', text: '<b>spørg</b> *selv*\n# ikke en overskrift', at: 0 }]);
    const md = harvestMarkdown(harvest, (id) => id);
    expect(md).toContain('- \\<b\\>spørg\\</b\\> \\*selv\\* \\# ikke en overskrift (1970-01-01T00:00:00.000Z)');
    expect(md).not.toContain('<b>');
  });
});

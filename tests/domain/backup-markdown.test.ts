import { describe, expect, it } from 'vitest';
import type { BackupNote } from '../../src/domain/backup-format';
import { notesToMarkdown } from '../../src/domain/backup-markdown';
import type { MarkdownLabels } from '../../src/domain/backup-markdown';
import { buildCard } from '../support/build-card';
import { buildUiEdition } from '../support/build-ui-edition';

const aftal = buildCard({
  id: 'aftal',
  from: 'laerer',
  to: 'virksomhed',
  title: { da: 'Aftal forventninger', en: 'Agree' },
  tip: { printed: 'Aftal tidligt.', text: { da: 'Aftal tidligt.', en: 'Agree early.' }, errata: [] },
});
const spoerg = buildCard({ id: 'spoerg', from: 'virksomhed', to: 'laerer', title: { da: 'Spørg læreren', en: 'Ask' } });
const gammel = buildCard({
  id: 'gammel',
  from: 'laerer',
  to: 'virksomhed',
  status: 'retired',
  title: { da: 'Gammelt kort', en: 'Old' },
});
const edition = buildUiEdition({ cards: [spoerg, aftal, gammel] });

const labels: MarkdownLabels = {
  title: 'Mine noter',
  subtitle: 'Udskrevet i dag',
  pair: (from, to) => `${from} → ${to}`,
  tip: 'Kortet',
  note: (date) => `Min note (${date})`,
  retired: 'udgået',
  changed: 'Kortets tekst, da noten blev skrevet:',
  orphans: 'Kort, der ikke er i denne udgave',
  orphanCard: (id) => `Kort ${id}`,
  date: (time) => `dag ${time}`,
};

function note(cardId: string, text: string, extra: Partial<BackupNote> = {}): BackupNote {
  return { cardId, text, updatedAt: 7, editionVersion: '1.0.0', ...extra };
}

describe('notes as Markdown', () => {
  it('groups notes by actor pair in the note’s order, each under its card’s title and text', () => {
    const md = notesToMarkdown([note('spoerg', 'Om praktik'), note('aftal', 'Ring til Mette')], edition, 'da', labels);
    const teacherPair = md.indexOf('## Lærer → Virksomhed');
    const companyPair = md.indexOf('## Virksomhed → Lærer');
    expect(md.startsWith('# Mine noter\n')).toBe(true);
    expect(teacherPair).toBeGreaterThan(0);
    expect(companyPair).toBeGreaterThan(teacherPair);
    expect(md.indexOf('### Aftal forventninger')).toBeGreaterThan(teacherPair);
    expect(md).toContain('> Aftal tidligt.');
    expect(md).toContain('**Min note (dag 7)**\n\nRing til Mette');
  });

  it('speaks the reader’s language', () => {
    const md = notesToMarkdown([note('aftal', 'Call Mette')], edition, 'en', { ...labels, title: 'My notes' });
    expect(md).toContain('## Teacher → Company');
    expect(md).toContain('> Agree early.');
  });

  it('keeps notes on retired cards and on cards this edition lacks', () => {
    const md = notesToMarkdown(
      [
        note('gammel', 'Stadig min'),
        note('forsvundet', 'Også min', { cardText: { da: 'Den gamle tekst', en: 'Old' } }),
      ],
      edition,
      'da',
      labels,
    );
    expect(md).toContain('### Gammelt kort (udgået)');
    expect(md).toContain('Stadig min');
    expect(md).toContain('## Kort, der ikke er i denne udgave');
    expect(md).toContain('### Kort forsvundet');
    expect(md).toContain('> Den gamle tekst');
    expect(md).toContain('Også min');
  });

  it('shows the card’s old text when the card changed since the note', () => {
    const md = notesToMarkdown(
      [note('aftal', 'x', { cardText: { da: 'Aftal senere.', en: 'Agree later.' } })],
      edition,
      'da',
      labels,
    );
    expect(md).toContain('*Kortets tekst, da noten blev skrevet:*\n\n> Aftal senere.');
  });

  it('prints a note as typed: markup and Markdown’s own characters never take effect', () => {
    const md = notesToMarkdown(
      [
        note(
          'aftal',
          '<img src=x onerror=alert(1)>\n# ikke en overskrift\n- ikke en liste\n1. heller ikke\n[link](javascript:alert(1))',
        ),
      ],
      edition,
      'da',
      labels,
    );
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\# ikke en overskrift');
    expect(md).toContain('\\- ikke en liste');
    expect(md).toContain('1\\. heller ikke');
    expect(md).toContain('\\[link\\](javascript:alert(1))');
  });

  it('keeps the line breaks of a note', () => {
    const md = notesToMarkdown([note('aftal', 'linje 1\nlinje 2\r\nskole-virksomhed')], edition, 'da', labels);
    expect(md).toContain('linje 1  \nlinje 2  \nskole-virksomhed');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/domain/escape-markdown';

describe('escaping user text for Markdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['*fed* _kursiv_ `kode`', '\\*fed\\* \\_kursiv\\_ \\`kode\\`'],
    ['# ikke en overskrift', '\\# ikke en overskrift'],
    ['- ikke en liste\n1. heller ikke', '\\- ikke en liste\n1\\. heller ikke'],
    ['Helt almindelig tekst, 7.b og æøå.', 'Helt almindelig tekst, 7.b og æøå.'],
    ['skole-virksomhed & kommune', 'skole-virksomhed \\& kommune'],
    [
      '> ikke et citat\n  + ikke en liste\n=== ikke en overstregning',
      '\\> ikke et citat\n  \\+ ikke en liste\n\\=== ikke en overstregning',
    ],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

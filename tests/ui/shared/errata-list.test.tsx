import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Erratum } from '../../../src/domain/text';
import { ErrataList } from '../../../src/ui/shared/errata-list';
import { renderUi } from '../../support/render-ui';

const typo: Erratum = {
  original: 'igver',
  corrected: 'giver',
  note: { da: 'Bogstaverne var byttet om.', en: 'Letters swapped.' },
};
const stray: Erratum = { original: 'det det', corrected: '', note: { da: 'Ord gentaget.', en: 'Word repeated.' } };

describe('ErrataList', () => {
  it('lists each correction with the printed and the corrected wording and why', () => {
    renderUi(<ErrataList errata={[typo, stray]} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Trykt: „igver“, rettet til „giver“. Bogstaverne var byttet om.');
    expect(items[1]).toHaveTextContent('Trykt: „det det“, udeladt her. Ord gentaget.');
  });

  it('renders nothing for a passage without errata', () => {
    const { container } = renderUi(<ErrataList errata={[]} />);
    expect(container.querySelector('main')).toBeEmptyDOMElement();
  });

  it('gives the note in the language asked for, or the UI language', async () => {
    const { i18n, rerender } = renderUi(<ErrataList errata={[typo]} lang="en" />);
    expect(screen.getByRole('list', { name: 'Rettede trykfejl' })).toHaveTextContent('Letters swapped.');
    rerender(<ErrataList errata={[typo]} />);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('list', { name: 'Corrected typos' })).toHaveTextContent(
      'Printed: “igver”, corrected to “giver”. Letters swapped.',
    );
  });
});

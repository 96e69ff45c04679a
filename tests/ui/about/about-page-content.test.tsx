import { screen } from '@testing-library/react';
import { edition as published } from '../../support/published-edition';
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../../src/domain/edition';
import { AboutPage } from '../../../src/ui/about/about-page';
import { axeViolations } from '../../support/axe-violations';
import { renderUi } from '../../support/render-ui';

// Typed here: the ambient declaration of the virtual module does not resolve its Edition type.
const edition: Edition = published;

describe('AboutPage with the published edition', () => {
  it("shows the note's title, every passage and the edition's version", () => {
    renderUi(<AboutPage />, { edition });
    expect(screen.getByRole('heading', { level: 1, name: edition.about.title.da })).toBeInTheDocument();
    const { introduction, structure, purpose, contact } = edition.about;
    for (const passage of [...introduction, ...structure, ...purpose, ...contact]) {
      expect(screen.getByText(passage.text.da)).toBeInTheDocument();
    }
    expect(screen.getByText(`Indholdsudgave ${edition.version}`, { exact: false })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    renderUi(<AboutPage />, { edition });
    expect(await axeViolations()).toEqual([]);
  });
});

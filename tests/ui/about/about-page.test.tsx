import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutPage } from '../../../src/ui/about/about-page';
import { axeViolations } from '../../support/axe-violations';
import { buildPassage, buildUiEdition } from '../../support/build-ui-edition';
import { renderUi } from '../../support/render-ui';

const section = (name: string) => screen.getByRole('region', { name });

describe('AboutPage', () => {
  it('presents the note: kicker, title, publisher and date', () => {
    renderUi(<AboutPage />);
    expect(screen.getByText('Teknologipagtens symposium')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Det gode skole-virksomhedssamarbejde' })).toBeInTheDocument();
    expect(screen.getByText('Udgivet af Teknologipagten, November 2019')).toBeInTheDocument();
  });

  it("shows the note's introduction, structure, purpose and contact under their headings", () => {
    renderUi(<AboutPage />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Indledning',
      'Symposiets opbygning',
      'Om samarbejdskortene',
      'Kontakt',
      'Notatets ord og vores',
      'Om denne udgave',
    ]);
    expect(within(section('Indledning')).getByText('Indledningens tekst.')).toBeInTheDocument();
    expect(within(section('Symposiets opbygning')).getByText('Symposiets opbygning i tekst.')).toBeInTheDocument();
    expect(
      within(section('Om samarbejdskortene')).getByText('Kortene er et redskab til refleksion.'),
    ).toBeInTheDocument();
    expect(within(section('Kontakt')).getByText('Kontakt sekretariatet.')).toBeInTheDocument();
  });

  it('offers the e-mail as a mailto link and the web address as printed, leaving the app only on click', () => {
    renderUi(<AboutPage />);
    const contact = section('Kontakt');
    expect(within(contact).getByRole('link', { name: 'info@teknologipagten.dk' })).toHaveAttribute(
      'href',
      'mailto:info@teknologipagten.dk',
    );
    const web = within(contact).getByRole('link', { name: 'www.teknologipagten.dk' });
    expect(web).toHaveAttribute('href', 'https://www.teknologipagten.dk');
    expect(web).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(within(contact).getByText('(åbner uden for appen og kræver internet)')).toBeInTheDocument();
  });

  it('shows the content edition and when it was published', () => {
    renderUi(<AboutPage />);
    const edition = section('Om denne udgave');
    expect(edition).toHaveTextContent('Indholdsudgave 1.2.3');
    expect(within(edition).getByText('Udgivet 26. november 2026')).toHaveAttribute('datetime', '2026-11-26');
  });

  it('says that card titles and reflection questions are editorial additions', () => {
    renderUi(<AboutPage />);
    expect(
      within(section('Notatets ord og vores')).getByText(/titler og refleksionsspørgsmål er redaktionelle tilføjelser/),
    ).toBeInTheDocument();
  });

  it('shows the printed wording of a corrected typo', () => {
    const edition = buildUiEdition();
    const purpose = [
      buildPassage('De nedenstående samarbejdskort er udarbejdet som redskab.', 'The cards below are a tool.', [
        { original: 'forskelige', corrected: 'forskellige', note: { da: 'Stavefejl.', en: 'Typo.' } },
      ]),
    ];
    renderUi(<AboutPage />, { edition: { ...edition, about: { ...edition.about, purpose } } });
    expect(within(section('Om samarbejdskortene')).getByRole('list', { name: 'Rettede trykfejl' })).toHaveTextContent(
      'Trykt: „forskelige“, rettet til „forskellige“. Stavefejl.',
    );
  });

  it('speaks English after the language switch, headings and content alike', async () => {
    const { i18n } = renderUi(<AboutPage />);
    await act(() => i18n.changeLanguage('en'));
    expect(
      screen.getByRole('heading', { level: 1, name: 'The good school–business collaboration' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Published by Teknologipagten, November 2019')).toBeInTheDocument();
    expect(
      within(section('How the symposium was organised')).getByText('How the symposium was built.'),
    ).toBeInTheDocument();
    expect(section('About this edition')).toHaveTextContent('Content edition 1.2.3');
    expect(screen.getByText('Published 26 November 2026')).toBeInTheDocument();
    expect(screen.getByText('The English text is our translation of the Danish note.')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    renderUi(<AboutPage />);
    expect(await axeViolations()).toEqual([]);
  });
});

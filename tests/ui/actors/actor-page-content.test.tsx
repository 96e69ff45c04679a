import { screen, within } from '@testing-library/react';
import { edition as published } from '../../support/published-edition';
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../../src/domain/actor';
import type { Edition } from '../../../src/domain/edition';
import { ActorPage } from '../../../src/ui/actors/actor-page';
import { axeViolations } from '../../support/axe-violations';
import { renderUi } from '../../support/render-ui';

// Typed here: the ambient declaration of the virtual module does not resolve its Edition type.
const edition: Edition = published;

/** Every actor page over the real content/: all of the profile is shown, nothing dropped. */
describe.each(ACTOR_IDS)('ActorPage for %s with the published edition', (actorId) => {
  const profile = edition.profiles.find((p) => p.actor === actorId)!;

  it("shows each section of the profile and the note's advice for other actors", () => {
    renderUi(<ActorPage actorId={actorId} />, { edition });
    for (const section of profile.sections) {
      expect(screen.getByRole('heading', { level: 2, name: section.heading.da })).toBeInTheDocument();
      for (const paragraph of section.paragraphs) expect(screen.getByText(paragraph.text.da)).toBeInTheDocument();
    }
    const block = screen.getByRole('region', { name: 'Som anden aktør; vær især opmærksom på følgende' });
    for (const paragraph of profile.asOtherActor)
      expect(within(block).getByText(paragraph.text.da)).toBeInTheDocument();
  });

  it('links to the decks the actor takes part in', () => {
    renderUi(<ActorPage actorId={actorId} />, { edition });
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '');
    const decks = links.filter((href) => href.startsWith('/kort/'));
    expect(decks.length).toBeGreaterThan(0);
    for (const href of decks) expect(href.split('/').slice(2, 4)).toContain(actorId);
  });

  it('has no axe violations', async () => {
    renderUi(<ActorPage actorId={actorId} />, { edition });
    expect(await axeViolations()).toEqual([]);
  });
});

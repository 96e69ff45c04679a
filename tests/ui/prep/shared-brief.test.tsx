import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBriefFragment, encodeBriefFragment } from '../../../src/domain/brief-link';
import { createBrief, withBriefCard, withSheetField } from '../../../src/domain/brief-model';
import type { Brief } from '../../../src/domain/brief-model';
import { createMemoryBriefsStore } from '../../../src/storage/record-store';
import { browserCodec } from '../../../src/ui/prep/browser-codec';
import { axeViolations } from '../../support/axe-violations';
import { decodeQrSvg } from '../shared/decode-qr';
import { renderPaper } from './render-paper';

function buildBrief(): Brief {
  let brief = createBrief({
    id: 'abc1',
    name: 'Besøg hos Vindmøllefabrikken',
    actor: 'laerer',
    partner: 'virksomhed',
    now: Date.UTC(2026, 2, 9),
    editionVersion: '1.0.0',
  });
  brief = withBriefCard(
    brief,
    {
      cardId: 'laerer-virksomhed-vis-engagement',
      mark: 'discuss',
      note: 'Hvem tager imod os? <img src=x onerror=alert(1)>',
    },
    Date.UTC(2026, 2, 9),
  );
  brief = withBriefCard(
    brief,
    { cardId: 'laerer-virksomhed-planlaeg-sammen', mark: 'handled', note: '' },
    Date.UTC(2026, 2, 9),
  );
  brief = withSheetField(brief, 'purpose', 'Eleverne ser en vinge blive til', Date.UTC(2026, 2, 10));
  return withSheetField(brief, 'partnerContact', 'Jens, 12 34 56 78', Date.UTC(2026, 2, 10));
}

async function linkFor(brief: Brief): Promise<string> {
  return `/delt#${await encodeBriefFragment(brief, browserCodec())}`;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.unstubAllGlobals();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** jsdom has no object URLs: collect the blobs a download would have saved. */
function captureBlobs(): Blob[] {
  const created: Blob[] = [];
  const url = URL as unknown as Record<string, unknown>;
  url.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return 'blob:test';
  };
  url.revokeObjectURL = () => {};
  cleanups.push(() => {
    delete url.createObjectURL;
    delete url.revokeObjectURL;
  });
  return created;
}

describe('the read-only copy in a link', () => {
  it('shows the brief read-only: cards, notes as text, and the sheet', async () => {
    const app = renderPaper(await linkFor(buildBrief()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Besøg hos Vindmøllefabrikken' })).toBeInTheDocument();
    expect(screen.getByText(/skrivebeskyttet kopi/)).toBeInTheDocument();
    const discuss = screen.getByRole('heading', { level: 3, name: 'Til drøftelse' }).closest('section') as HTMLElement;
    const engagement = app.edition.cards.find((c) => c.id === 'laerer-virksomhed-vis-engagement');
    expect(discuss).toHaveTextContent(engagement?.title.da ?? 'missing');
    // User text is text: the markup is shown, never run.
    expect(discuss).toHaveTextContent('Hvem tager imod os? <img src=x onerror=alert(1)>');
    expect(app.container.querySelector('img')).toBeNull();
    expect(screen.getByText('Eleverne ser en vinge blive til')).toBeInTheDocument();
    expect(screen.getByText('Jens, 12 34 56 78')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('refuses a tampered link with a clear message', async () => {
    const link = await linkFor(buildBrief());
    const at = link.length - 12;
    const tampered = link.slice(0, at) + (link[at] === 'x' ? 'y' : 'x') + link.slice(at + 1);
    const app = renderPaper(tampered);
    expect(await screen.findByRole('heading', { level: 1, name: 'Linket kan ikke åbnes' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Linket er ændret eller ikke kopieret helt');
    expect(screen.queryByText('Besøg hos Vindmøllefabrikken')).toBeNull();
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('says a link without a brief holds none, in English too', async () => {
    renderPaper('/delt', { lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'The link cannot be opened' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The link holds no brief');
  });

  it('saves a copy of its own on this device', async () => {
    const briefs = createMemoryBriefsStore();
    const app = renderPaper(await linkFor(buildBrief()), { briefs });
    await app.user.click(await screen.findByRole('button', { name: 'Gem en kopi på denne enhed' }));
    await screen.findByRole('button', { name: '1. Kortene' });
    const [copy] = await briefs.list();
    expect(copy?.id).not.toBe('abc1');
    expect(window.location.pathname).toBe(`/forberedelse/${copy?.id}`);
    expect(copy).toMatchObject({ name: buildBrief().name, cards: buildBrief().cards, sheet: buildBrief().sheet });
  });
});

describe('sharing from the brief', () => {
  it('makes a link and a QR code that round-trip the brief exactly', async () => {
    const brief = buildBrief();
    const briefs = createMemoryBriefsStore([brief]);
    const app = renderPaper('/forberedelse/abc1', { briefs });
    await app.user.click(await screen.findByRole('button', { name: '3. Del og udskriv' }));
    const field = await screen.findByRole('textbox', { name: 'Link til en skrivebeskyttet kopi' });
    const url = (field as HTMLInputElement).value;
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/delt#b1\.z\./);
    expect(await decodeBriefFragment(new URL(url).hash, browserCodec())).toEqual({ ok: true, brief });
    expect(
      decodeQrSvg(
        screen.getByRole('img', { name: 'QR-kode med linket til den skrivebeskyttede kopi' }) as unknown as SVGElement,
      ),
    ).toBe(url);

    // The partner opens it.
    app.unmount();
    const partner = renderPaper(`${new URL(url).pathname}${new URL(url).hash}`);
    expect(await screen.findByRole('heading', { level: 1, name: brief.name })).toBeInTheDocument();
    expect(partner.container).toHaveTextContent('Hvem tager imod os?');
  });

  it('says when a brief is too long for a link, and offers Markdown instead', async () => {
    const noise = Array.from({ length: 2_500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join('');
    const brief = withSheetField(buildBrief(), 'anchoring', noise, 1);
    const created = captureBlobs();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const app = renderPaper('/forberedelse/abc1', { briefs: createMemoryBriefsStore([brief]) });
    await app.user.click(await screen.findByRole('button', { name: '3. Del og udskriv' }));
    const status = await screen.findByText(/for lang til et link/);
    expect(screen.queryByRole('textbox', { name: 'Link til en skrivebeskyttet kopi' })).toBeNull();
    await app.user.click(
      within(status.parentElement as HTMLElement).getByRole('button', { name: 'Hent som Markdown' }),
    );
    expect(click).toHaveBeenCalledTimes(1);
    const markdown = await created[0]?.text();
    expect(markdown).toContain('# Besøg hos Vindmøllefabrikken');
    expect(markdown).toContain(noise);
  });

  it('prints with the browser and downloads Markdown named after the brief', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const created = captureBlobs();
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    const app = renderPaper('/forberedelse/abc1', { briefs: createMemoryBriefsStore([buildBrief()]) });
    await app.user.click(await screen.findByRole('button', { name: '3. Del og udskriv' }));
    await app.user.click(screen.getByRole('button', { name: 'Udskriv forberedelsen' }));
    expect(print).toHaveBeenCalledTimes(1);
    await app.user.click(screen.getAllByRole('button', { name: 'Hent som Markdown' })[0]!);
    expect(downloaded).toBe('besøg-hos-vindmøllefabrikken.md');
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await created[0]?.text()).toContain('### Til drøftelse');
  });
});

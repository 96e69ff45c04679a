import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { DECK_PATH, flipCard, noteField, progress, useLanguage, waitForStoredNote } from './support/app';
import { audit } from './support/audit';
import { PHONE, TABLET } from './support/chromium';
import { e2eSession } from './support/session';
import { contentCards, danishTip, pdfHas, printToPdf } from './print-pdf';

const session = e2eSession();

describe('printing the deck', () => {
  session.journey(
    'a facilitator prints a pair’s deck at A6 with a note and a blank card: the PDF has the cards, in pages of fronts and backs',
    async ({ server, page }) => {
      await page.setViewportSize(TABLET);
      // A note on the first card, written the ordinary way.
      const cards = contentCards().filter((card) => card.from === 'laerer' && card.to === 'virksomhed');
      assert.equal(cards.length, 3);
      await page.goto(server.url(DECK_PATH));
      await progress(page, 1, 3).waitFor();
      await flipCard(page);
      const note = 'Spørg efter Jens ved porten klokken 9';
      await noteField(page).fill(note);
      await waitForStoredNote(page, cards[0]?.id ?? '', note);

      // From the deck to the print page, as a new user would find it.
      await page.getByRole('link', { name: 'Udskriv kortene' }).click();
      await page.getByRole('heading', { level: 1, name: 'Udskriv kort' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/udskriv/laerer/virksomhed');
      await audit(page, 'print page');

      // Without asking, the note is not printed.
      const plain = await printToPdf(page);
      assert.equal(plain.pages, 2, 'three A6 cards: one sheet of fronts, one of backs');
      assert.match(plain.pageSize, /\(A4\)/);
      assert.ok(!pdfHas(plain, note), 'a note is printed only when asked');

      await page.getByRole('checkbox', { name: 'Skriv mine noter på bagsiden' }).check();
      await page.getByRole('spinbutton', { name: 'Tomme kort til jeres egne råd' }).fill('2');
      await page.getByText('4 A4-sider, forsider og bagsider skiftevis').waitFor();
      const pdf = await printToPdf(page);
      assert.equal(pdf.pages, 4, 'three cards and two blank ones: two sheets of fronts, two of backs');

      const [fronts1, backs1] = pdf.pageTexts;
      for (const card of cards) {
        assert.ok(pdfHas(fronts1 ?? '', card.editorial.title.da), `front page has "${card.editorial.title.da}"`);
        assert.ok(pdfHas(backs1 ?? '', danishTip(card)), `back page has the tip of ${card.id}`);
        assert.ok(!pdfHas(fronts1 ?? '', danishTip(card)), `the tip of ${card.id} is not on the front`);
      }
      assert.ok(pdfHas(backs1 ?? '', note), 'the note is on the back of its card');
      assert.ok(pdfHas(pdf, 'Vores eget råd'), 'the blank cards are there');
    },
    { timeoutMs: 120_000 },
  );

  session.journey(
    'all cards at poker size, in English: nine to a sheet',
    async ({ server, page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(server.url('/'));
      await page.getByRole('link', { name: 'Udskriv alle kort' }).click();
      await page.getByRole('heading', { level: 1, name: 'Udskriv kort' }).waitFor();
      await page.getByRole('radio', { name: /Spillekort/ }).check();
      await page.getByRole('radio', { name: 'English' }).check();
      await audit(page, 'print page, poker, phone');

      const cards = contentCards();
      const pdf = await printToPdf(page);
      assert.equal(pdf.pages, 2 * Math.ceil(cards.length / 9));
      for (const card of cards)
        assert.ok(pdfHas(pdf, card.editorial.title.en), `English title "${card.editorial.title.en}"`);
      assert.ok(pdfHas(pdf, 'Tip from the note'));
      assert.ok(!pdfHas(pdf, 'Råd fra notatet'), 'the card labels are English too');
    },
    { timeoutMs: 120_000 },
  );

  session.journey('the print page in English has no axe violations', async ({ server, page }) => {
    await page.setViewportSize(TABLET);
    await page.goto(server.url('/udskriv/virksomhed/alle'));
    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Print cards' }).waitFor();
    await audit(page, 'print page (en)');
  });
});

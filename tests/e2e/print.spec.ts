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

  session.journey(
    'a long note (423 characters) on A6 and poker cards is printed whole or carries a mark on the card itself',
    async ({ server, page }) => {
      await page.setViewportSize(TABLET);
      // The card with the most text on its back: the least room for a note.
      const card = contentCards().find((c) => c.id === 'laerer-virksomhed-planlaeg-sammen');
      if (!card) throw new Error('no card laerer-virksomhed-planlaeg-sammen');
      const note =
        'Vi mødes med Jens i kantinen kl. 08.30, og eleverne har selv forberedt spørgsmål om produktionen i grupper ' +
        'på fire. Husk at aftale, hvem der tager billeder, og at alle har sikkerhedssko med. Efter besøget fremlægger ' +
        'grupperne for 6.a, og virksomheden vil gerne se resultatet. Spørg også, om de kan tage imod tre elever i ' +
        'praktik i foråret, og om Mette fra HR kan komme ud på skolen og fortælle om uddannelserne bag jobbene.';
      assert.equal(note.length, 423);
      await page.goto(server.url(`/kort/laerer/virksomhed/${card.id}`));
      await useLanguage(page, 'da');
      await flipCard(page);
      await noteField(page).fill(note);
      await waitForStoredNote(page, card.id, note);

      await page.goto(server.url(`/udskriv/kort/${card.id}`));
      await page.getByRole('heading', { level: 1, name: 'Udskriv kort' }).waitFor();
      await page.getByRole('checkbox', { name: 'Skriv mine noter på bagsiden' }).check();
      const mark = 'Noten er afkortet; hele noten står i appen.';
      for (const size of [/^A6/, /^Spillekort/]) {
        await page.getByRole('radio', { name: size }).check();
        const pdf = await printToPdf(page);
        assert.equal(pdf.pages, 2, `${size}: one sheet of fronts, one of backs`);
        const back = pdf.pageTexts[1] ?? '';
        assert.ok(pdfHas(back, danishTip(card)), `${size}: the back has the tip`);
        assert.ok(pdfHas(back, 'Kilde:'), `${size}: the source line is printed`);
        const whole = pdfHas(back, note);
        const marked = pdfHas(back, mark);
        assert.ok(whole || marked, `${size}: the note is printed whole, or the card says it is cut`);
        // An A6 card has room for it in smaller type (about 8 pt); a poker card does not.
        if (size.source.includes('A6')) assert.ok(whole && !marked, 'on A6 the whole note, uncut');
        // Text the card's box hides may still be in the PDF: in print media, a note box that hides
        // part of its text must carry the mark.
        await page.emulateMedia({ media: 'print' });
        const hides = await page
          .locator('.pcard__note')
          .evaluateAll((boxes) => boxes.some((box) => box.scrollHeight > box.clientHeight + 1));
        // Back to no emulation: page.pdf prints with screen media after an emulated 'screen'.
        await page.emulateMedia({ media: null });
        assert.ok(!hides || marked, `${size}: no part of the note is hidden without the mark`);
      }
    },
    { timeoutMs: 120_000 },
  );
});

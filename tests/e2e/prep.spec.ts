import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { flipCard, noteField, readStored, useLanguage, waitForStoredNote } from './support/app';
import { audit } from './support/audit';
import { PHONE, TABLET } from './support/chromium';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';
import { contentCards, danishTip, pdfHas, printToPdf } from './print-pdf';

const session = e2eSession();

const NAME = 'Besøg hos Vindmøllefabrikken, 7.b';
const NOTES = { engagement: 'Hvem tager imod os ved porten?', plan: 'Bussen er bestilt til kl. 8.15' } as const;
const SHEET = {
  purpose: 'Eleverne ser, hvordan en vinge bliver til, og kobler det til matematik',
  partnerContact: 'Jens Hansen, værkfører',
  planAfter: 'Eleverne fremlægger for 6.a ugen efter',
  leaderBacking: 'Skolelederen har givet to lektioner ekstra',
} as const;

function card(id: string) {
  const found = contentCards().find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id} in content/`);
  return found;
}

describe('preparing a visit', () => {
  session.journey(
    'a teacher prepares a visit, reloads, prints it and hands the partner a link',
    async ({ server, context, page }) => {
      await page.setViewportSize(TABLET);
      const engagement = card('laerer-virksomhed-vis-engagement');
      const plan = card('laerer-virksomhed-planlaeg-sammen');
      const unmarked = card('laerer-virksomhed-udfordr-formatet');

      await page.goto(server.url('/'));
      await page.getByRole('link', { name: 'Forbered et besøg' }).click();
      await page.getByRole('heading', { level: 1, name: 'Forbered et besøg' }).waitFor();
      await page.getByText('Du har ingen forberedelser endnu.').waitFor();
      await audit(page, 'preparation start');

      await page.getByRole('textbox', { name: 'Navn på forberedelsen' }).fill(NAME);
      await page.getByRole('combobox', { name: 'Jeg er …' }).selectOption({ label: 'Lærer' });
      await page.getByRole('combobox', { name: '… og samarbejder med …' }).selectOption({ label: 'Virksomhed' });
      await page.getByRole('button', { name: 'Start forberedelsen' }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      const id = new URL(page.url()).pathname.split('/')[2] ?? '';
      assert.match(id, /^[0-9a-f]{16}$/);
      await audit(page, 'preparation, cards');

      const article = (title: string) => page.getByRole('article', { name: title });
      await article(engagement.editorial.title.da).getByRole('radio', { name: 'Til drøftelse' }).check();
      await article(engagement.editorial.title.da)
        .getByRole('textbox', { name: `Note: ${engagement.editorial.title.da}` })
        .fill(NOTES.engagement);
      await article(plan.editorial.title.da).getByRole('radio', { name: 'Klaret' }).check();
      await article(plan.editorial.title.da)
        .getByRole('textbox', { name: `Note: ${plan.editorial.title.da}` })
        .fill(NOTES.plan);

      await page.getByRole('button', { name: 'Videre: Forventningsafstemning' }).click();
      await page.getByRole('heading', { level: 2, name: 'Forventningsafstemning' }).waitFor();
      await audit(page, 'preparation, sheet');
      await page.getByRole('textbox', { name: 'Det aftaler vi: Formål og mål med samarbejdet' }).fill(SHEET.purpose);
      await page.getByRole('textbox', { name: 'Kontaktperson – Virksomhed' }).fill(SHEET.partnerContact);
      await page.getByRole('textbox', { name: 'Efter besøget (opsamling i klassen)' }).fill(SHEET.planAfter);
      await page.getByRole('textbox', { name: 'Det aftaler vi: Opbakning fra skolelederen' }).fill(SHEET.leaderBacking);
      await page.getByText('Gemt på denne enhed').waitFor();

      // In IndexedDB as plain JSON, where the notes backup reads it.
      const record = await waitUntil('the brief in the briefs store', async () => {
        const stored = await readStored<Record<string, unknown>>(page, 'briefs', id);
        return (stored?.sheet as Record<string, string> | undefined)?.leaderBacking === SHEET.leaderBacking
          ? stored
          : undefined;
      });
      assert.equal(record.name, NAME);

      // Reload: it is all still there.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      assert.ok(await article(engagement.editorial.title.da).getByRole('radio', { name: 'Til drøftelse' }).isChecked());
      assert.equal(
        await article(plan.editorial.title.da)
          .getByRole('textbox', { name: `Note: ${plan.editorial.title.da}` })
          .inputValue(),
        NOTES.plan,
      );
      await page.getByRole('button', { name: '2. Forventningsafstemning' }).click();
      assert.equal(
        await page.getByRole('textbox', { name: 'Kontaktperson – Virksomhed' }).inputValue(),
        SHEET.partnerContact,
      );

      // Print: one or two A4 pages with the chosen cards, the notes and the sheet.
      await page.getByRole('button', { name: '3. Del og udskriv' }).click();
      const linkField = page.getByRole('textbox', { name: 'Link til en skrivebeskyttet kopi' });
      await linkField.waitFor();
      await audit(page, 'preparation, share');
      const pdf = await printToPdf(page);
      assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `the brief prints on one or two pages, not ${pdf.pages}`);
      assert.match(pdf.pageSize, /\(A4\)/);
      for (const text of [
        NAME,
        engagement.editorial.title.da,
        danishTip(engagement),
        plan.editorial.title.da,
        NOTES.engagement,
        NOTES.plan,
        ...Object.values(SHEET),
      ]) {
        assert.ok(pdfHas(pdf, text), `the printout has "${text}"`);
      }
      assert.ok(pdfHas(pdf, 'Forventningsafstemning') && pdfHas(pdf, 'Til drøftelse') && pdfHas(pdf, 'Klaret'));
      assert.ok(!pdfHas(pdf, unmarked.editorial.title.da), 'a card that was not marked is not printed');
      assert.ok(!pdfHas(pdf, 'Start forberedelsen') && !pdfHas(pdf, 'Kopiér linket'), 'no buttons on paper');

      // The link: the partner opens a read-only copy.
      const url = await linkField.inputValue();
      assert.ok(url.startsWith(`${server.origin}/delt#b1.`), url);
      const partner = await context.newPage();
      await partner.setViewportSize(PHONE);
      await partner.goto(url);
      await partner.getByRole('heading', { level: 1, name: NAME }).waitFor();
      for (const text of [NOTES.engagement, SHEET.purpose, SHEET.leaderBacking])
        await partner.getByText(text).first().waitFor();
      assert.equal(await partner.getByRole('textbox').count(), 0, 'the copy is read-only');
      await audit(partner, 'shared brief');
      const shared = await printToPdf(partner);
      assert.ok(shared.pages <= 2 && pdfHas(shared, NOTES.plan), 'the partner can print it too');

      // A tampered link is refused with a clear message.
      const hash = new URL(url).hash;
      const at = hash.length - 10;
      await partner.goto(
        `${server.origin}/delt${hash.slice(0, at)}${hash[at] === 'A' ? 'B' : 'A'}${hash.slice(at + 1)}`,
      );
      await partner.reload();
      await partner.getByRole('heading', { level: 1, name: 'Linket kan ikke åbnes' }).waitFor();
      assert.match(
        (await partner.getByRole('main').getByRole('alert').textContent()) ?? '',
        /ændret eller ikke kopieret helt/,
      );
      assert.equal(await partner.getByText(NOTES.engagement).count(), 0);
      await audit(partner, 'refused link');
      await partner.close();
    },
    { timeoutMs: 150_000 },
  );

  session.journey(
    'the preparation screens in English on a phone have no axe violations',
    async ({ server, page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(server.url('/forberedelse'));
      await useLanguage(page, 'en');
      await page.getByRole('heading', { level: 1, name: 'Prepare a visit' }).waitFor();
      await page.getByRole('link', { name: NAME }).waitFor();
      await audit(page, 'preparation start (en)');
      await page.getByRole('link', { name: NAME }).click();
      await page.getByRole('heading', { level: 2, name: 'The cards' }).waitFor();
      await audit(page, 'preparation, cards (en)');
      await page.getByRole('button', { name: '2. Expectation alignment' }).click();
      await audit(page, 'preparation, sheet (en)');
      await page.getByRole('button', { name: '3. Share and print' }).click();
      await page.getByRole('textbox', { name: 'Link to a read-only copy' }).waitFor();
      await audit(page, 'preparation, share (en)');
    },
    { timeoutMs: 90_000 },
  );

  session.journey(
    'what was written in the preparation is found in Mine noter and in search',
    async ({ server, page }) => {
      // The brief written in the first journey, on this device.
      await page.setViewportSize(TABLET);
      await page.goto(server.url('/noter'));
      await useLanguage(page, 'da');
      const section = page.getByRole('region', { name: 'Noter fra dine forberedelser' });
      const ofBrief = section.getByRole('region', { name: NAME });
      await ofBrief.getByText(NOTES.engagement).waitFor();
      await ofBrief.getByText(NOTES.plan).waitFor();
      await ofBrief
        .getByRole('heading', { name: card('laerer-virksomhed-vis-engagement').editorial.title.da })
        .waitFor();
      await audit(page, 'Mine noter with notes from a preparation');
      // Chromium joins the visually hidden ": <name>" with a space: "Åbn forberedelsen : …".
      await ofBrief.getByRole('link', { name: /^Åbn forberedelsen ?: Besøg hos Vindmøllefabrikken/ }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

      // A note written on the card itself shows beside the brief's note, with the way to the card.
      const engagement = card('laerer-virksomhed-vis-engagement');
      const cardNote = 'Mette fra HR kommer gerne ud på skolen først';
      const briefPath = new URL(page.url()).pathname;
      await page.goto(server.url(`/kort/laerer/virksomhed/${engagement.id}`));
      await flipCard(page);
      await noteField(page).fill(cardNote);
      await waitForStoredNote(page, engagement.id, cardNote);
      await page.goto(server.url(briefPath));
      const item = page.getByRole('article', { name: engagement.editorial.title.da });
      await item.getByRole('note', { name: 'Din note på kortet' }).getByText(cardNote).waitFor();
      assert.equal(
        await item.getByRole('textbox', { name: `Note: ${engagement.editorial.title.da}` }).inputValue(),
        NOTES.engagement,
      );
      await audit(page, 'preparation, cards, with the card’s own note');

      await page.setViewportSize(PHONE);
      await page.goto(server.url('/soeg'));
      await page.getByRole('searchbox', { name: /dine noter/i }).fill('porten');
      const results = page.getByRole('list', { name: 'Søgeresultater' });
      const hit = results.getByRole('listitem').filter({ hasText: NOTES.engagement });
      await hit.waitFor();
      await audit(page, 'search hit in a preparation (phone)');
      await hit.getByRole('link', { name: NAME }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      assert.match(new URL(page.url()).pathname, /^\/forberedelse\/[0-9a-f]{16}$/);
    },
    { timeoutMs: 90_000 },
  );
});

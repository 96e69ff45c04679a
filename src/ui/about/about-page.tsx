import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import type { Lang } from '../../domain/actor';
import { SourceParagraphs } from '../shared/source-paragraphs';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import './about-page.css';

/** "2026-11-26" as "26. november 2026"; read as UTC so no time zone can move the day. */
function formatDay(isoDay: string, lang: Lang): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** A web address as printed ("www.…") made into something a browser can open. */
function webHref(web: string): string {
  return /^https?:\/\//i.test(web) ? web : `https://${web}`;
}

function AboutSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="about-page__section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** The note itself: who wrote it, why, how to reach them, and what in the app is ours. */
export function AboutPage() {
  const { about, version, published } = useEdition();
  const lang = useLang();
  useLazyNamespace('about');
  const { t } = useTranslation('about');
  const ids = useId();

  return (
    <article className="about-page">
      <header className="about-page__header">
        <p className="about-page__kicker">{about.kicker[lang]}</p>
        <h1 className="about-page__title">{about.title[lang]}</h1>
        <p className="about-page__byline">{t('byline', { publisher: about.publisher, date: about.date[lang] })}</p>
      </header>

      <AboutSection id={`${ids}-introduction`} heading={t('headings.introduction')}>
        <SourceParagraphs texts={about.introduction} lang={lang} />
      </AboutSection>
      <AboutSection id={`${ids}-structure`} heading={t('headings.structure')}>
        <SourceParagraphs texts={about.structure} lang={lang} />
      </AboutSection>
      <AboutSection id={`${ids}-purpose`} heading={t('headings.purpose')}>
        <SourceParagraphs texts={about.purpose} lang={lang} />
      </AboutSection>
      <AboutSection id={`${ids}-contact`} heading={t('headings.contact')}>
        <SourceParagraphs texts={about.contact} lang={lang} />
        <dl className="about-page__contact">
          <dt>{t('contact.email')}</dt>
          <dd>
            <a href={`mailto:${about.email}`}>{about.email}</a>
          </dd>
          <dt>{t('contact.web')}</dt>
          <dd>
            <a href={webHref(about.web)} rel="noopener noreferrer">
              {about.web}
            </a>{' '}
            <span className="about-page__aside">{t('contact.webLeaves')}</span>
          </dd>
        </dl>
      </AboutSection>
      <AboutSection id={`${ids}-editorial`} heading={t('headings.editorial')}>
        <ul className="about-page__list">
          <li>{t('editorial.cards')}</li>
          <li>{t('editorial.headings')}</li>
          <li>{t('editorial.errata')}</li>
          <li>{t('editorial.translation')}</li>
        </ul>
      </AboutSection>
      <AboutSection id={`${ids}-edition`} heading={t('headings.edition')}>
        <p>
          {t('edition.version', { version })}
          <br />
          <time dateTime={published}>{t('edition.published', { date: formatDay(published, lang) })}</time>
        </p>
      </AboutSection>
    </article>
  );
}

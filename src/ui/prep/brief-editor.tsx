import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/link';
import { BriefDocument } from './brief-document';
import { useBriefWords } from './brief-text';
import { useBriefsStorage } from '../shared/briefs-context';
import { CardsStep } from './cards-step';
import { SharePanel } from './share-panel';
import { SheetStep } from './sheet-step';
import { useBriefDraft } from './use-brief-draft';
import { BRIEF_PAGE_RULE } from '../shared/page-rules';

const STEPS = ['cards', 'sheet', 'share'] as const;
type Step = (typeof STEPS)[number];

/** /forberedelse/<id>: the three steps of a brief, saved as the user goes. */
export function BriefEditor({ id }: { readonly id: string }) {
  const { t } = useTranslation('prep');
  const { pair, dates } = useBriefWords();
  const { store, persistent } = useBriefsStorage();
  const { state, saveStatus, update } = useBriefDraft(store, id);
  const [step, setStep] = useState<Step>('cards');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const name = state.status === 'ready' ? state.brief.name : '';
  const title = <title>{`${name || t('title')} – ${t('title')}`}</title>;

  useEffect(() => {
    // After the user changes step, take them to its heading (not on first load).
    if (moved.current) stepHeading.current?.focus();
  }, [step]);

  if (state.status === 'loading') {
    return (
      <>
        {title}
        <p>{t('loading')}</p>
      </>
    );
  }
  if (state.status === 'missing') {
    return (
      <div className="prep">
        {title}
        <h1>{t('missing.title')}</h1>
        <p>{t('missing.body')}</p>
        <p>
          <Link className="back-link" to={{ name: 'prep' }}>
            {t('back')}
          </Link>
        </p>
      </div>
    );
  }

  const { brief } = state;
  const index = STEPS.indexOf(step);
  const go = (next: Step): void => {
    moved.current = true;
    setStep(next);
  };
  const following = STEPS[index + 1];
  const previous = STEPS[index - 1];

  return (
    <div className="prep print-area">
      {title}
      {/* Only while a brief is shown: A4 with room for the printer's own margins. */}
      <style>{BRIEF_PAGE_RULE}</style>
      <div className="prep__screen">
        <p>
          <Link className="back-link" to={{ name: 'prep' }}>
            {t('back')}
          </Link>
        </p>
        <h1>{brief.name}</h1>
        <p className="prep__meta">
          {pair(brief)} · {dates(brief)}
        </p>
        {persistent === 'memory' && <p className="prep__warning">{t('memory')}</p>}
        <label className="prep-field prep__name">
          <span className="prep-field__label">{t('name')}</span>
          <input
            type="text"
            value={brief.name}
            maxLength={200}
            onChange={(event) => update((b, now) => ({ ...b, name: event.target.value, updatedAt: now }))}
          />
        </label>
        <p className={`prep__save prep__save--${saveStatus}`} role="status">
          {t(`save.${saveStatus}`)}
        </p>
        <nav aria-label={t('steps.label')}>
          <ol className="prep__steps">
            {STEPS.map((s, i) => (
              <li key={s}>
                <button
                  type="button"
                  className="button"
                  aria-current={s === step ? 'step' : undefined}
                  onClick={() => go(s)}
                >
                  {i + 1}. {t(`steps.${s}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section className={`prep__step prep__step--${step}`} aria-labelledby="prep-step-heading">
          <h2 id="prep-step-heading" ref={stepHeading} tabIndex={-1}>
            {t(`steps.${step}`)}
          </h2>
          {step === 'cards' && <CardsStep brief={brief} update={update} />}
          {step === 'sheet' && <SheetStep brief={brief} update={update} />}
          {step === 'share' && <SharePanel brief={brief} />}
        </section>
        <p className="prep__step-nav">
          {previous && (
            <button type="button" className="button" onClick={() => go(previous)}>
              <span aria-hidden="true">←</span> {t(`steps.${previous}`)}
            </button>
          )}
          {following && (
            <button type="button" className="button button--primary" onClick={() => go(following)}>
              {t('next', { step: t(`steps.${following}`) })} <span aria-hidden="true">→</span>
            </button>
          )}
        </p>
      </div>
      <BriefDocument brief={brief} variant="print-only" />
    </div>
  );
}

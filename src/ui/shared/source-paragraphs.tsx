import { Fragment } from 'react';
import type { Lang } from '../../domain/actor';
import type { SourceText } from '../../domain/text';
import { ErrataList } from './errata-list';
import { useLang } from './use-lang';

interface SourceParagraphsProps {
  readonly texts: readonly SourceText[];
  readonly lang?: Lang;
}

/** Passages of the note as paragraphs, each followed by the typos we corrected in it. */
export function SourceParagraphs({ texts, lang }: SourceParagraphsProps) {
  const uiLang = useLang();
  const textLang = lang ?? uiLang;
  return (
    <>
      {texts.map((text, index) => (
        // Passages have no id and never reorder while shown, so their position is a stable key.
        <Fragment key={index}>
          <p>{text.text[textLang]}</p>
          <ErrataList errata={text.errata} lang={textLang} />
        </Fragment>
      ))}
    </>
  );
}

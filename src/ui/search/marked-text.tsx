import type { TextPart } from '../../domain/search-highlight';

/** Text with the words that answered a search in <mark>; always text nodes, never HTML. */
export function MarkedText({ parts }: { readonly parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          <mark key={index} className="search-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

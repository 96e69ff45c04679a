import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface HelpOverlayProps {
  readonly onClose: () => void;
}

type NamedKey = 'arrows' | 'pages' | 'space' | 'escape';
type Key = NamedKey | 'B' | 'F' | 'T' | '?';

const SHORTCUTS: readonly {
  readonly keys: readonly Key[];
  readonly action: 'previousNext' | 'flip' | 'blackout' | 'fullscreen' | 'timer' | 'help' | 'closeHelp';
}[] = [
  { keys: ['arrows', 'pages'], action: 'previousNext' },
  { keys: ['space'], action: 'flip' },
  { keys: ['B'], action: 'blackout' },
  { keys: ['F'], action: 'fullscreen' },
  { keys: ['T'], action: 'timer' },
  { keys: ['?'], action: 'help' },
  { keys: ['escape'], action: 'closeHelp' },
];

function isNamed(key: Key): key is NamedKey {
  return key.length > 1;
}

/**
 * Every shortcut in one list, as a modal dialog: Esc or "Luk" closes it and focus returns to
 * where it was. A native <dialog> where the browser has showModal (focus stays inside).
 */
export function HelpOverlay({ onClose }: HelpOverlayProps) {
  const { t } = useTranslation('facilitator');
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
    closeButton.current?.focus();
    return () => {
      if (element?.open && typeof element.close === 'function') element.close();
      returnTo?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="help-overlay"
      aria-labelledby="facilitator-help-title"
      // Without showModal (older browsers, jsdom) the attribute shows it.
      open={
        typeof HTMLDialogElement === 'function' && typeof HTMLDialogElement.prototype.showModal === 'function'
          ? undefined
          : true
      }
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="facilitator-help-title">{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <dl className="help-overlay__list">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="help-overlay__row">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' / '}
                  <kbd>{isNamed(key) ? t(`help.${key}`) : key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`help.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <button ref={closeButton} type="button" className="button button--primary" onClick={onClose}>
        {t('help.close')}
      </button>
    </dialog>
  );
}

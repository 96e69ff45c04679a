import { Component } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { retryFailed } from './retry-failed';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** "Genindlæs appen": the caller flushes unsaved notes, then reloads. */
  readonly onReload: () => void;
  /** For extras around a screen (a reminder, the update prompt): on failure they just go away. */
  readonly quiet?: boolean;
  /** A failure is forgotten when this changes (the user went to another screen). */
  readonly resetKey?: string | undefined;
}

/**
 * An error thrown below (a chunk that would not load, cards that could not be read, a bug) shows a
 * message with "Prøv igen" and "Genindlæs appen" in place of what failed, never an empty page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { readonly failed: boolean }> {
  // Set in the constructor, not as class fields: for Safari 15 the build would add helpers for those.
  constructor(props: ErrorBoundaryProps) {
    super(props);
    this.state = { failed: false };
    this.retry = this.retry.bind(this);
  }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.retry();
  }

  retry(): void {
    retryFailed();
    this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.quiet ? null : <ErrorNotice onRetry={this.retry} onReload={this.props.onReload} />;
  }
}

function ErrorNotice({ onRetry, onReload }: { readonly onRetry: () => void; readonly onReload: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div role="alert">
      <h1>{t('failed.title')}</h1>
      <p>{t('failed.body')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('failed.retry')}
        </button>{' '}
        <button type="button" className="button" onClick={onReload}>
          {t('failed.reload')}
        </button>
      </p>
    </div>
  );
}

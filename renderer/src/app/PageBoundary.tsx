// Keeps one page's crash inside its own area: the top bar and navigation stay usable.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { Alert, Button } from '../ui';

interface State {
  failed: boolean;
}

export class PageBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="page page-message">
            <Alert>{t('errors.unexpected')}</Alert>
            <Button onClick={() => this.setState({ failed: false })}>{t('app.retry')}</Button>
          </div>
        )}
      </Translation>
    );
  }
}

import { Component, type ReactNode } from "react";
import { useT } from "../i18n/useT";

interface Props {
  /** Names the panel in the console, so a broken one can be found. */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Keeps one broken panel from blanking the page: it shows a sentence and a retry button instead. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`[${this.props.name}] panel failed`, error);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return <PanelBroken message={this.state.error.message} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}

function PanelBroken({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="panel-broken">
      <p>{t("common.panelBroken", { message })}</p>
      <button type="button" className="btn btn-small" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}

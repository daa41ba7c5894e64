import type { ReactNode } from "react";

/**
 * The head of a workspace view: its title, one line on what it shows, what the view offers at
 * the head's end (`children`: a form, a picker, a button), and the last refused change, if any,
 * as an alert below.
 */
export function ViewHead({ title, explain, error, children }: { title: string; explain: string; error?: string | null; children?: ReactNode }) {
  return (
    <>
      <div className="ws-view-head">
        <div>
          <h2>{title}</h2>
          <p className="muted">{explain}</p>
        </div>
        {children}
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </>
  );
}

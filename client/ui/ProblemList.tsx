import type { ReactNode } from "react";

/** A refused file or request: a heading, then every problem (as the validator names it by JSON path), announced as an alert. */
export function ProblemList({ heading, problems }: { heading: ReactNode; problems: readonly string[] }) {
  return (
    <div role="alert" className="problem-list">
      <p>
        <strong>{heading}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

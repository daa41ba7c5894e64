/** Baton's mark: a baton passed between two hands, reduced to a bar and two dots. */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="4" y="13" width="24" height="6" rx="3" fill="var(--accent)" />
      <circle cx="7" cy="16" r="5" fill="none" stroke="var(--accent)" strokeWidth="2" />
      <circle cx="25" cy="16" r="5" fill="none" stroke="var(--accent)" strokeWidth="2" />
    </svg>
  );
}

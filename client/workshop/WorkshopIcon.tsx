/**
 * The workshop's few icons as inline SVG (emoji are missing from many systems' fonts and render
 * as empty boxes). They inherit the text colour and are hidden from assistive technology:
 * every button that shows one also has a text or an accessible name.
 */
const PATHS = {
  comment: "M3 3.5h10a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 2.5v-2.5H3A1.5 1.5 0 0 1 1.5 11V5A1.5 1.5 0 0 1 3 3.5Z",
  timer: "M8 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12Zm0-9.5V9l2.2 1.3M6.5 1h3",
  present: "M1.5 2.5h13v8.5h-13zM8 11v3M5 14.5h6M6.5 5l3 1.75L6.5 8.5Z",
  follow: "M2 8s2.5-4.5 6-4.5S14 8 14 8s-2.5 4.5-6 4.5S2 8 2 8Zm6 2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z",
  vote: "M8 13.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM3.5 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm9 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z",
} as const;

export type WorkshopIconName = keyof typeof PATHS;

export function WorkshopIcon({ name, size = 14 }: { name: WorkshopIconName; size?: number }) {
  return (
    <svg className="ws-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

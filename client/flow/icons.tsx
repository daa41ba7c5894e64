/** Small line icons (16 px, currentColor) for card kinds and channels; decorative, the text says the same. */
import type { CardKind, Channel } from "../../shared/schema/card";

const PATHS: Record<CardKind | Channel, string> = {
  // Kinds
  action: "M4 8h7m-3-3 3 3-3 3",
  touchpoint: "M8 2.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7Zm0 7v4",
  painPoint: "M8 3v6m0 3v.5",
  opportunity: "M6 12.5h4M6.5 14h3M8 2.5a4 4 0 0 0-2.3 7.3c.5.4.8.9.8 1.5h3c0-.6.3-1.1.8-1.5A4 4 0 0 0 8 2.5Z",
  note: "M3.5 3h9v6.5L9.5 13h-6zM9.5 13V9.5H12.5",
  // Channels
  web: "M8 2.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11Zm-5.5 5.5h11M8 2.5c1.6 1.6 2.3 3.5 2.3 5.5S9.6 11.9 8 13.5C6.4 11.9 5.7 10 5.7 8S6.4 4.1 8 2.5Z",
  app: "M5 2h6a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1Zm2.5 10h1",
  email: "M2.5 4h11v8h-11zM2.5 4.5 8 9l5.5-4.5",
  phone: "M4 2.5h2l1 3-1.5 1a7 7 0 0 0 4 4l1-1.5 3 1v2a1 1 0 0 1-1 1A10.5 10.5 0 0 1 3 3.5a1 1 0 0 1 1-1Z",
  chat: "M2.5 3.5h11v7H7l-3 2.5v-2.5H2.5z",
  store: "M2.5 6.5 3.5 3h9l1 3.5M2.5 6.5h11M3.5 6.5V13h9V6.5M6.5 13V9.5h3V13",
  social: "M5 8a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm9-4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm0 8a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0ZM4.8 7.3l6.4-2.6M4.8 8.7l6.4 2.6",
  mail: "M2.5 5.5h11v7h-11zM2.5 5.5 4 3h8l1.5 2.5M6 8.5h4",
  other: "M4 8h.5m3.5 0h.5m3.5 0h.5",
};

/** The icon of a card kind or a channel. */
export function Icon({ name, size = 14 }: { name: CardKind | Channel; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="icon">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

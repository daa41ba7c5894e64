/** Kept for imports from before the move: dates are formatted in `i18n/formatDate.ts`. */
export { formatDay, formatTime } from "../i18n/formatDate";

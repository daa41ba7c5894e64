import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { MessageArgs, MessageKey } from "./catalogue";
import { useLanguage } from "./useLanguage";

/** A translate function bound to the page's current language; a plural key requires `{ count }`. */
export type T = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/**
 * `const t = useT(); t("editor.addStage")`, `t("editor.votes", { count })`: every piece of UI
 * text goes through this (react-i18next's `t`, fixed to the page's language).
 */
export function useT(): T {
  const { lang } = useLanguage();
  const { t } = useTranslation(undefined, { lng: lang });
  return useCallback(
    <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string => t(key, args[0] ?? {}),
    [t],
  );
}

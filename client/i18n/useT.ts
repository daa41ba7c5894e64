import { useCallback } from "react";
import { translate, type MessageKey, type MessageParams } from "./catalogue";
import { useLanguage } from "./useLanguage";

/** A translate function bound to the page's current language. */
export type T = (key: MessageKey, params?: MessageParams) => string;

/** `const t = useT(); t("editor.addStage")`: every piece of UI text goes through this. */
export function useT(): T {
  const { lang } = useLanguage();
  return useCallback((key: MessageKey, params?: MessageParams) => translate(lang, key, params), [lang]);
}

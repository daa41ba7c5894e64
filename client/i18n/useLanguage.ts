import { useContext } from "react";
import { LanguageContext, type LanguageState } from "./languageContext";

/** The page's current language and its switch. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

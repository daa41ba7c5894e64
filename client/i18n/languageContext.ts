import { createContext } from "react";
import type { Language } from "./catalogue";

/** The page's current language and the way to switch it (see LanguageProvider). */
export interface LanguageState {
  readonly lang: Language;
  setLang(lang: Language): void;
}

export const LanguageContext = createContext<LanguageState>({ lang: "en", setLang: () => {} });

"use client";

// The locale for client components (error boundaries and the like): the root layout wraps the
// page in <I18nProvider locale=…>, and useI18n() returns that locale's translator.
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { i18nFor, type I18n } from "./translate";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useI18n(): I18n {
  return i18nFor(useContext(LocaleContext));
}

"use client";

// The locale for client components (error boundaries and the like): the root layout wraps the
// page in <I18nProvider locale=…>, and useLocale() returns it. Client components do not get the
// dictionaries (they stay on the server, see ./error-text.ts): they take translated text as props,
// or, for error boundaries, use ERROR_TEXT.
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

// The few words error boundaries show. Error boundaries are client components, and
// the dictionaries (lib/i18n/messages) stay on the server: shipping them to every
// page for a page that is rarely shown would cost each visitor about 12 KB of
// JavaScript. Kept in both languages here instead.
import type { Locale } from "./locales";

export interface ErrorText {
  title: string;
  body: string;
  retry: string;
  goHome: string;
}

export const ERROR_TEXT: Record<Locale, ErrorText> = {
  en: {
    title: "Something went wrong",
    body: "This page could not be loaded, probably because the price database is unavailable. Please try again in a moment.",
    retry: "Try again",
    goHome: "Go to the home page",
  },
  es: {
    title: "Algo salió mal",
    body: "No se pudo cargar esta página, probablemente porque la base de datos de precios no está disponible. Vuelva a intentarlo en unos momentos.",
    retry: "Intentar de nuevo",
    goHome: "Ir a la página de inicio",
  },
};

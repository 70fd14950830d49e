// The Pages Router's document: <html lang> in the page's language (its props carry `locale`)
// and the body's classes of app/layout.tsx.
import Document, { Head, Html, Main, NextScript } from "next/document";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export default class SiteDocument extends Document {
  render() {
    const locale: unknown = this.props.__NEXT_DATA__.props?.pageProps?.locale;
    return (
      <Html lang={isLocale(locale) ? locale : DEFAULT_LOCALE}>
        <Head />
        <body className="min-h-screen bg-white text-slate-900 antialiased">
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}

// The Pages Router's document: <html lang> in the page's language (its props carry `locale`)
// and the body's classes of app/layout.tsx. In production its pages ship no script; in
// development Next.js adds its own, which carry the CSP nonce proxy.ts made for the request
// (the App Router applies it by itself, the Pages Router does not).
import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

type Props = DocumentInitialProps & { nonce?: string };

export default class SiteDocument extends Document<Props> {
  static async getInitialProps(context: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(context);
    const nonce = context.req?.headers["x-nonce"];
    return typeof nonce === "string" ? { ...initial, nonce } : initial;
  }

  render() {
    const locale: unknown = this.props.__NEXT_DATA__.props?.pageProps?.locale;
    const { nonce } = this.props;
    return (
      <Html lang={isLocale(locale) ? locale : DEFAULT_LOCALE}>
        <Head nonce={nonce} />
        <body className="min-h-screen bg-white text-slate-900 antialiased">
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}

// The Pages Router's app shell, for the pages in pages/ (today /search, which ships no
// JavaScript: ADR 14). The App Router's root layout does the same for app/: the site's styles.
import type { AppProps } from "next/app";
import "../app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}

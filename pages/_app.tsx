// The Pages Router's app shell. No page uses it today; it makes Next.js build the site's
// styles for the Pages Router, whose build manifest the streamed /search page reads its
// stylesheet from (lib/site-stylesheets.ts; ADR 14). app/layout.tsx imports them for app/.
import type { AppProps } from "next/app";
import "../app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}

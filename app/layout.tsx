import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// An inline icon: no extra request, and no 404 for /favicon.ico.
const icon =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#172554"/><path d="M9 8v16M23 8v16M9 16h14" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/></svg>`,
  );

export const metadata: Metadata = {
  title: { default: "Hospital Priceline", template: "%s · Hospital Priceline" },
  description: "Compare what US hospitals charge, in cash and by insurer, from their published price files.",
  icons: { icon },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#172554",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Incubase", template: "%s · Incubase" },
  description:
    "Run biotech incubation and co-incubation programmes: calls, reviews, cohorts, milestones and grants.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#156055",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-HK">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}

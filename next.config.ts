import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Interface strings: messages/<locale>/<namespace>.json, chosen per request in i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pg-boss", "nodemailer"],
  typedRoutes: false,
  experimental: {
    // proxy.ts makes Next.js buffer request bodies, by default only the first 10 MB: uploads
    // (UPLOAD_MAX_MB, default 20, at most 60) must arrive whole to be checked and refused cleanly.
    proxyClientMaxBodySize: "64mb",
  },
};

export default withNextIntl(nextConfig);

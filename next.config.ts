import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
};

export default nextConfig;

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { signInSchema } from "@/lib/schemas/auth";

type HeaderBag = Record<string, string | string[] | undefined>;

function clientAddress(request: { headers?: HeaderBag } | undefined): string | null {
  const forwarded = request?.headers?.["x-forwarded-for"];
  return clientAddressFrom(Array.isArray(forwarded) ? forwarded.join(",") : forwarded);
}

const EIGHT_HOURS = 8 * 60 * 60;

/** next-auth configuration: credentials sign-in, JWT sessions carrying a session version. */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await authenticate(
          parsed.data.email,
          parsed.data.password,
          clientAddress(request),
        );
        if (!user) return null;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.userId;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
};

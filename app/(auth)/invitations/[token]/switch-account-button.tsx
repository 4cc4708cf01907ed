"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Signs the current user out and comes back to this invitation. */
export function SwitchAccountButton({ returnTo }: { returnTo: string }) {
  const t = useTranslations("authClient");
  const [isSigningOut, setIsSigningOut] = useState(false);
  return (
    <Button
      variant="secondary"
      className="w-full"
      disabled={isSigningOut}
      onClick={() => {
        setIsSigningOut(true);
        void signOut({ callbackUrl: returnTo });
      }}
    >
      {t("signOutAndContinue")}
    </Button>
  );
}

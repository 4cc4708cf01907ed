"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { StartupFields } from "@/components/startups/startup-fields";
import { Button } from "@/components/ui/button";
import { registerStartup } from "@/lib/actions/startups/register-startup";
import { registerStartupSchema, type RegisterStartupInput } from "@/lib/schemas/startups";

/** For someone already signed in: a start-up of their own, with them as its first member. */
export function RegisterStartupForm({ callbackPath }: { callbackPath: string | null }) {
  const t = useTranslations("authClient");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(registerStartup);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RegisterStartupInput>({
    resolver: zodResolver(registerStartupSchema),
    defaultValues: { startupName: "", startupNameZh: "", focusAreas: [], title: "" },
  });

  async function onSubmit(input: RegisterStartupInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        setFormError(describeActionError(result));
        return;
      }
      router.replace(callbackPath ?? `/${result.data.organisationSlug}`);
      router.refresh();
    } catch {
      setFormError(t("unreachable"));
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("registerStartupLabel")}
      className="space-y-5"
    >
      <StartupFields register={register} errors={errors} />
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("registering") : t("registerStartup")}
      </Button>
    </form>
  );
}

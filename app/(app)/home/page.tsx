import { redirect } from "next/navigation";
import { homePathFor, requireUser } from "@/lib/auth/session";

/** Where sign-in lands: sends each user on to their own home. */
export default async function HomeRedirectPage() {
  const user = await requireUser();
  redirect(homePathFor(user));
}

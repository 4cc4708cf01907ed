import { getTranslations } from "next-intl/server";
import { getFormat } from "@/i18n/format";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getNotificationSettings } from "@/lib/data/notifications/get-notification-settings";

/** The account page's email settings: loads the user's choices and shows the form. */
export async function NotificationSettings({ userId }: { userId: string }) {
  const settings = await getNotificationSettings(userId);
  const t = await getTranslations("inbox");
  const f = await getFormat();
  return (
    <div id="notifications" className="scroll-mt-6">
      <Card>
        <CardHeader
          title={t("settings.title")}
          description={`${t("settings.description", { next: f.dateTime(settings.nextDigestAt) })}${
            settings.lastDigestSentAt
              ? ` ${t("settings.lastDigest", { when: f.dateTime(settings.lastDigestSentAt) })}`
              : ""
          }`}
        />
        <CardBody>
          <PreferencesForm
            preferences={settings.preferences.map(({ kind, email }) => ({ kind, email }))}
          />
        </CardBody>
      </Card>
    </div>
  );
}

import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getNotificationSettings } from "@/lib/data/notifications/get-notification-settings";
import { formatHkDateTime } from "@/lib/domain/dates";

/** The account page's email settings: loads the user's choices and shows the form. */
export async function NotificationSettings({ userId }: { userId: string }) {
  const settings = await getNotificationSettings(userId);
  return (
    <div id="notifications" className="scroll-mt-6">
      <Card>
        <CardHeader
          title="Email notifications"
          description={
            <>
              Every notice appears in your inbox; choose which also reach you by email. The daily
              digest lists your unread notices once a day at 08:00 Hong Kong time (next:{" "}
              {formatHkDateTime(settings.nextDigestAt)}).
              {settings.lastDigestSentAt
                ? ` Last digest sent ${formatHkDateTime(settings.lastDigestSentAt)}.`
                : ""}
            </>
          }
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

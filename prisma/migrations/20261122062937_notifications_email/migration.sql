-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATE', 'DAILY_DIGEST', 'OFF');

-- CreateEnum
CREATE TYPE "NotificationEmailStatus" AS ENUM ('PENDING', 'DIGEST', 'SENT', 'SKIPPED', 'FAILED');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestId" TEXT,
ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailLastError" TEXT,
ADD COLUMN     "emailNextAttemptAt" TIMESTAMPTZ(3),
ADD COLUMN     "emailStatus" "NotificationEmailStatus";

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "email" "EmailFrequency" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "digestDate" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NotificationPreference_userId_kind_key" ON "NotificationPreference"("userId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDigest_userId_digestDate_key" ON "NotificationDigest"("userId", "digestDate");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_emailStatus_emailNextAttemptAt_idx" ON "Notification"("emailStatus", "emailNextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_digestId_idx" ON "Notification"("digestId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "NotificationDigest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (docs/decisions/0004-row-level-security.md, docs/decisions/0005-notifications.md).
-- Both tables belong to one user, not to an organisation: the signed-in user sees and edits
-- their own preferences, and sees their own digests. The email worker connects as the owner.
ALTER TABLE "NotificationPreference" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "NotificationPreference_owner" ON "NotificationPreference"
  USING ("userId" = (SELECT app_user_id()))
  WITH CHECK ("userId" = (SELECT app_user_id()));

ALTER TABLE "NotificationDigest" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "NotificationDigest_owner_select" ON "NotificationDigest" FOR SELECT
  USING ("userId" = (SELECT app_user_id()));
-- Only the worker (owner) writes digests.
REVOKE INSERT, UPDATE, DELETE ON "NotificationDigest" FROM incubase_app;

-- The recipient may mark their notices read, nothing more: the email outbox columns are the
-- worker's, so a request cannot mark a notice emailed or re-queue it.
REVOKE UPDATE ON "Notification" FROM incubase_app;
GRANT UPDATE ("readAt", "updatedAt") ON "Notification" TO incubase_app;

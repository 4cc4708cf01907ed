import "server-only";
import { db } from "@/lib/db";

export type StartupApplicationRow = Awaited<ReturnType<typeof listStartupApplications>>[number];

/** The start-up's own applications to every operator, newest first. */
export async function listStartupApplications(startupId: string) {
  return db.application.findMany({
    where: { startupId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      reference: true,
      projectTitle: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      call: { select: { title: true, closesAt: true } },
      organisation: { select: { name: true } },
    },
  });
}

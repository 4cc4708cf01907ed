import { describe, expect, it } from "vitest";

import { destructiveStatements } from "./new-migration";

describe("destructiveStatements", () => {
  it("finds drops and type changes, not comments or additions", () => {
    const sql = [
      "-- DropTable",
      'DROP TABLE "Old";',
      "-- AlterTable",
      'ALTER TABLE "User" DROP COLUMN "nickname",',
      'ADD COLUMN "alias" TEXT;',
      'ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(100);',
      'CREATE INDEX "User_email_idx" ON "User"("email");',
    ].join("\n");
    expect(destructiveStatements(sql)).toEqual([
      'DROP TABLE "Old";',
      'ALTER TABLE "User" DROP COLUMN "nickname",',
      'ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(100);',
    ]);
  });
});

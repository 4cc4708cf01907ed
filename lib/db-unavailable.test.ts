import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-unavailable";

// Shapes seen from Prisma 7 on @prisma/adapter-pg and from pg itself (tests/integration/faults
// produces the real ones against PostgreSQL).
const adapterError = (cause: object) => ({
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  message: "Raw query failed.",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
});

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable server, a cut connection and a closed database", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "DatabaseNotReachable", port: 5432 }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(adapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        adapterError({
          kind: "postgres",
          originalCode: "57P01",
          originalMessage: "terminating connection due to administrator command",
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        adapterError({
          kind: "postgres",
          originalCode: "55000",
          originalMessage: 'database "x" is not currently accepting connections',
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("wrapped", { cause: { code: "57P03", message: "starting up" } }),
      ),
    ).toBe(true);
  });

  it("leaves every other failure alone", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(
      isDatabaseUnavailable(
        adapterError({ kind: "postgres", originalCode: "55000", originalMessage: "other state" }),
      ),
    ).toBe(false);
    expect(
      isDatabaseUnavailable(
        adapterError({
          kind: "postgres",
          originalCode: "57014",
          originalMessage: "canceling statement due to statement timeout",
        }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new Error("Something else"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    const loop: { cause?: unknown; message: string } = { message: "loop" };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});

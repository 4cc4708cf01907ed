import { describe, expect, it } from "vitest";
import {
  buildIcsCalendar,
  escapeIcsText,
  foldIcsLine,
  formatIcsHongKongLocal,
  formatIcsUtc,
} from "./ics";

const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("escapeIcsText", () => {
  it("escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)", () => {
    expect(escapeIcsText("CMC; GMP, scale-up\\next")).toBe("CMC\\; GMP\\, scale-up\\\\next");
    expect(escapeIcsText("line one\r\nline two\nline three\rfour")).toBe(
      "line one\\nline two\\nline three\\nfour",
    );
  });

  it("cannot be used to inject a property", () => {
    const escaped = escapeIcsText("Review\r\nATTENDEE:mailto:attacker@example.com");
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(escaped).toBe("Review\\nATTENDEE:mailto:attacker@example.com");
  });

  it("drops control characters but keeps tabs and Chinese text", () => {
    expect(escapeIcsText("a\u0000b\u0007c\td 薄扶林")).toBe("abc\td 薄扶林");
  });
});

describe("foldIcsLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation line", () => {
    const exact = `SUMMARY:${"x".repeat(67)}`;
    expect(foldIcsLine(exact)).toBe(exact);
    const folded = foldIcsLine(`${exact}y`);
    expect(folded).toBe(`${exact}\r\n y`);
  });

  it("counts octets, not characters, and never splits a UTF-8 character", () => {
    const line = `SUMMARY:${"薄扶林細胞治療".repeat(6)}`;
    const folded = foldIcsLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split("\r\n")) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe("times", () => {
  it("writes UTC with a Z and Hong Kong wall-clock time without one", () => {
    const instant = new Date("2026-11-25T02:15:00Z");
    expect(formatIcsUtc(instant)).toBe("20261125T021500Z");
    expect(formatIcsHongKongLocal(instant)).toBe("20261125T101500");
  });

  it("rolls the Hong Kong date over past midnight", () => {
    expect(formatIcsHongKongLocal(new Date("2026-12-31T16:30:00Z"))).toBe("20270101T003000");
  });
});

describe("buildIcsCalendar", () => {
  const calendar = buildIcsCalendar({
    name: "Coaching, HKSTP",
    generatedAt: new Date("2026-11-22T06:00:00Z"),
    events: [
      {
        uid: "session-1@incubase",
        startsAt: new Date("2026-11-25T06:30:00Z"),
        durationMinutes: 90,
        summary: "Coaching: Pok Fu Lam Cell Therapeutics with Dr Winnie Lam",
        description:
          "Topics: Regulatory, Manufacturing\nBring the CMC gap analysis; and the budget.",
        location: "Video call",
        url: "https://incubase.example/pokfulam-cell/coaching",
        status: "CONFIRMED",
        sequence: 3,
        lastModified: new Date("2026-11-20T09:00:00Z"),
      },
    ],
  });

  it("uses CRLF everywhere and ends with one", () => {
    expect(calendar.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(calendar.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("declares Hong Kong's time zone once and uses it for start and end", () => {
    const lines = unfold(calendar).split("\r\n");
    expect(lines.filter((line) => line === "BEGIN:VTIMEZONE")).toHaveLength(1);
    expect(lines).toContain("TZID:Asia/Hong_Kong");
    expect(lines).toContain("TZOFFSETTO:+0800");
    expect(lines).toContain("DTSTART;TZID=Asia/Hong_Kong:20261125T143000");
    expect(lines).toContain("DTEND;TZID=Asia/Hong_Kong:20261125T160000");
    expect(lines).toContain("DTSTAMP:20261122T060000Z");
    expect(lines).toContain("LAST-MODIFIED:20261120T090000Z");
  });

  it("escapes the text and keeps the structure", () => {
    const lines = unfold(calendar).split("\r\n");
    expect(lines).toContain("X-WR-CALNAME:Coaching\\, HKSTP");
    expect(lines).toContain(
      "DESCRIPTION:Topics: Regulatory\\, Manufacturing\\nBring the CMC gap analysis\\; and the budget.",
    );
    expect(lines).toContain("UID:session-1@incubase");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("SEQUENCE:3");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    const begins = lines.filter((line) => line.startsWith("BEGIN:")).length;
    const ends = lines.filter((line) => line.startsWith("END:")).length;
    expect(begins).toBe(ends);
  });

  it("makes a valid empty calendar", () => {
    const empty = buildIcsCalendar({ name: "Nothing", generatedAt: new Date(), events: [] });
    expect(empty).not.toContain("BEGIN:VEVENT");
    expect(empty).toContain("BEGIN:VTIMEZONE");
  });
});

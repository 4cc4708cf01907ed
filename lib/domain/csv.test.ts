import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "./csv";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Pok Fu Lam, Cell")).toBe('"Pok Fu Lam, Cell"');
    expect(csvCell('The "HK-101" asset')).toBe('"The ""HK-101"" asset"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+61 2 1234")).toBe("'+61 2 1234");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
  });

  it("leaves numbers and plain text alone", () => {
    expect(csvCell(-1.5)).toBe("-1.5");
    expect(csvCell(4)).toBe("4");
    expect(csvCell("港大細胞治療")).toBe("港大細胞治療");
    expect(csvCell(null)).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with the UTF-8 byte order mark and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe(`${UTF8_BOM}a,b\r\n1,x\r\n`);
  });
});

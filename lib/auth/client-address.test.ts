import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("clientAddressFrom", () => {
  it("trusts nothing without a configured proxy", () => {
    expect(clientAddressFrom("203.0.113.9", 0)).toBeNull();
  });

  it("takes the entry appended by the one trusted proxy, ignoring what the client sent", () => {
    expect(clientAddressFrom("10.9.9.9, 198.51.100.4, 203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("counts back through several trusted proxies", () => {
    expect(clientAddressFrom("spoofed, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("returns null when the header is shorter than the trusted chain or missing", () => {
    expect(clientAddressFrom("203.0.113.9", 2)).toBeNull();
    expect(clientAddressFrom(null, 1)).toBeNull();
  });
});

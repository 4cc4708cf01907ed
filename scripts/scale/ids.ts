/**
 * Deterministic ids in the shape of Prisma's cuid (a "c" and 24 lower-case letters and digits):
 * "cs" + a two-letter table code + the row's number in base 36. The same scale run always
 * makes the same ids, and they never collide with the demo seed's random cuids, whose
 * second character is a timestamp digit, never "s" followed by these codes and zero padding.
 */
export class IdMaker {
  private readonly counters = new Map<string, number>();

  next(code: string): string {
    if (!/^[a-z]{2}$/.test(code)) throw new Error(`id code must be two letters: ${code}`);
    const number = (this.counters.get(code) ?? 0) + 1;
    this.counters.set(code, number);
    return `cs${code}${number.toString(36).padStart(21, "0")}`;
  }
}

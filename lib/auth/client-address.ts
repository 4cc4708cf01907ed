/**
 * The client's address from X-Forwarded-For, trusting only what our own reverse proxies
 * appended. With TRUSTED_PROXY_HOPS=0 (no proxy in front, the default) the header is the
 * client's own word, so there is no trustworthy address and null is returned: per-address
 * sign-in limits then stand aside and audit events carry no address, rather than letting a
 * client forge one (to dodge the limit or to lock out someone else's address).
 */
export function clientAddressFrom(
  forwardedFor: string | null | undefined,
  trustedProxyHops: number = Number(process.env.TRUSTED_PROXY_HOPS ?? 0),
): string | null {
  if (!forwardedFor || !Number.isInteger(trustedProxyHops) || trustedProxyHops <= 0) return null;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Each trusted proxy appends the address it saw; the nearest N entries are trustworthy and
  // the Nth from the right is the client as our outermost proxy saw it.
  return entries[entries.length - trustedProxyHops] ?? null;
}

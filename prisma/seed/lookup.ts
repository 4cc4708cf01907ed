/** Reads a key the seed itself put in the map; a miss is a bug in the seed data. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to unknown key "${String(key)}"`);
  return value;
}

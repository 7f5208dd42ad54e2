// English says "1 card" but "2 cards": a count's message keeps its singular text under `<key>.one`. Chinese has no
// plural, so its `.one` text is the same as the other.

/** The message key for a count of `n`: `<key>.one` for exactly one, else `key`. */
export function countKey<K extends string>(key: K, n: number): K | `${K}.one` {
  return n === 1 ? `${key}.one` : key;
}

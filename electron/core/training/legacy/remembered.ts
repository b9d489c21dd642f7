// A register repeats its few kinds, days and township names row after row: each distinct text is read once and
// its answer - one object, one string - shared by every row that has it, so 100,000 rows hold no copies.
// Bounded: past `max` distinct keys (every row its own), it forgets them all and starts again.
export function remembered<K, V>(read: (key: K) => V, max: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= max) known.clear();
      value = read(key);
      known.set(key, value);
    }
    return value as V;
  };
}

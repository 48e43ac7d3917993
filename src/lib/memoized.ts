/**
 * `compute` with each key's result kept for the rest of the process: a build asks for the same
 * results again and again (a story's word count in every list, a collection's sorted list on
 * every page). A promise is kept as it is, so callers asking while it runs share it.
 */
export function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}

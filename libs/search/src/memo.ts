/**
 * A pure function of a string, remembered for the inputs that come back (an organisation's
 * names in each of its documents, the same few certifications, the province facet values of
 * every search). Bounded: cleared when `size` inputs are held.
 */
export function memo<T>(fn: (input: string) => T, size = 10_000): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    let out = known.get(input);
    if (out === undefined) {
      if (known.size >= size) known.clear();
      known.set(input, (out = fn(input)));
    }
    return out;
  };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

/** The allowed name a typo most likely meant, if one is close enough to suggest. */
export function closestName(
  typed: string,
  allowed: readonly string[],
  maxDistance?: number,
): string | undefined {
  if (typed.length > 60) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = distance(typed.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const limit = maxDistance ?? Math.max(2, Math.floor((best?.length ?? 0) / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

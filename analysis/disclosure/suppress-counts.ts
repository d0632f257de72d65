/** A group's count as published: the number, or hidden with the only reason ever given. */
export type PublishedCount = { shown: true; n: number } | { shown: false; reason: 'te weinig antwoorden' };

const hidden: PublishedCount = { shown: false, reason: 'te weinig antwoorden' };

/**
 * Primary and secondary suppression for the counts of one table whose total is published:
 * a group below `k` is hidden (primary), and when that leaves exactly one hidden group, or hidden
 * groups that together are still below k, the smallest shown groups are hidden too (secondary), so
 * no hidden count can be recovered by subtracting the shown ones from the total.
 *
 * Cost: O(g log g) for g groups. Throws when k < 1.
 *
 * @example suppressCounts({ a: 12, b: 3, c: 20 }, 5) // b hidden, and a too (the smallest shown)
 */
export function suppressCounts(counts: Record<string, number>, k: number): Record<string, PublishedCount> {
  if (!(k >= 1)) throw new Error('suppressCounts requires k >= 1');
  const names = Object.keys(counts).sort((a, b) => counts[a]! - counts[b]! || a.localeCompare(b));
  const hide = new Set(names.filter((g) => counts[g]! < k));
  const hiddenSum = () => [...hide].reduce((s, g) => s + counts[g]!, 0);
  // Secondary: a lone hidden group, or hidden groups summing below k (and above 0), are recoverable
  // or still small; hide the next smallest shown group until neither holds.
  while (hide.size > 0 && hide.size < names.length && (hide.size === 1 || (hiddenSum() > 0 && hiddenSum() < k))) {
    hide.add(names.find((g) => !hide.has(g))!);
  }
  return Object.fromEntries(names.map((g) => [g, hide.has(g) ? hidden : { shown: true, n: counts[g]! }]));
}

// Binary search over sorted arrays, for structures kept in order as they grow.

/**
 * The index of the first element for which `before` is false, in an array ordered so that
 * `before` holds for a prefix of it (its length when it holds for all).
 */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (before(sorted[mid] as T)) low = mid + 1
    else high = mid
  }
  return low
}

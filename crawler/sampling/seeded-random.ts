/**
 * A small seeded generator (SplitMix32): the same seed draws the same sample on any machine and Node version,
 * which `Math.random` cannot promise. A sample must be reproducible to be defended.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 2 ** 32;
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }
}

/**
 * `size` distinct integers drawn uniformly from [0, population), sorted (Floyd's algorithm: as many draws as
 * the sample is large, whatever the population).
 */
export function drawDistinct(population: number, size: number, random: SeededRandom): number[] {
  const n = Math.min(size, population);
  const chosen = new Set<number>();
  for (let j = population - n; j < population; j++) {
    const t = random.below(j + 1);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => a - b);
}

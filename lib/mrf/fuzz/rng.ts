// The fuzzer's seeded randomness. Every hostile file is derived from a seed and
// an index, so any failure is replayed exactly with `--seed S --only <case id>`.
import { hashSeed, mulberry32 } from "../generator/prng";

export class FuzzRng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An independent stream for the labels (e.g. the run seed and a case index). */
  static from(...parts: (string | number)[]): FuzzRng {
    return new FuzzRng(hashSeed("fuzz", ...parts));
  }

  float(): number {
    return this.next();
  }

  /** Integer in [0, n); 0 when n <= 0. */
  below(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }

  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  /** Integer in [min, max] biased toward small values (log-uniform), for sizes. */
  size(min: number, max: number): number {
    const lo = Math.log(Math.max(1, min));
    const hi = Math.log(Math.max(1, max));
    return Math.min(max, Math.max(min, Math.round(Math.exp(lo + (hi - lo) * this.next()))));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("FuzzRng.pick: empty list");
    return items[this.below(items.length)] as T;
  }

  bytes(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++) out[i] = this.below(256);
    return out;
  }
}

/**
 * A fixed-size uniform sample of a stream of numbers (Algorithm R): a million deliveries a
 * second must not turn the latency record into the memory the benchmark measures.
 */
export class Reservoir {
  readonly samples: number[] = [];
  seen = 0;

  constructor(private readonly capacity = 50_000) {}

  add(value: number): void {
    this.seen++;
    if (this.samples.length < this.capacity) {
      this.samples.push(value);
      return;
    }
    const slot = Math.floor(Math.random() * this.seen);
    if (slot < this.capacity) this.samples[slot] = value;
  }
}

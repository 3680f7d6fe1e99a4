/**
 * Collects query parameters and hands out their `$n` placeholders, so that search SQL is assembled from fixed
 * fragments only and every user-supplied value travels as a bound parameter.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

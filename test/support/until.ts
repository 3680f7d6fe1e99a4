/** Waits until `condition` holds, checking every 50 ms; fails naming `what` after `limitMs` (a bound, not a measure). */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  limitMs = 60_000,
): Promise<void> {
  for (const deadline = Date.now() + limitMs; Date.now() < deadline;) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not within ${limitMs / 1000} s: ${what}`);
}

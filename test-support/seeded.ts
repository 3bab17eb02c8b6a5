/**
 * A seeded pseudo-random source for tests that build inputs at random: the same seed gives the same
 * inputs on every run and machine (a linear congruential generator is enough for shuffling test data).
 */
export function seededPick(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

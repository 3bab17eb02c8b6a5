/** @vigil/cli has no library API; its entry point is src/main.ts. */
export {};

// Stand-in for the `server-only` package under Vitest: tests run on the server already.
export {};

/**
 * Runs `body` with `console.error` recorded instead of printed, and gives back the lines
 * it logged (the widgets' configuration errors go there).
 */
export async function consoleErrors(body: () => Promise<unknown>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    await body();
  } finally {
    console.error = original;
  }
  return logged;
}

// One line for a failure, as every message of the CLI is (KILDE_DEBUG=1: the stack).
export function errorText(err: unknown): string {
  if (process.env.KILDE_DEBUG && err instanceof Error && err.stack) return err.stack;
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

/** The CLI's main() run in-process with its output captured, as the CLI tests call it. */
import { main } from "../../src/cli/main";

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

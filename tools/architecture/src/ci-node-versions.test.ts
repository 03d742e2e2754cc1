// CI runs the README's test command on Node 24 and on the machine's Node, and the second run
// really runs the tests: turbo would otherwise replay the first run's test results from its cache,
// since nothing in a test task's inputs names the Node that runs it. turbo.json hashes npm's user
// agent (« npm/11.19.1 node/v24.21.0 linux x64 … ») into every test task; builds and type checks,
// the same bytes on any Node, keep one hash and are replayed.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CI = readFileSync(new URL(".ci/run", `file://${ROOT}`), "utf8");

/** The commands of `.ci/run`, comments and blank lines aside. */
const commands = CI.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));

/** The hashes turbo gives the issues package's tasks when npm's user agent names this Node. */
function taskHashes(userAgent: string): Map<string, string> {
  const out = execFileSync("npx", ["--no-install", "turbo", "run", "build", "test", "lint", "--filter=@pacte/issues", "--dry=json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", npm_config_user_agent: userAgent },
    maxBuffer: 1 << 26,
  });
  const plan = JSON.parse(out) as { tasks: { taskId: string; hash: string }[] };
  return new Map(plan.tasks.map((t) => [t.taskId, t.hash]));
}

describe("CI tests on two Nodes", () => {
  it("runs npm test on Node 24 from the registry, then on the machine's Node", () => {
    const tests = commands.filter((c) => /\bnpm test$/.test(c));
    expect(tests).toEqual(['PATH="$NODE24_BIN:$PATH" npm test', "npm test"]);
    expect(commands).toContain('NODE24_BIN="$(dirname "$(npx -y node@24 -p process.execPath)")"');
  });

  it("gives the test tasks a new hash on another Node, and the builds and type checks the same", () => {
    const on20 = taskHashes("npm/11.19.1 node/v20.20.2 linux x64 workspaces/false");
    const on24 = taskHashes("npm/11.19.1 node/v24.21.0 linux x64 workspaces/false");
    expect(on20.get("@pacte/issues#test")).toBeDefined();
    expect(on24.get("@pacte/issues#test")).not.toBe(on20.get("@pacte/issues#test"));
    expect(on24.get("@pacte/issues#build")).toBe(on20.get("@pacte/issues#build"));
    expect(on24.get("@pacte/issues#lint")).toBe(on20.get("@pacte/issues#lint"));
  }, 60_000);
});

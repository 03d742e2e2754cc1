// The render worker of the `pacte` executable (dist/bin/batch-worker.js): the same worker as the
// library's (batch-worker.ts), with Node's compile cache on for the modules it loads — both
// renderers among them. Imported only after the cache is on, hence `import()`.
import { enableCompileCache } from "../compile-cache";

enableCompileCache();
await import("./batch-worker");

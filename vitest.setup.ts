import fc from "fast-check";

// Property tests draw the same cases on every machine and at every run, so that a red CI can
// be replayed and a green one means the same thing everywhere. To look for new cases, run
// with FC_SEED=random (fast-check then picks a seed and prints it with any counterexample);
// FC_SEED=<that number> replays it.
const given = process.env.FC_SEED ?? "";
if (given !== "random") {
  const seed = given === "" ? 20_241_128 : Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED: expected an integer or "random", got "${given}"`);
  fc.configureGlobal({ seed });
}

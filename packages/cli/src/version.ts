import pkg from "../package.json";

/**
 * The version of `@pacte/cli`, read from its package.json at build time.
 *
 * @example
 * CLI_VERSION //=> "0.1.0"
 */
export const CLI_VERSION: string = pkg.version;

/**
 * The one door to the `yaml` package: the text readers import it through this module. The build
 * makes it a module of its own in dist/ (tsup.config.ts), so that an application that bundles
 * `@pacte/contract` without reading YAML text leaves `yaml` out: this package declares no side
 * effects, so a bundler drops a module of it whose exports go unused, with its imports, whereas
 * an import of `yaml` written in the package's main file would keep the `yaml` modules that run
 * code when they load (13 kB gzip on the contract → PDF path).
 *
 * @example
 * parseDocument("a: 1").toJS() //=> { a: 1 }
 */
export { Document, isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
export type { Node, Scalar } from "yaml";

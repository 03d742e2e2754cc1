// The public surface of @pacte/pdf/hyphenation: where French words may take a hyphen, the rule
// `renderPdf(doc, { hyphenate: true })` applies. An entry of its own so that the hyphenation
// patterns stay out of a bundle that never hyphenates: the renderer loads them with `import()`
// only when a render asks for them.
// Hand-written: every name here is a promise.

export { frenchHyphenation } from "./layout/french-hyphenation";

// The second entry point of @pacte/contract, `@pacte/contract/samples`: realistic, valid inputs of
// each shipped profile, for trying the API and testing the tools built on it. Plain data, kept
// apart so that the main entry point does not carry it. Hand-written: every name is a promise.

export { bordeauxInput, calpaeInput, creuseInput } from "./samples/sample-inputs";

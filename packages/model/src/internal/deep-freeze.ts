// The one deepFreeze, from @pacte/issues, under the path the data modules import.
export { deepFreeze } from "@pacte/issues";

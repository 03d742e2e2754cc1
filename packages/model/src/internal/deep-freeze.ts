// The public helper, used by the data modules under its old internal path.
export { deepFreeze } from "../deep-freeze";

import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as actors from "./actors";
import * as axes from "./axes";
import * as budget from "./budget";
import * as concertation from "./concertation";
import * as ministries from "./ministries";
import * as pacte from "./pacte";
import * as provenance from "./provenance";
import * as referenceDocument from "./reference-document";
import { PACTE_SCHEMAS } from "./schemas";
import * as stakeholders from "./stakeholders";
import * as transverseQuestions from "./transverse-questions";

const MODULES = [
  actors,
  axes,
  budget,
  concertation,
  ministries,
  pacte,
  provenance,
  referenceDocument,
  stakeholders,
  transverseQuestions,
];

describe("PACTE_SCHEMAS", () => {
  it("holds every exported schema of the Pacte's modules, under its export name", () => {
    const exported = Object.fromEntries(
      MODULES.flatMap((m) => Object.entries(m)).filter(([name, value]) => name.endsWith("Schema") && value instanceof z.ZodType),
    );
    expect(Object.keys(PACTE_SCHEMAS).sort()).toEqual(Object.keys(exported).sort());
    for (const [name, schema] of Object.entries(PACTE_SCHEMAS)) expect(schema, name).toBe(exported[name]);
  });
});

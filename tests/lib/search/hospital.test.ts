import { beforeAll, describe, expect, it } from "vitest";
import { getHospitalProfile, isValidSlug, listHospitalServices, parseServiceCursor } from "@/lib/search";
import { resetDatabase, withClient } from "../../support/db";
import { seedHospitals, seedSearchFixtures, type FixtureItem, type SeededHospital } from "../../support/search-fixtures";

let seeded: Map<string, SeededHospital>;

beforeAll(async () => {
  await resetDatabase();
  seeded = await withClient((c) => seedSearchFixtures(c));
  // A hospital with enough items to page through.
  const items: FixtureItem[] = Array.from({ length: 7 }, (_, i) => ({
    description: `Office visit level ${i + 1}`,
    codes: [[`9920${i}`, "CPT"]],
    charges: [{ gross: 100 + i, cash: 50 + i }],
  }));
  const [big] = await withClient((c) =>
    seedHospitals(c, [{ slug: "paging-test", name: "Paging Test Hospital", files: [{ lastUpdatedOn: "2026-01-01", items }] }]),
  );
  seeded.set("paging-test", big!);
});

describe("getHospitalProfile", () => {
  it("returns the hospital, its locations and its current file", async () => {
    const profile = await getHospitalProfile("lakeside-general");
    expect(profile).toMatchObject({
      slug: "lakeside-general",
      name: "Lakeside General Hospital",
      isDemo: true,
      licenseNumber: "TX-100234",
      licenseState: "TX",
      type2Npis: ["1234567893", "1245319599"],
      currentFile: {
        cmsVersion: "3.0.0",
        format: "csv_tall",
        lastUpdatedOn: "2026-01-15",
        itemCount: 6,
        rowCount: 10,
        source: "https://example.org/lakeside-general/standardcharges.csv",
      },
    });
    expect(profile?.locations.map((l) => l.name)).toEqual(["Lakeside General Hospital", "Lakeside Imaging Center"]);
    expect(profile?.locations[0]).toEqual({
      name: "Lakeside General Hospital",
      address: "100 Lake Shore Dr",
      city: "Austin",
      state: "TX",
      postalCode: "78701",
    });
  });

  it("uses the newest succeeded file, ignoring failed and pending ones", async () => {
    const profile = await getHospitalProfile("hillcrest-community");
    expect(profile?.currentFile?.lastUpdatedOn).toBe("2025-06-01");
    expect(profile?.currentFile?.id).toBe(seeded.get("hillcrest-community")?.fileIds[1]);
  });

  it("has no current file when none succeeded", async () => {
    const profile = await getHospitalProfile("northfield-regional");
    expect(profile?.isDemo).toBe(false);
    expect(profile?.currentFile).toBeNull();
  });

  it("returns null for unknown or malformed slugs", async () => {
    expect(await getHospitalProfile("no-such-hospital")).toBeNull();
    expect(await getHospitalProfile("../etc/passwd")).toBeNull();
    expect(isValidSlug("lakeside-general")).toBe(true);
    expect(isValidSlug("bad slug")).toBe(false);
  });
});

describe("listHospitalServices", () => {
  it("lists services with codes (primary first) and gross/cash per setting", async () => {
    const profile = await getHospitalProfile("lakeside-general");
    const page = await listHospitalServices(profile!.id, profile!.currentFile!.id);
    expect(page.nextCursor).toBeNull();
    expect(page.services).toHaveLength(6);
    const mri = page.services[0]!;
    expect(mri).toMatchObject({
      description: "MRI BRAIN WITHOUT CONTRAST",
      codes: [
        { type: "CPT", code: "70551" },
        { type: "RC", code: "0611" },
      ],
      prices: [{ setting: "outpatient", gross: 3200, discountedCash: 1800, minimum: 900, maximum: 2500, payerCount: 3 }],
    });
    const aspirin = page.services.find((s) => s.description.startsWith("Aspirin"));
    expect(aspirin?.codes).toEqual([]);
  });

  it("only lists the current file's items", async () => {
    const profile = await getHospitalProfile("hillcrest-community");
    const page = await listHospitalServices(profile!.id, profile!.currentFile!.id);
    expect(page.services.map((s) => s.description)).toEqual(["MRI Brain w/o Contrast"]);
    expect(page.services[0]?.prices[0]?.discountedCash).toBe(1650.25);
  });

  it("pages with a cursor", async () => {
    const profile = await getHospitalProfile("paging-test");
    const fileId = profile!.currentFile!.id;
    const first = await listHospitalServices(profile!.id, fileId, { pageSize: 3 });
    expect(first.services.map((s) => s.description)).toEqual(["Office visit level 1", "Office visit level 2", "Office visit level 3"]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listHospitalServices(profile!.id, fileId, { pageSize: 3, after: first.nextCursor });
    expect(second.services.map((s) => s.description)).toEqual(["Office visit level 4", "Office visit level 5", "Office visit level 6"]);
    const third = await listHospitalServices(profile!.id, fileId, { pageSize: 3, after: second.nextCursor });
    expect(third.services.map((s) => s.description)).toEqual(["Office visit level 7"]);
    expect(third.nextCursor).toBeNull();
    // A malformed cursor starts from the beginning instead of failing.
    const junk = await listHospitalServices(profile!.id, fileId, { pageSize: 3, after: "1; DROP TABLE items" });
    expect(junk.services[0]?.description).toBe("Office visit level 1");
  });
});

describe("parseServiceCursor", () => {
  it("accepts item ids up to the bigint maximum and nothing else", () => {
    expect(parseServiceCursor("70000000003")).toBe("70000000003");
    expect(parseServiceCursor("9223372036854775807")).toBe("9223372036854775807");
    for (const bad of ["9223372036854775808", "99999999999999999999", "-1", "1e5", "", undefined, ["1"]]) {
      expect(parseServiceCursor(bad)).toBeNull();
    }
  });
});

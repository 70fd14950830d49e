// The demo hospitals' addresses must be real places, so that distance search
// works on the demo set.
import { describe, expect, it } from "vitest";
import { geocodeAddress, zipCentroid } from "@/lib/geo";
import { parseAddress } from "@/lib/ingest";
import { DEMO_HOSPITALS } from "@/lib/mrf/generator/hospitals";

describe("demo hospital addresses", () => {
  const locations = DEMO_HOSPITALS.flatMap((h) => h.locations.map((l) => ({ hospital: h, ...l })));

  it.each(locations.map((l) => [l.address, l] as const))("%s: a real ZIP code of that city and state", (_, location) => {
    const parsed = parseAddress(location.address);
    expect(parsed.postalCode).toMatch(/^\d{5}$/);
    expect(parsed.state).toBe(location.hospital.state);
    const zip = zipCentroid(parsed.postalCode!);
    expect(zip).not.toBeNull();
    expect({ city: zip!.city, state: zip!.state }).toEqual({ city: parsed.city, state: parsed.state });
    expect(geocodeAddress(parsed)).toMatchObject({ source: "zip", latitude: zip!.latitude, longitude: zip!.longitude });
  });
});

// Completes package-lock.json with the other platforms' optional binaries
// (@next/swc-darwin-arm64, @tailwindcss/oxide-win32-x64-msvc, …).
//
// Why: the registry these machines use serves only the Linux builds, so npm
// writes a lock without the others, and `npm ci` then refuses the lock as out
// of sync. The entries added here carry `os`/`cpu`, so npm skips them on other
// platforms without fetching, and installs them normally where they apply.
// Run after changing dependencies: `npm install && node scripts/complete-lockfile.mjs`
// (`--check` only reports; the test suite runs it).
import { readFileSync, writeFileSync } from "node:fs";

const OS = { darwin: "darwin", win32: "win32", linux: "linux", android: "android", freebsd: "freebsd", openharmony: "openharmony", sunos: "sunos", aix: "aix", netbsd: "netbsd", openbsd: "openbsd" };
const CPUS = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

function platformOf(name) {
  const base = name.split("/").pop();
  if (base.includes("wasm32")) return { cpu: ["wasm32"] };
  const parts = base.split("-");
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPUS.includes(p));
  if (!os || !cpu) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (os === "linux") entry.libc = [parts.includes("musl") || parts.includes("musleabihf") ? "musl" : "glibc"];
  return entry;
}

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;
let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    const parent = path === "" ? "" : `${path}/`;
    const nested = `${parent}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    const version = /^\d+\.\d+\.\d+/.test(spec) ? spec : null;
    if (!version) continue;
    packages[hoisted] = { version, optional: true, ...platform };
    added++;
  }
}
if (process.argv.includes("--check")) {
  if (added > 0) {
    console.error(`package-lock.json lacks ${added} optional platform entries: run node scripts/complete-lockfile.mjs`);
    process.exit(1);
  }
  console.log("package-lock.json lists every platform's optional binaries");
  process.exit(0);
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`complete-lockfile: added ${added} optional platform entries`);

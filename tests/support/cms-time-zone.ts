// Imported by the modules that run CMS's validator (@cmsgov/hpt-validator) beside ours.
// Its M/D/YYYY date check parses in local time and compares in UTC: east of UTC it refuses
// every such date, CMS's own examples' included. Our validator does not depend on the time
// zone; CMS's runs in UTC. Set only where CMS's validator runs, so that the other tests
// still see the machine's own zone.
process.env.TZ = "UTC";

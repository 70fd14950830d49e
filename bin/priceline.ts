// `npm run priceline -- <command>`: the command line over lib/.
import { runApiKeyCommand } from "../lib/apikeys/command";
import { runBillingCommand } from "../lib/billing/command";
import { runGenerateCommand } from "../lib/mrf/generator";
import { runIngestCommand } from "../lib/ingest/command";
import { runValidateCommand } from "../lib/mrf/validate/command";

const USAGE = `Usage: npm run priceline -- <command> [options]

Commands:
  generate [--out DIR] [--seed N] [--all-formats]    write the demo hospitals' CMS v3.0.0 files
  generate --rows N --format tall|wide|json --file F  write one large file
  ingest <file>... [--json] [--demo]                  load CMS price files into the database
  validate <file> [--json]                            check a CMS price file against the CMS rules
  apikey create --org SLUG --name NAME [--scope S]    create an organization's API key (shown once)
  apikey list --org SLUG                              list an organization's API keys
  apikey revoke PREFIX                                revoke an API key
  billing report-usage|expire-grace|sync-seats        billing jobs (Stripe meter, grace, seats)

Run a command with --help for its options.`;

const [command, ...args] = process.argv.slice(2);
let code: number;
switch (command) {
  case "generate":
    code = await runGenerateCommand(args);
    break;
  case "ingest":
    code = await runIngestCommand(args);
    break;
  case "validate":
    code = await runValidateCommand(args);
    break;
  case "apikey":
    code = await runApiKeyCommand(args);
    break;
  case "billing":
    code = await runBillingCommand(args);
    break;
  case undefined:
  case "help":
  case "--help":
  case "-h":
    console.log(USAGE);
    code = command === undefined ? 2 : 0;
    break;
  default:
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    code = 2;
}
process.exit(code);

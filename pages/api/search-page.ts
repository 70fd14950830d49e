// /search (next.config.ts rewrites it here): the public search page, streamed in document order
// without any script — see components/search/search-response.tsx and ADR 14. An API route
// because only a route can send a page in parts; the Pages Router, because its routes hand over
// Node's response as it is.
import { sendSearchPage } from "@/components/search/search-response";

// The "Was this helpful?" post is read, bounded, by lib/feedback/form-post.
export const config = { api: { bodyParser: false } };

export default sendSearchPage;

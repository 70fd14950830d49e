-- Edit distance for spelling suggestions (lib/search/candidates.ts): trigram
-- similarity misses transposed letters ("brian" for "brain").
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";

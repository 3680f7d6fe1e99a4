// Provenance columns as created by the first migration of every record table (version 1 of SPEC 3's block).
// Frozen: a later change to the block gets a migration of its own, never an edit here.
export const PROVENANCE_COLUMNS_V1 = `
  id uuid PRIMARY KEY,
  owner_jurisdiction char(2) NOT NULL,
  owner_agency_code varchar NOT NULL,
  owner_agency_name varchar NOT NULL,
  national_reference varchar NOT NULL,
  handling_code varchar(2) NOT NULL DEFAULT 'H0' CHECK (handling_code IN ('H0', 'H1', 'H2', 'H3')),
  sharing varchar NOT NULL DEFAULT 'ALL_JURISDICTIONS'
    CHECK (sharing IN ('ALL_JURISDICTIONS', 'LISTED_JURISDICTIONS', 'OWNER_ONLY')),
  shared_with varchar[] NOT NULL DEFAULT '{}',
  reliability char(1) NOT NULL DEFAULT 'X' CHECK (reliability IN ('A', 'B', 'C', 'X')),
  accuracy smallint NOT NULL DEFAULT 4 CHECK (accuracy BETWEEN 1 AND 4),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  review_at timestamptz,
  expires_at timestamptz,
  UNIQUE (owner_jurisdiction, national_reference)`;

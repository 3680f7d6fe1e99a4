// Revocation columns of the provenance block (version 1), added to every record table by a migration of its own.
// Frozen: a later change gets a migration of its own, never an edit here. A revoked record is never returned again
// (shared/provenance.ts `notLapsedSql`); it stays in its table, with its versions, for the owner's own history.
export function addRevocationColumnsV1(table: string): string[] {
  return [
    `ALTER TABLE ${table}
       ADD COLUMN revoked_at timestamptz,
       ADD COLUMN revocation_reason varchar,
       ADD CONSTRAINT ${table.split('.')[1]}_revocation_reason CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))`,
  ];
}

export function dropRevocationColumnsV1(table: string): string[] {
  return [
    `ALTER TABLE ${table}
       DROP CONSTRAINT ${table.split('.')[1]}_revocation_reason,
       DROP COLUMN revocation_reason,
       DROP COLUMN revoked_at`,
  ];
}

/**
 * Entities another subgraph owns, as a subgraph that links to them knows them: by key only. The gateway resolves
 * the rest of the fields from the owning subgraph.
 */
export interface PersonReference {
  __typename?: 'Person';
  id: string;
}

export interface VehicleReference {
  __typename?: 'Vehicle';
  id: string;
}

export interface DocumentReference {
  __typename?: 'Document';
  id: string;
}

export interface SeizureReference {
  __typename?: 'Seizure';
  id: string;
}

import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { NO_HITS, rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import { PLATE_SCORE, VIN_SCORES, recognizeVehicleText, type VehicleSignal } from './recognize';

/** Longer text cannot hold a sensible query, and each of its words starts a few candidate runs. */
export const MAX_TEXT_LENGTH = 500;

export interface VehicleSearch {
  /** Who searches: only records they may see are ranked. */
  viewer: Principal;
  text?: string;
  jurisdictions: string[];
  type?: string;
  registrationCountry?: string;
  status?: string;
  make?: string;
  page: PageRequest;
  /** The caller's: aborted when it left before the answer, which stops the search's statement. */
  signal?: AbortSignal;
}

/**
 * Ranks vehicles for `searchVehicles` in one statement: every signal the free text holds (full VINs, VIN endings,
 * plates) is one candidate branch on its own index, all narrowed by the typed criteria. With no text, criteria alone
 * select.
 */
export async function searchVehicles(dataSource: DataSource, search: VehicleSearch): Promise<RankedPage> {
  const text = search.text?.trim();
  if (text && text.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`text must be at most ${MAX_TEXT_LENGTH} characters, got ${text.length}`, 'text');
  }
  const params = new SqlParams();
  const criteria: string[] = [];
  if (search.type) criteria.push(`v.type = ${params.add(search.type)}`);
  // Also what keeps plate matches to the registration country (index `vehicle_plate_normalized`).
  if (search.registrationCountry) criteria.push(`v.registration_country = ${params.add(search.registrationCountry)}`);
  if (search.status) criteria.push(`v.status = ${params.add(search.status)}`);
  if (search.make) criteria.push(`lower(v.make) = lower(${params.add(search.make)})`);
  const filters = [disclosableSql('v', search.viewer, params), ...criteria];
  if (search.jurisdictions.length) filters.push(`v.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  const where = filters.join(' AND ');

  if (text) {
    const signals = recognizeVehicleText(text);
    // Text with no VIN, VIN ending or plate in it (a name in a unified search) matches no vehicle.
    if (!signals.length) return NO_HITS;
    const branches = signals.map((signal) => signalSql(signal, params, where));
    return rankCandidates(dataSource, branches.join('\nUNION ALL\n'), params, search.page, { signal: search.signal });
  }
  if (!criteria.length) {
    throw badUserInput('give a VIN or registration plate in text, or at least one criterion', 'text');
  }
  return rankCandidates(
    dataSource,
    `SELECT v.id, 1.0 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL AS value
       FROM vehicles.vehicle v WHERE ${where}`,
    params,
    search.page,
    { signal: search.signal },
  );
}

/**
 * The candidate rows (`id, score, field, kind, value, note`) one signal yields, each branch on its own index:
 * `vehicle_vin_normalized`, `vehicle_vin_last8` / `vehicle_vin_last6`, `vehicle_plate_normalized`.
 */
function signalSql(signal: VehicleSignal, params: SqlParams, where: string): string {
  switch (signal.kind) {
    case 'VIN': {
      // Candidates are distinct, so a record's VIN finds its own score, kind and note by position.
      const vins = params.add(signal.candidates.map((candidate) => candidate.vin));
      const at = `array_position(${vins}::text[], v.vin_normalized::text)`;
      const scores = params.add(signal.candidates.map((candidate) => candidate.score));
      const kinds = params.add(signal.candidates.map((candidate) => candidate.kind));
      const notes = params.add(signal.candidates.map((candidate) => candidate.note));
      const typed = params.add(signal.typed);
      return `SELECT v.id, (${scores}::float8[])[${at}] AS score, 'vin' AS field,
                     CASE WHEN (${kinds}::text[])[${at}] = 'NORMALIZED' AND v.vin = ANY(${typed}::text[]) THEN 'EXACT'
                          ELSE (${kinds}::text[])[${at}] END AS kind,
                     v.vin AS value, (${notes}::text[])[${at}] AS note
                FROM vehicles.vehicle v
               WHERE v.vin_normalized = ANY(${vins}::text[]) AND ${where}`;
    }
    case 'PARTIAL_VIN': {
      // Reads as the index expression `right(vin_normalized, 8 | 6)` does, so the planner uses that index.
      const ending = `right(v.vin_normalized, ${signal.length})`;
      const note = params.add(
        signal.length === 8
          ? 'last 8 characters of the VIN (model year, plant and serial number)'
          : 'last 6 characters of the VIN (serial number)',
      );
      return `SELECT v.id, ${params.add(VIN_SCORES.partial[signal.length])}::float8 AS score, 'vin' AS field,
                     'PARTIAL' AS kind, v.vin AS value, ${note}::text AS note
                FROM vehicles.vehicle v
               WHERE ${ending} = ANY(${params.add(signal.endings)}::text[]) AND ${where}`;
    }
    case 'PLATE': {
      const typed = params.add(signal.typed);
      return `SELECT v.id, ${params.add(PLATE_SCORE)}::float8 AS score, 'registrationPlate' AS field,
                     CASE WHEN v.registration_plate = ANY(${typed}::text[]) THEN 'EXACT' ELSE 'NORMALIZED' END AS kind,
                     v.registration_plate AS value, NULL::text AS note
                FROM vehicles.vehicle v
               WHERE v.plate_normalized = ANY(${params.add(signal.normalized)}::text[]) AND ${where}`;
    }
  }
}

import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { NO_HITS, rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import { typoBranchSql, type TypoBranch } from '../../../../shared/identifier-typos';
import { UNIFIED_WARM_UP_TEXTS, type WarmUp } from '../../../../shared/warm-up';
import { PLATE_SCORE, partialVinScore, recognizeVehicleText, type VehicleSignal } from './recognize';

/** Longer text cannot hold a sensible query, and each of its words starts a few candidate runs. */
/** Equal scores: the most recently updated vehicle first, then the owner's reference (shared/search.ts). */
const TIE_RECORDS = { table: 'vehicles.vehicle' };

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

/** How the search pool is warmed (shared/warm-up.ts): a search of each kind of unified text. */
export const VEHICLE_SEARCH_WARM_UP: WarmUp = { texts: UNIFIED_WARM_UP_TEXTS, search: searchVehicles };

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
    return rankCandidates(dataSource, branches.join('\nUNION ALL\n'), params, search.page, {
      signal: search.signal,
      tieRecords: TIE_RECORDS,
    });
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
    { signal: search.signal, tieRecords: TIE_RECORDS },
  );
}

/**
 * The candidate rows (`id, score, field, kind, value, note`) one signal yields, each branch on its own index:
 * `vehicle_vin_normalized`, `vehicle_vin_reversed`, `vehicle_plate_normalized`, and for typos
 * `vehicle_vin_deletion_key`, `vehicle_plate_deletion_key`.
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
      // Index `vehicle_vin_reversed`: the ending reversed is a prefix of the VIN reversed, read as the range from the
      // prefix up to (not including) the prefix with its last character the next one (byte order, `~>=~` `~<~`).
      const reversed = signal.endings.map((ending) => [...ending].reverse().join(''));
      const upTo = reversed.map(
        (prefix) => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1),
      );
      const endings = `unnest(${params.add(reversed)}::text[], ${params.add(upTo)}::text[],
                              ${params.add(signal.endings.map((ending) => partialVinScore(ending.length)))}::float8[],
                              ${params.add(signal.endings.map(partialVinNote))}::text[]) AS e (low, high, score, note)`;
      return `SELECT v.id, e.score, 'vin' AS field, 'PARTIAL' AS kind, v.vin AS value, e.note
                FROM ${endings}
                JOIN vehicles.vehicle v
                  ON reverse(v.vin_normalized) ~>=~ e.low AND reverse(v.vin_normalized) ~<~ e.high
               WHERE ${where}`;
    }
    case 'PLATE': {
      const typed = params.add(signal.typed);
      return `SELECT v.id, ${params.add(PLATE_SCORE)}::float8 AS score, 'registrationPlate' AS field,
                     CASE WHEN v.registration_plate = ANY(${typed}::text[]) THEN 'EXACT' ELSE 'NORMALIZED' END AS kind,
                     v.registration_plate AS value, NULL::text AS note
                FROM vehicles.vehicle v
               WHERE v.plate_normalized = ANY(${params.add(signal.normalized)}::text[]) AND ${where}`;
    }
    case 'VIN_TYPO':
      // A VIN the VIN branch finds (index `vehicle_vin_normalized`), as typed or with I/O/Q read, is left to it.
      return typoBranchSql(
        {
          ...VEHICLE_TYPOS,
          field: 'vin',
          typed: signal.typed,
          identifier: 'vin_normalized',
          value: 'vin',
          keys: 'vehicles.vehicle_vin_deletion',
          exactHit: (typed) => `EXISTS (SELECT 1 FROM vehicles.vehicle v
                                         WHERE v.vin_normalized IN (${typed}, translate(${typed}, 'IOQ', '100')) AND ${where})`,
          where,
        },
        params,
      );
    case 'PLATE_TYPO':
      // A plate the PLATE branch finds (index `vehicle_plate_normalized`) is left to it.
      return typoBranchSql(
        {
          ...VEHICLE_TYPOS,
          field: 'registrationPlate',
          typed: signal.typed,
          identifier: 'plate_normalized',
          value: 'registration_plate',
          keys: 'vehicles.vehicle_plate_deletion',
          exactHit: (typed) =>
            `EXISTS (SELECT 1 FROM vehicles.vehicle v WHERE v.plate_normalized = ${typed} AND ${where})`,
          where,
        },
        params,
      );
  }
}

const VEHICLE_TYPOS = { records: 'vehicles.vehicle', alias: 'v', recordId: 'vehicle_id' } satisfies Partial<TypoBranch>;

/** What an ending of this length of a VIN holds (ISO 3779: positions 10 model year, 11 plant, 12-17 serial). */
function partialVinNote(ending: string): string {
  const held: Record<number, string> = {
    5: 'part of the serial number',
    6: 'serial number',
    7: 'plant and serial number',
    8: 'model year, plant and serial number',
  };
  return `last ${ending.length} characters of the VIN (${held[ending.length] ?? `positions ${18 - ending.length}–17`})`;
}

import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import { notLapsedSql } from '../../../../shared/provenance';
import { rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import { recognizeVehicleText, type VehicleSignal } from './recognize';

/** Longer text cannot hold a sensible query, and every run of its words becomes a candidate. */
export const MAX_TEXT_LENGTH = 500;

export interface VehicleSearch {
  text?: string;
  jurisdictions: string[];
  type?: string;
  registrationCountry?: string;
  status?: string;
  make?: string;
  page: PageRequest;
}

/**
 * Ranks vehicles for `searchVehicles`: every signal the free text holds (VINs, plates) is one candidate branch on its
 * normalized index, all narrowed by the typed criteria. With no text, criteria alone select.
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
  const filters = [notLapsedSql('v'), ...criteria];
  if (search.jurisdictions.length) filters.push(`v.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  const where = filters.join(' AND ');

  if (text) {
    const signals = recognizeVehicleText(text);
    // Text with neither a VIN nor a plate in it (a name in a unified search) matches no vehicle.
    if (!signals.length) return { hits: [], totalCount: 0 };
    const branches = signals.map((signal) => signalSql(signal, params, where));
    return rankCandidates(dataSource, branches.join('\nUNION ALL\n'), params, search.page);
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
  );
}

/** The candidate rows (`id, score, field, kind, value`) one signal yields; EXACT when typed as the owner recorded it. */
function signalSql(signal: VehicleSignal, params: SqlParams, where: string): string {
  const normalized = params.add(signal.normalized);
  const typed = params.add(signal.typed);
  switch (signal.kind) {
    case 'VIN':
      return `SELECT v.id, 1.0 AS score, 'vin' AS field,
                     CASE WHEN v.vin = ANY(${typed}) THEN 'EXACT' ELSE 'NORMALIZED' END AS kind, v.vin AS value
                FROM vehicles.vehicle v
               WHERE v.vin_normalized = ANY(${normalized}) AND ${where}`;
    case 'PLATE':
      return `SELECT v.id, 1.0 AS score, 'registrationPlate' AS field,
                     CASE WHEN v.registration_plate = ANY(${typed}) THEN 'EXACT' ELSE 'NORMALIZED' END AS kind,
                     v.registration_plate AS value
                FROM vehicles.vehicle v
               WHERE v.plate_normalized = ANY(${normalized}) AND ${where}`;
  }
}

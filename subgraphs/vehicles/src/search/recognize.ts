import { normalizePlate, normalizeVin } from './normalize';

export const VIN_LENGTH = 17;
export const PLATE_LENGTH = { min: 2, max: 10 };

/** Identifiers of one kind read from the free text: normalized for the index, and as typed to tell EXACT matches. */
export interface IdentifierSignal {
  kind: 'VIN' | 'PLATE';
  normalized: string[];
  typed: string[];
}

/** What the free text of a vehicle search holds; each signal is searched by its own SQL branch. */
export type VehicleSignal = IdentifierSignal;

/**
 * Reads the free text of a vehicle search. Officers type identifiers with or without spaces and dashes
 * (`WVW ZZZ 1JZ XW 000001`, `B-MW 1234`), so every run of consecutive words is tried, normalized: a run of exactly
 * 17 characters is a VIN candidate, one of 2 to 10 characters a plate candidate. Runs include each single word and,
 * when short enough, the whole text.
 */
export function recognizeVehicleText(text: string): VehicleSignal[] {
  const vins = new SignalBuilder('VIN');
  const plates = new SignalBuilder('PLATE');
  const words = [...text.matchAll(/[^\s,;]+/g)];
  for (let first = 0; first < words.length; first++) {
    for (let last = first; last < words.length; last++) {
      const typed = text.slice(words[first].index, words[last].index + words[last][0].length);
      const vin = normalizeVin(typed);
      const plate = normalizePlate(typed);
      if (vin.length === VIN_LENGTH) vins.add(vin, typed);
      if (plate.length >= PLATE_LENGTH.min && plate.length <= PLATE_LENGTH.max) plates.add(plate, typed);
      // Runs only grow as words are added: stop once too long for either identifier.
      if (vin.length > VIN_LENGTH && plate.length > PLATE_LENGTH.max) break;
    }
  }
  return [vins.build(), plates.build()].filter((signal): signal is VehicleSignal => signal !== undefined);
}

class SignalBuilder {
  private readonly normalized = new Set<string>();
  private readonly typed = new Set<string>();

  constructor(private readonly kind: VehicleSignal['kind']) {}

  add(normalized: string, typed: string): void {
    this.normalized.add(normalized);
    this.typed.add(typed);
  }

  build(): VehicleSignal | undefined {
    return this.normalized.size
      ? { kind: this.kind, normalized: [...this.normalized], typed: [...this.typed] }
      : undefined;
  }
}

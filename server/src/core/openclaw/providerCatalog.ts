/**
 * What OpenClaw knows about model providers without any configuration, for completion: the provider
 * ids (built-in overlays and bundled plugins' providers) and the bundled plugins' static model
 * catalogs, all generated from the pinned OpenClaw package into openclawData.json
 * (scripts/openclaw-data/update.mjs).
 */
import data from "./openclawData.json";
import { BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS, KNOWN_MODEL_PROVIDER_IDS, OPENCLAW_DATA_VERSION } from "./openclawData";

export interface CatalogModel {
  id: string;
  name?: string;
  /** `deprecated` or `preview` when the manifest says so. */
  status?: string;
  input?: string[];
  contextWindow?: number;
  reasoning?: boolean;
}

export interface BundledCatalog {
  /** The bundled plugin whose manifest holds the catalog. */
  plugin: string;
  baseUrl?: string;
  api?: string;
  models: CatalogModel[];
}

/** The OpenClaw version the data was generated from. */
export const CATALOG_OPENCLAW_VERSION: string = OPENCLAW_DATA_VERSION;

/** Ids that may be configured under `models.providers` without baseUrl/models (overlays of providers OpenClaw knows). */
export const BUILT_IN_PROVIDER_IDS: ReadonlySet<string> = BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS;

/** The bundled plugins' static model catalogs by provider id (others discover their models at runtime). */
export const BUNDLED_CATALOGS: ReadonlyMap<string, BundledCatalog> = new Map(Object.entries(data.modelCatalogs as Record<string, BundledCatalog>));

/** Every provider id OpenClaw knows out of the box, sorted. */
export function knownProviderIds(): string[] {
  return [...KNOWN_MODEL_PROVIDER_IDS].sort();
}

import type { TradeGroup } from '@/lib/dictionary/schema';

/** Where a taxon sits, as the checklist gives it (plants have no class there). */
export interface Placement {
  kingdom: 'Animalia' | 'Plantae';
  class?: string;
  order?: string;
  family?: string;
  genus?: string;
  /** The taxon's own name, so a family or order row can be placed by itself. */
  name: string;
}

/** Genera CITES lists chiefly for their wood (rosewoods, mahoganies, ebonies, ramin, agarwood…). */
const TIMBER_GENERA = new Set([
  'Abies',
  'Aquilaria',
  'Araucaria',
  'Cedrela',
  'Dalbergia',
  'Diospyros',
  'Dipteryx',
  'Fitzroya',
  'Fraxinus',
  'Gonystylus',
  'Guaiacum',
  'Guibourtia',
  'Gyrinops',
  'Pericopsis',
  'Pilgerodendron',
  'Pinus',
  'Platymiscium',
  'Podocarpus',
  'Pterocarpus',
  'Swietenia',
  'Taxus',
  'Bulnesia',
  'Caesalpinia',
  'Paubrasilia',
  'Aniba',
  'Osyris',
]);

/** The big cats researchers track apart from the small felids. */
const BIG_CAT_GENERA = new Set(['Panthera', 'Acinonyx', 'Neofelis', 'Uncia']);

const MAMMAL_FAMILIES: Record<string, TradeGroup> = {
  Elephantidae: 'elephants',
  Ursidae: 'bears',
  Rhinocerotidae: 'rhinos',
  Manidae: 'pangolins',
};

const MARINE_TURTLE_FAMILIES = new Set(['Cheloniidae', 'Dermochelyidae']);
const FISH_CLASSES = new Set(['Actinopteri', 'Elasmobranchii', 'Coelacanthi', 'Dipneusti', 'Sarcopterygii']);
const CORAL_CLASSES = new Set(['Anthozoa', 'Hydrozoa']);

function mammalGroup(p: Placement): TradeGroup {
  if (p.order === 'Primates') return 'primates';
  if (p.order === 'Pholidota') return 'pangolins';
  const family = p.family ? MAMMAL_FAMILIES[p.family] : undefined;
  if (family) return family;
  if (BIG_CAT_GENERA.has(p.genus ?? p.name.split(' ')[0]!)) return 'big-cats';
  return 'other-mammals';
}

/**
 * The trade group a checklist taxon counts under, from its place in the tree.
 * @example tradeGroupOf({ kingdom: 'Animalia', class: 'Reptilia', order: 'Testudines', family: 'Cheloniidae', name:
 * 'Chelonia mydas' })
 * // 'marine-turtles'
 */
export function tradeGroupOf(p: Placement): TradeGroup {
  if (p.kingdom === 'Plantae') return TIMBER_GENERA.has(p.genus ?? p.name.split(' ')[0]!) ? 'timber' : 'plants';
  switch (p.class) {
    case 'Mammalia':
      return mammalGroup(p);
    case 'Aves':
      return 'birds';
    case 'Amphibia':
      return 'amphibians';
    case 'Reptilia':
      return p.family && MARINE_TURTLE_FAMILIES.has(p.family) ? 'marine-turtles' : 'reptiles';
  }
  if (p.class && FISH_CLASSES.has(p.class)) return 'fish';
  if (p.class && CORAL_CLASSES.has(p.class)) return 'corals';
  return 'invertebrates';
}

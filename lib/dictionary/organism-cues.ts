import type { CueText } from '@/lib/dictionary/senses';

/**
 * Words of the kinds of organism that share a Latin genus name with a listed one (namesake-genus.ts): the checklist's
 * Sarcophyton is an orchid and the reef keeper's a leather coral; its Turbinaria a stony coral and the gardener's a
 * brown seaweed; its Cantharellus a mushroom coral and the cook's chanterelle. Authored for Spoor (issue 13, branch
 * checklist30) from general knowledge of reef keeping, seaweeds and mushrooms in the eight languages. German and
 * Dutch write the kinds of coral and seaweed as compounds, so their common compounds are listed whole; their mushroom
 * words are whole words, since the mushroom corals are "Pilzkoralle" and "paddenstoelkoraal".
 */
export const ORGANISM_CUES: Record<'reef' | 'seaweed' | 'mushroom', CueText> = {
  // Reef keeping: the coral, the reef, the aquarium and the polyp.
  reef: {
    en: 'coral corals reef reefs aquarium* aquaria polyp* frag frags fragged lps sps saltwater',
    fr: 'corail coraux récif* aquarium* polype* lps sps',
    de: `koralle* korallen* lederkoralle* weichkoralle* steinkoralle* riff* meerwasser* aquarium* aquarien polyp*
      lps sps`,
    nl: 'koraal* koralen lederkoraal* zachtkoraal* steenkoraal* rif riffen zeewater* aquarium* aquaria poliep* lps sps',
    es: 'coral corales arrecife* acuario* pólipo* lps sps',
    it: 'corallo coralli acquario* polipo polipi lps sps',
    pl: 'koral* koralowc* rafa rafy rafie rafę akwari* polip* lps sps',
    ru: 'коралл* риф* аквариум* полип*',
  },
  // Seaweeds, sold dried as food, fertiliser or cosmetics.
  seaweed: {
    en: 'seaweed* alga algae algal kelp',
    fr: 'algue* varech goémon*',
    de: 'alge algen braunalge* meeresalge* trockenalge* seetang tang',
    nl: 'zeewier* wier alg algen bruinwier*',
    es: 'alga algas',
    it: 'alga alghe',
    pl: 'glon glony glonów glonami wodorost*',
    ru: 'водоросл* ламинари*',
  },
  // Mushrooms, picked and cooked.
  mushroom: {
    en: 'mushroom* fungus fungi chanterelle* girolle* porcini truffle* soup* risotto',
    fr: 'champignon* girolle* chanterelle* cèpe* truffe* soupe* velouté* potage*',
    de: 'pilz pilze pilzen pfifferling* steinpilz* trüffel* suppe* risotto',
    nl: 'paddenstoel paddenstoelen champignon* truffel* soep* risotto',
    es: 'seta setas hongo hongos champiñon* rebozuelo* níscalo* trufa* sopa* risotto',
    it: 'fungo funghi finferl* porcin* tartuf* zuppa* minestr* risotto',
    pl: 'grzyb* kurki kurek borowik* trufl* zupa* zupy zupę risotto',
    ru: 'гриб* лисичк* трюфел* суп супа супом ризотто',
  },
};

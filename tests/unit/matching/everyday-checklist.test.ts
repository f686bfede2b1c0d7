import { openAsBlob } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary, type CompiledDictionary } from '@/lib/matching/compile';
import { createMatcher, type Matcher } from '@/lib/matching/matcher';
import { sharedDataPath } from '../../shared-data';

// The full 2017 checklist merged with the bundled list, as a researcher's import makes it.
let compiled: CompiledDictionary;
let matcher: Matcher;
beforeAll(async () => {
  const file = await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz'));
  const { dictionary } = await importChecklistFile(file, { listingsAsOf: '2017-04-21' });
  compiled = compileDictionary(mergeWithBundled(loadBundledDictionary(), dictionary));
  matcher = createMatcher(compiled);
}, 300_000);

const found = (text: string) => matcher.find(text).map((match) => text.slice(match.start, match.end));

describe('checklist names spelled like everyday words', () => {
  it('are found by the general rule, whichever list they come from', () => {
    const listed = new Set(
      compiled.everyday.map(([term]) => `${compiled.terms[term]!.lang}:${compiled.terms[term]!.text}`),
    );
    for (const name of [
      'la:Vanilla',
      'la:Pan',
      'la:Puma',
      'la:Aa',
      'en:Ora',
      'en:Elk',
      'es:Cui',
      'fr:Once',
      'fr:Patas',
    ]) {
      expect(listed).toContain(name);
    }
  });

  it('are few: every other name matches as before', () => {
    const taxonTerms = compiled.terms.filter((term) => compiled.entries[term.entry]!.kind === 'taxon').length;
    console.info(
      `checklist + bundled: ${compiled.everyday.length} of ${taxonTerms} taxon names need context or a language`,
    );
    expect(compiled.everyday.length / taxonTerms).toBeLessThan(0.01);
  });

  // Written for this test: ordinary sentences where a checklist name is an everyday word, in all eight languages.
  it.each([
    ['en', 'Vanilla ice cream with fresh berries and a biscuit.'],
    ['en', 'Puma running shoes, size 42, worn twice.'],
    ['en', 'AA batteries, pack of four, long life.'],
    ['en', 'Once you sign in, your basket is saved.'],
    ['it', 'Ora è il momento di rinnovare la cucina.'],
    ['it', 'Il libro di cui ti ho parlato è sul tavolo.'],
    ['es', 'Las patas de la mesa son de madera maciza.'],
    ['es', 'Pan casero recién horneado, cada mañana.'],
    ['nl', 'Elk jaar komen er nieuwe modellen in de winkel.'],
    ['fr', 'Une gousse de vanille et un peu de sucre pour la crème.'],
    ['de', 'Die neue Puma-Kollektion ist ab heute im Laden.'],
    ['pl', 'Pan Nowak sprzedaje rower w dobrym stanie.'],
    ['ru', 'Продаю кроссовки Puma, размер 42, почти новые.'],
    ['en', 'Hand-carved tagua nut pendants, the vegetable ivory of the Andes.'],
    ['en', 'Our two cats sleep on the new scratching post all day.'],
    ['en', 'On the boat trip we saw dolphins, and whales further out.'],
    ['es', 'Los gatos y los perros son bienvenidos en el hotel.'],
    ['es', 'Aretes de tagua tallada a mano, marfil vegetal de Ecuador.'],
    // Checklist names in idioms, team and ship names (branch fresh9).
    ['es', 'Después del partido de pádel tenía un hambre de lobo.'],
    ['fr', 'Les Dragons de Catalogne ont battu Toulouse au stade Gilbert-Brutus.'],
    ['fr', 'Le vieux voilier Albatros reprend la mer cet été avec ses bénévoles.'],
    // Names that Debian's spelling lists hold as words or proper names (branch checklist14).
    ['es', 'Recuerda el cambio de huso horario antes de la llamada.'],
    ['en', 'The old Opel Manta is back on the road after the restoration.'],
    ['nl', 'Het circus komt dit jaar weer naar het dorpsplein.'],
    ['de', 'Glückwunsch an Ada und Elvira zum bestandenen Examen.'],
    ['es', 'Hoy estoy un poco perezoso, mañana limpio la cocina.'],
    ['fr', 'Il a mis son petit magot de côté pour les vacances.'],
    // The French name of the drill takes an -s that makes the English plural (branch mixed33).
    ['en', 'Cordless drills and impact drivers, both with two batteries and a charger.'],
    ['en', 'Fire drills are held each term so the pupils know the way out.'],
    // Names as people's and places' names, cues of another language, accents (branch checklist16).
    ['es', 'La notaria, la señora Isard, firmó ayer la escritura de la casa.'],
    ['en', 'Minutes of the allotment committee: apologies from Pedro Yak and Anna Coffre.'],
    ['it', 'Tanti auguri a Marta e Loris Lingo per le nozze di sabato in municipio.'],
    ['nl', 'Hij werd in 1875 geboren te Marl, als zoon van Jan Coffre en Anna Yak.'],
    ['fr', 'Napoléon et Angèle ont repris la boulangerie de la rue Victor-Hugo.'],
    ['en', 'Tonight the jazz trio of Tomas Vera and Lisa Marl plays at the Crown.'],
    // An Italian everyday word, a title, a list of people's names (branch checklist17).
    ['it', 'Il giardiniere ha scavato una fossa per piantare il nuovo ciliegio.'],
    ['pl', 'Pan Wilk z trzeciego piętra prosi o ciszę po dwudziestej drugiej.'],
    ['fr', 'Témoins à l’audience : Dupuis, Magot, Marchand et Lelong, tous voisins du quai.'],
    // A ranking's names, retail products the Convention exempts, a dish (branch checklist19).
    ['es', 'Natación, 100 braza: 1. Rea Capra 1:25,77; 2. Ada Lince 1:26,02; 3. Vanda Lobo 1:27,40.'],
    ['en', 'Lip balm with candelilla wax and shea butter, 4.8 g stick.'],
    ['es', 'Bálsamo labial con cera de candelilla y vainas de vainilla, 10 ml.'],
    ['it', 'Ricetta: anguilla marinata con alloro e aceto, servita fredda.'],
    // The checklist's plural of a garden plant, pot cyclamens, a blazon's tinctures, a terrarium's den (checklist20).
    ['fr', 'Conseil du mois : taillez les euphorbes fanées au jardin et arrosez peu en hiver.'],
    ['es', 'En marzo conviene podar las euforbias del jardín y abonar los rosales.'],
    ['de', 'Alpenveilchen mögen es kühl: nie über dem Heizkörper aufstellen und nur von unten gießen.'],
    ['it', 'I ciclamini soffrono il caldo: teneteli lontano dal termosifone.'],
    ['en', 'Arms granted in 1587: Azure, an eagle displayed Or, langued Gules.'],
    ['it', 'Geco leopardino maschio, mangia grilli, ceduto con terrario, tappetino riscaldante e tana.'],
    // Names in quotation marks, birth names, a death notice's surname in capitals, a pot plant, a dish (checklist21).
    ['ru', 'С декабря «Сапсан» из Москвы в Петербург пойдёт по новому расписанию.'],
    ['ru', 'Продаю ящик пива «Три медведя», 20 бутылок, самовывоз.'],
    ['de', 'Getauft wurde Anna, Tochter von Johann Adler und Maria Adler geb. Falke.'],
    ['pl', 'Zmarła Janina Wilk z d. Sokół, lat 80, pogrzeb w sobotę o jedenastej.'],
    ['en', 'FALCON, Margaret Rose. Died peacefully at home, aged 88, beloved wife of Tom.'],
    ['fr', 'Vends Dracaena marginata de deux mètres, cause déménagement.'],
    ['es', 'Mejillones tigre: se rellenan las conchas con bechamel y se fríen.'],
    ['fr', 'Pour lessiver le plafond, prenez une tête-de-loup et un seau d’eau tiède.'],
    // Scorers before their minute, a widow's married name, streets of several words, a
    // glider, a common name opening an unlisted binomial in brackets (checklist22).
    ['es', "Tercera: CD Olmedo 2-1 UD Sauce (Lobo 23', Halcón 70'; Pérez 81')."],
    ['it', 'Si è spenta a 90 anni Maria Pavone ved. Falco; il rosario sarà recitato stasera.'],
    ['fr', 'Pour le marché, stationnez avenue de l’Aigle-Noir ou rue des Lilas.'],
    ['fr', 'Le cortège passera par la rue du Grand-Duc, puis par la place de la mairie.'],
    ['pl', 'Szybowiec Puchacz, nalot 900 godzin, przegląd ważny do lipca.'],
    ['en', 'Our houseplant of the week is the Norfolk Island conifer (Araucaria heterophylla), £15.'],
    // A cosmetic's INCI names, stains and varnishes named for their wood's shade (checklist23).
    ['en', 'Night cream: Aqua, Glycerin, Cymbidium Grandiflorum Flower Extract, Panax Ginseng Root Extract, Parfum.'],
    ['de', 'Handcreme mit Vanilla Planifolia Fruit Extract und Aloe Barbadensis Leaf Juice, 75 ml.'],
    ['fr', 'Baume à lèvres : Ricinus Communis Seed Oil, Euphorbia Cerifera Cera, Tocopherol.'],
    ['es', 'Para la puerta: dos manos de barniz caoba y una de tinte palisandro, lijando entre capas.'],
    ['nl', 'Voor de tuinbank gebruiken we beits in de tint mahonie, twee lagen.'],
    ['pl', 'Na płot poszła bejca w kolorze palisander i lakier bezbarwny.'],
    ['ru', 'Для двери взяли морилку «палисандр» и матовый лак.'],
    ['fr', 'Pour la table de jardin, une lasure acajou suffit.'],
    // The florist's pot cyclamen, a cyclamen shade, the prickly pear's oil and jam (checklist24).
    ['en', 'Garden centre this week: cyclamen in red and white, winter pansies and heathers.'],
    ['fr', 'Chez le fleuriste : cyclamens de Perse en pot, rouges ou blancs, à 4 € pièce.'],
    ['nl', 'Tuincentrum: cyclaam in pot, wit of roze, drie voor tien euro.'],
    ['es', 'Esmalte de uñas en tono ciclamen, acabado brillo, 8 ml.'],
    ['en', 'Opuntia seed oil serum, 30 ml, for face and hands.'],
    ['es', 'Mermelada de Opuntia casera, tarro de 250 g.'],
    // The currency under its full name, which is also the bird's Spanish name in the checklist (checklist24).
    ['es', 'Tipos de cambio de hoy: el quetzal guatemalteco cotiza a 0,12 euros, el peso mexicano a 0,05.'],
    // The checklist capitalises every name: a lone capital is no sign of the name itself, so a name in mid-sentence
    // is a person's or a place's as a bundled one would be (checklist25).
    ['es', 'La contraseña del servidor Apolo caduca el viernes; cambiadla antes de salir.'],
    ['es', 'Nos vemos en la ermita de san Cristóbal a las doce, después comemos en el merendero.'],
    // Italian words the checklist's names spell: a cupboard door, costs (checklist25).
    ['it', 'Il preventivo elenca i costi della manodopera e del materiale, IVA esclusa.'],
    ['it', "Pensile da cucina con un'anta in vetro satinato e due ripiani regolabili."],
    // Polish 'Mr' before a name is no genus Pan, whatever animals the sentence names (checklist26).
    ['pl', 'Pan Zdzisław wrócił z targu bez zwierząt, bo kury zostały u brata.'],
    ['pl', 'Na zebraniu głos zabrali pan Ryszard Kos i pani Beata Gil.'],
    // The plural of an everyday word the checklist's name spells is an everyday word too (checklist26).
    ['es', 'En la plaza los pinos dan sombra a los bancos toda la tarde.'],
    ['en', 'Tall pines line the lane up to the reservoir car park.'],
    // A given name the checklist gives as a Spanish name (checklist26).
    ['de', 'Anmeldung zum Schachturnier bei Anas Berisha bis Freitag.'],
    // Pupils, whose French word folds to "élevés", bred (checklist26).
    ['fr', 'Liste des élèves : Nestor Diallo, Paul Girard ; rentrée lundi.'],
    ['fr', 'Les élèves de la classe de Vanda Moreau partent en classe verte.'],
    // A chess club's players: chess is a cue for ivory alone (chess26).
    ['en', 'Chess club ladder: Ada Brennan drew with Nestor Kaye on board two; blitz night is next Friday.'],
    // Players' surnames in line-ups and results lists, whatever their neighbours' names (chess26).
    ['es', 'Alineación del domingo: Lobo en la portería, Cordero, Garza y Martínez atrás, Pardo arriba.'],
    ['fr', 'Composition : Faucon dans les buts, Caille, Duval et Girard en défense, Pinson devant.'],
    ['de', 'Vereinsmeisterschaft Kegeln: Adler 801 Holz, Kranich 788, Sperling 770, Geier 752.'],
    ['nl', 'Opstelling zaterdag: Valk; De Vos, Havik, Reiger; Arend, Uil, Kraai.'],
    // Cultivars, horses and boats named in single quotation marks, straight or curly (checklist27).
    [
      'en',
      "Seed catalogue: Canna 'Tropical Tiger', Heuchera 'Black Coral' and Coleus 'Dragon Heart', three pounds a pack.",
    ],
    ['es', "En el hipódromo de Madrid 'Cóndor' ganó a 'Jaguar' por una cabeza bajo la lluvia."],
    ['nl', 'Kwekerij: Heuchera ‘Black Coral’ en Hosta ‘Tiger Eyes’ in de aanbieding.'],
    // Checklist genera that name something else more often: a mushroom, a book's last page, an airline (checklist27).
    ['en', 'Chanterelle season: Cantharellus cibarius on toast with garlic butter, every Friday.'],
    ['fr', "Colophon : achevé d'imprimer en mars sur les presses de l'atelier."],
    ['en', 'Condor flight to Palma boarding at gate 9.'],
    // Genera that are given names, a wine and a typeface, a beer, a dragon of fiction, an aircraft maker (checklist28).
    ['en', 'Wedding stationery: names in Constantia italic, the order of service in a plain sans serif.'],
    ['it', 'Stasera al pub c’è la Salvator alla spina e panini caldi fino a mezzanotte.'],
    ['en', 'In the last chapter Smaug wakes and flies south towards the lake town.'],
    ['de', 'Zum Namenstag gratulieren wir Pleione und ihrem Bruder ganz herzlich.'],
    ['en', 'Jabiru J230 microlight, 600 hours, hangared at the club strip, annual due in May.'],
    // A boat's name in French guillemets set off by spaces, and in German quotation marks (checklist28).
    ['fr', 'Le chalutier « Grampus » rentre au port ce soir avec sa pêche.'],
    ['fr', 'Le bateau-école « Pyxis » accueille les scouts tout l’été.'],
    ['de', 'Die Barkasse »Grampus« legt um 14 Uhr an den Landungsbrücken ab.'],
    // Constellations and a planetarium's show, and fruit of the same genera in a recipe (checklist28).
    ['es', 'En el planetario vimos la constelación de Pyxis junto a la de la Popa.'],
    ['pl', 'W planetarium pokazano gwiazdozbiór Pyxis, czyli Kompas, obok Rufy.'],
    ['en', 'Dessert: roasted Diospyros kaki with honey, and coffee.'],
    // Another species of a plant genus listed through one species: wild yam, ube (checklist29).
    ['en', 'Our flour is milled from Dioscorea alata grown on the family farm.'],
    // A child's word in another item of a list is no young animal's for a brand (checklist29).
    ['es', 'Regalo mochila Quechua, cuna de bebé y un carrito.'],
    ['fr', 'Vends sac Quechua, body de bébé et poussette.'],
    // Given names in a family notice: the birth is a child's (checklist29).
    ['it', 'Fiocco azzurro: Nestor ed Elvira annunciano la nascita del fratellino.'],
    ['fr', "Nestor et Elvira ont la joie d'annoncer la naissance de leur fils."],
    // A drink on a menu, glossed with its ingredients (checklist29).
    ['en', 'Bar list: the Caracara (rum, lime, sugar) and a dry martini.'],
    // Spirits gloss a drink as the kitchen's words gloss a dish (checklist29b).
    ['de', 'Barkarte: Caracara (Whisky, Honig, Zitrone) für neun Euro.'],
    ['ru', 'Коктейли: Caracara (ром, маракуйя, лёд) за 400 рублей.'],
    // A genus as the source of the alkaloid named after it, in a pharmacology text (checklist29b).
    ['en', 'Lecture notes: galantamine, an alkaloid isolated from Galanthus, slows dementia.'],
    ['de', 'Vorlesung: Galantamin, ein Alkaloid aus Galanthus, hemmt die Cholinesterase.'],
    ['ru', 'Лекция: галантамин, алкалоид из Galanthus, назначают при деменции.'],
    // A genus declined like a noun is the thing its name collides with, declined: chanterelles (checklist30).
    ['de', 'Heute frisch vom Markt: Cantharellen mit Speck und Zwiebeln, dazu Brot.'],
    // A plant's genus among reef words, a coral's among seaweed, mushroom or kitchen words (checklist30).
    ['en', 'Reef tank clear-out: Sarcophyton toadstool frag on a plug, polyps fully out.'],
    ['fr', 'Bac récifal: Sarcophyton en bouture, polypes bien sortis, 10 €.'],
    ['en', 'Kelp meal with Turbinaria, a brown alga from Tahiti, for the vegetable beds.'],
    ['es', 'Algas secas de Turbinaria para abonar el huerto, recogidas en la playa.'],
    // A genus alone as the name of a product beside its trade's words: a vector database, a car (check35).
    ['en', 'We moved the embeddings to Milvus and the query latency halved on the same server.'],
    ['de', 'Die Suche läuft jetzt auf Milvus als Vektordatenbank, installiert per Docker.'],
  ])('%s: "%s" stays quiet', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['en', 'Puma cub, captive bred, sold with CITES permit.', 'Puma'],
    ['en', 'Vanilla planifolia orchid, wild collected, for sale.', 'Vanilla planifolia'],
    ['fr', "L'once est une espèce de grand félin des montagnes d'Asie centrale.", 'once'],
    ['en', 'The Tagua, a peccary of the dry Chaco, was known from fossils until 1972.', 'Tagua'],
    ['es', 'Piel de lobo auténtica con cabeza, antiguo trofeo de caza.', 'lobo'],
    ['en', 'Komodo dragon hatchling, captive bred, with CITES paperwork.', 'Komodo dragon'],
    ['fr', "Un albatros à queue courte a été vu au large de l'île.", 'albatros'],
    ['es', 'Cría de perezoso de dos dedos confiscada en el aeropuerto con otros animales silvestres.', 'perezoso'],
    ['en', 'The fossa is the largest carnivore of Madagascar, a wild predator of lemurs.', 'fossa'],
    ['en', 'Selling my Sulcata Tortoise, captive bred, eight years old, with paperwork.', 'Sulcata'],
    ['fr', 'Vends une Orchidée Dracula vampira adulte, cultivée en serre.', 'Dracula vampira'],
    ['pl', 'Sprzedam siewki Masdevallii w kolbie, kilkanaście roślinek.', 'Masdevallii'],
    ['en', 'Rooted Opuntia pads from my cactus collection, posted in a box.', 'Opuntia'],
    ['en', 'Customs seized glass eels of the genus Anguilla packed in suitcases.', 'Anguilla'],
    ['fr', 'Euphorbes succulentes de Madagascar déterrées dans la nature, lot de dix plantes.', 'Euphorbes'],
    ['de', 'Alpenveilchen aus Wildsammlung, in der Türkei ausgegraben, 50 Knollen.', 'Alpenveilchen'],
    ['en', 'Antique carved ivory figure of an eagle, Meiji period, with old label.', 'eagle'],
    ['en', 'Caiman lizard, Dracaena guianensis, captive bred juvenile with paperwork.', 'Dracaena guianensis'],
    ['ru', 'Продаю шкуру медведя «с головой», выделанную, 2 метра.', 'медведя'],
    ['de', 'Verkaufe Steinadler-Präparat, alter Bestand, mit Bescheinigung der Behörde.', 'Steinadler'],
    ['fr', 'Vends tête de loup naturalisée, ancienne, belle pièce de chasse.', 'loup'],
    ['es', 'Vendo plántula de Araucaria de dos años, semilla de Chile.', 'Araucaria'],
    ['pl', 'Sprzedam wypchanego puchacza, stary okaz z lat 70.', 'puchacza'],
    // A binomial in a seller's title case, and the wood sold as timber, still name the listed plant (checklist23).
    ['en', 'Vanilla Planifolia Cuttings, rooted, three nodes each, posted.', 'Vanilla Planifolia'],
    ['es', 'Vendo tablones de caoba maciza para guitarra, secados diez años.', 'caoba'],
    ['fr', 'Vends placage de palissandre de Rio pour lutherie, vingt feuilles.', 'palissandre'],
    // The wild cyclamen's tubers, the cactus's pads and the quetzal's feathers are the listed taxa (checklist24).
    ['en', 'Wild-collected Cyclamen tubers from Turkey, 50 pieces.', 'Cyclamen'],
    ['it', 'Tuberi di Cyclamen raccolti in natura, venti pezzi.', 'Cyclamen'],
    ['de', 'Bewurzelte Opuntia-Glieder aus meiner Sammlung, Versand im Karton.', 'Opuntia'],
    ['es', 'Plumas de quetzal guatemalteco, ave protegida, vendidas en el mercado.', 'quetzal guatemalteco'],
    // A title's rule leaves the binomial alone (checklist26).
    ['pl', 'Sprzedam młodego Pan Troglodytes z hodowli, z dokumentami.', 'Pan Troglodytes'],
    // A group word's plural still names the listed tree beside its own words (checklist26).
    ['es', 'Vendo plántulas de pinos chilenos, Araucaria araucana, de semilla silvestre.', 'pinos chilenos'],
    // The skunk under its Spanish name beside its own words (checklist26).
    ['es', 'Vendo zorrillo Anas, Conepatus humboldtii, cría de la Patagonia.', 'Anas'],
    // Bred parrots without the cue "élevés" (checklist26).
    ['fr', 'Deux Ara élevés à la main, sevrés, bagués, à vendre.', 'Ara'],
    // A genus alone beside a word of a product's trade that a wildlife word is nearer (check35).
    ['en', 'Milvus pair, captive bred falconry birds, ringed, with the code of the breeder.', 'Milvus'],
    // Chess is still a cue for ivory (chess26).
    ['en', 'Ivory chess pieces in a velvet case, one pawn missing.', 'Ivory'],
    // A keeper's list of things, a toy among them, is no line-up (chess26).
    ['de', 'Zu verkaufen: Graupapagei, Käfig, Spielzeug, Futter, alles zusammen.', 'Graupapagei'],
    // A cultivar's name in single quotation marks after its listed species (checklist27).
    ['en', "Cattleya labiata 'Alba', wild-collected flowering plant, for sale.", 'Cattleya labiata'],
    // The same genera beside their own words or as binomials are still the listed taxa (checklist27).
    ['en', 'Dried Hippocampus kuda seahorses for sale, 50 pieces.', 'Hippocampus kuda'],
    ['en', 'Seahorses of the genus Hippocampus, dried, sold for medicine.', 'Hippocampus'],
    ['en', 'Kea, Nestor notabilis, hand-reared pair for sale.', 'Nestor notabilis'],
    ['en', 'Cantharellus coral frag from my reef tank, 4 cm, for sale.', 'Cantharellus'],
    ['en', 'Wild-caught Pitta nympha in a bamboo cage, dealer asks 200 dollars.', 'Pitta nympha'],
    // The same genera as the listed taxa: an orchid's bulbs, a tegu, a tortoise, a quoted orchid, ebony (checklist28).
    ['en', 'Pleione formosana bulbs, five of flowering size, posted in spring.', 'Pleione formosana'],
    ['de', 'Salvator merianae, Teju-Nachzucht 2025, mit Herkunftsnachweis abzugeben.', 'Salvator merianae'],
    ['fr', 'Pyxis arachnoides, tortue araignée née en captivité, avec papiers.', 'Pyxis arachnoides'],
    ['fr', 'Orchidée « Dracula » en fleur, plante adulte cultivée en serre.', 'Orchidée'],
    ['en', 'Logs of Diospyros from Madagascar, ebony seized at the port with forged permits.', 'Diospyros'],
    // The listed species of the same genus, a bird glossed by its binomial, a young bird by its name (checklist29).
    ['en', 'Dioscorea deltoidea tubers, dried, 5 kg bags from the hills.', 'Dioscorea deltoidea'],
    ['es', 'Caracara (Caracara plancus) de cría en cautividad, anillado.', 'Caracara plancus'],
    ['en', 'Nestor kea chicks, captive bred, closed rings.', 'Nestor kea'],
    // The same genus sold as bulbs, the drug named or not (checklist29b).
    ['en', 'Galanthus bulbs in the green, fifty for £12; the source of galantamine.', 'Galanthus'],
    // The listed coral or orchid beside its own words, a neighbour's word spelled like the other kind's (checklist30).
    ['en', 'Turbinaria frag, yellow scroll coral, aquacultured, for reef tanks.', 'Turbinaria'],
    ['pl', 'Turbinaria, koral z hodowli, 6 cm, zupa dla ryb nie jest potrzebna.', 'Turbinaria'],
    ['de', 'Cantharellus-Koralle, Pilzkoralle aus Nachzucht, 5 cm, an Riffaquarianer.', 'Cantharellus'],
    ['en', 'Sarcophyton orchid, flowering plant in a pot, not a reef coral despite the name.', 'Sarcophyton'],
  ])('%s: "%s" still finds %s', (_, text, name) => {
    expect(found(text).join(' | ')).toContain(name);
  });
});

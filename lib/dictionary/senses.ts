import type { Lang } from '@/lib/dictionary/schema';

/**
 * Words with an everyday sense besides the wildlife one ("ivory" the colour, "Jaguar" the car, "Python" the
 * language) and the cue words that tell the senses apart. Authored for Spoor (issue 13) from general
 * knowledge of the eight languages, never from labelled test posts; see docs/DICTIONARY.md "Senses and cues".
 *
 * Cue lists are space-separated words as a page writes them; a trailing `*` makes a stem ("carv*" is
 * "carved", "carving", "carvings"). Words are folded like the page (case and accents), so "Couleur" and
 * "couleur" are one cue.
 */
export type CompetingSense =
  | 'colour'
  | 'fashion'
  | 'imitation'
  | 'vehicle'
  | 'software'
  | 'media'
  | 'sport'
  | 'cosmetics'
  | 'food'
  | 'paint'
  | 'toy'
  | 'brand'
  | 'place'
  | 'tool'
  | 'furniture'
  | 'gem'
  | 'namesake'
  | 'roe'
  | 'riding'
  | 'garden'
  | 'nursery'
  | 'plant'
  | 'anatomy'
  | 'swimming'
  | 'person'
  | 'machine'
  | 'finance'
  | 'zodiac'
  | 'equipment'
  | 'simile'
  | 'inn'
  | 'heraldry'
  | 'watching'
  | 'upholstery'
  | 'housecat'
  | 'brewing'
  | 'pastry'
  | 'game'
  | 'fantasy'
  | 'drug'
  | 'ailment'
  | 'notice'
  | 'knot'
  | 'spaceflight'
  | 'artwork';

/**
 * A cue list per language: a word counts as a cue in text of its own language (or of unknown language), so one that
 * is an everyday word elsewhere stays there ("tour", French 'turn'). `any`: international words, cues in every language
 * ("zoo", "CITES").
 */
export type CueText = Partial<Record<Exclude<Lang, 'la'> | 'any', string>>;

export interface AmbiguousTerm {
  /** Dictionary term texts (any list, any language) the rule applies to, folded on use. */
  terms: string[];
  /** The everyday senses this word competes with: only their cues count against it. */
  competes: CompetingSense[];
  /**
   * `support`: highlighted only when a wildlife cue is nearer than any competing cue.
   * `veto`: highlighted unless a competing cue is nearer than any wildlife cue (the animal sense is the usual one).
   */
  rule: 'support' | 'veto';
  /** Wildlife cues particular to this word, on top of `WILDLIFE_CUES`. */
  wildlife?: CueText;
  /**
   * Only `wildlife` counts for this word, not `WILDLIFE_CUES`: for a code word the general cues ("carved",
   * "antique", "bone") describe the honest item just as well, so only context that points at the hidden product does.
   */
  ownCuesOnly?: true;
  /**
   * The words of the animal's own parts that figures of it are carved from (an elephant's ivory and tusks): a figure
   * named with another material in its clause and none of these ("elephant carved in camel bone", "Elefant aus
   * Holz", "слон из смолы") is an artwork, the material one of DENIAL_CUES's.
   */
  carvedParts?: CueText;
}

/**
 * Cues of the wildlife sense: material, trade, law, keeping and the living animal. French "élevés" (bred) is left out:
 * folded it is "élèves", pupils, on every school page. Chess is ivory's own cue (AMBIGUOUS_TERMS), in every language:
 * a chess club's results name players ("Ada Brennan drew with Nestor Kaye") and a chess engine a dragon.
 * Since branch vetoes35 the keeper's words of a pet ad where a language lacked them: French "perchoir", German
 * "Handaufzucht", "zutraulich", "NZ" (Nachzucht), Dutch "handopfok", English "reared". Left out: papers in every
 * language (a car's "papeles al día"), "cage" (the band Cage the Elephant), French "mâle" and Dutch "tam", which fold
 * into the English "male" and the Polish "tam" (there). Since set39 French "sociable" and "affectueux", a pet's
 * temperament: "sociable avec les enfants" otherwise reads as a toy's children.
 */
export const WILDLIFE_CUES: CueText = {
  en: `carv* tusk* netsuke okimono scrimshaw antique* genuine real live captive* hatchling* juvenile* morph*
    terrarium* vivarium* cites permit* certificate* paperwork skin* hide hides pelt* horn horns trophy trophies
    taxiderm* stuffed mounted poach* smuggl* traffick* seize seized seizes seizing seizure* confiscat* wildlife wild endangered species zoo zoos zoolog*
    cub cubs reptile* snake* enclosure* breed* hunt* safari* sanctuar* habitat* conservation* extinct* raw tonnes
    tons bangle* figurine* sculpt* statuette* century victorian sturgeon* beluga osetra ossetra sevruga
    roe malossol teeth skull* mammal* animal* pet pets exotic* illegal* ban banned trade trading
    ranger* rescue* feeding vet furs inlaid inlay* miniature* portrait* banding trim figure figures
    bronze ormolu auction* estimate* sold antiques treen regency georgian edwardian meiji qing ming
    mughal shibayama snuff 17th 18th 19th handle handled handles wood wooden ebony marble bone tortoiseshell
    shagreen jade
    customs weaned reared`,
  fr: `sculpt* défense défenses netsuke antiquité* ancien ancienne anciens véritable vrai vraie vivant* captivité
    élevé élevée élevées éleveur* élevage* naissance* terrarium* cites permis certificat* peau peaux fourrure* corne cornes
    trophée* taxiderm* naturalis* empaill* braconn* contrebande commerce trafic* saisi* saisie* sauvage* faune espèce*
    zoo zoos zoolog* reptile* serpent* chasse* siècle* esturgeon* béluga animal animaux illégal* interdit* incrust* enchère*
    miniature* xixe xviiie femelle apprivoisé* bagué* volière*
    douane* douanier* confisqu* sevré sevrée sevrés sevrées prélevé prélevés prélevée prélevées
    perchoir* sociable sociables affectueu*`,
  de: `geschnitzt* schnitz* stoßzahn* stosszahn* netsuke antik* echt echte echtes echter lebend* nachzucht*
    zucht* züchter* schlüpf* terrarium* cites genehmigung* bescheinigung* häute fell felle pelz* horn
    hörner trophä* präpar* ausgestopft* wilderer* wilderei schmuggel* beschlagnahm* handel wildtier* wild
    artenschutz* tierpark* zoo zoos zoolog* jungtier* reptil* schlange* jagd* jahrhundert* stör beluga rogen
    greifvogel* vogel vögel feder federn federkleid kralle* horst falkner* tier tiere illegal* intarsie* eingelegt* auktion*
    miniatur* männchen weibchen zahm* beringt* käfig* voliere*
    sichergestellt* sicherstellung* zollfahnd* zollbeamt* zöllner* zollamt* konfisziert* entwöhnt*
    echtem echten wildfang* wildsammlung* naturentnahme* handaufzucht* zutraulich* nz`,
  nl: `gesneden snijwerk slagtand* netsuke antiek* echt echte levend* nakweek* kweek* fokker* terrarium* cites
    vergunning* certificaat huid vel vacht* hoorn* trofee* opgezet* taxiderm* stroper* smokkel* handel
    inbeslag* wild wilde diersoort* dierentuin* reptiel* slang* jacht* eeuw steur* beluga dier dieren
    illegaal* illegale bont ingelegd* veiling* miniatuur* handtam* geringd* kooi* volière* klauw klauwen
    douane* onderschept* geconfisqueerd* gespeend* wildvang* handopfok*`,
  es: `tallad* talla colmillo* netsuke antigu* auténtic* genuin* vivo vivos viva vivas criad* criadero* cría
    eclosi* terrario* cites permiso* certificado* piel pieles cuerno* trofeo* taxiderm* disecad* caza* furtiv*
    contrabando comercio tráfico trafic* incaut* decomis* silvestre* salvaje* fauna especie* zoo zoos zoolog* cachorro* reptil*
    serpiente* siglo esturión* beluga huevas animal animales ilegal* incrustacion* taracea subasta* miniatura* macho
    hembra manso* mansa* anillad* jaula* aviario* garra garras
    aduana* aduaner* intervenid* aprehendid* destetad* recolectad*`,
  it: `intagliat* scolpit* zanna zanne netsuke antic* autentic* vero vera vivo vivi viva vive allevat*
    allevament* nascit* terrario* cites permess* certificat* pelle pelli corno corna trofeo* tassiderm*
    imbalsamat* braccon* contrabband* commercio traffic* sequestr* selvatic* fauna specie zoo zoos zoolog* cuccio* rettil* serpent*
    secolo storion* beluga animale animali illegal* pelliccia* intarsi* asta aste miniatur* maschio femmina
    inanellat* gabbia* voliera* artiglio artigli
    dogana* doganal* doganier* confiscat* svezzat* prelevat*`,
  pl: `rzeźb* kieł kły cios ciosy netsuke antyk* antyczn* prawdziw* żywy żywe żywa żywych hodowl* wyklut*
    terrarium* cites zezwoleni* certyfikat* skóra skóry skórę skór róg rogi trofe* wypchan* preparat* kłusown*
    przemyt* handel* zarekwirowan* skonfiskowan* dzik* gatun* zoo zoos zoolog* gad* wąż węże polowa* wieku wiek jesiotr*
    bieług* zwierzę* zwierząt* nielegaln* futro futra inkrustowan* aukcj* miniatur* samica samice samiec samca samce
    oswojon* obrączkowan* klatk* wolier* pazur pazury pazurami pazurów
    celnicy celnik* celników celnej celna celny celnego celne celnych przechwycon* odchowan* natury naturze zebrane`,
  ru: `резн* резьб* бивн* бивень нэцкэ антиквар* старинн* натуральн* настоящ* живой живая живые живых разведени*
    вылуп* террариум* ситес разрешени* сертификат* шкур* рог рога трофе* чучел* таксидерм* браконьер*
    контрабанд* торговл* изъят* дикий дикие диких дикой вид видов зоопарк* детеныш* рептили* змея змеи охот*
    века век осетр* белуг* животн* незаконн* мех меха шуба шубу шубы шубе шубой инкрустаци* аукцион* миниатюр* самка самку самец самца ручн*
    окольцован* клетк* вольер* выкормыш* когт* клык*
    таможн* конфиск* отлучен* природы природе собранн*`,
};

/** Cues of each everyday sense, in the eight languages. */
export const SENSE_CUES: Record<CompetingSense, CueText> = {
  colour: {
    en: `colour* color* white cream creamy beige ecru champagne shade* tone hue hues black grey gray gold golden
      pink blush navy nude taupe sand stone oyster eggshell magnolia candle*
      tint tints tinted`,
    fr: `couleur* coloris teinte* blanc blanche crème beige écru grège noir noire gris grise doré dorée rose nacré bougie*`,
    de: `farbe farben farbig* farbton farbtöne töne weiß weiss weiße weisse creme cremefarben beige schwarz grau gold golden
      silber rosa hell dunkel kerze*`,
    nl: `kleur kleuren kleurig wit witte crème creme beige zwart zwarte grijs grijze goud zilver roze licht donker kaars*`,
    es: `color colores blanco blanca crema beige negro negra gris dorado dorada plateado rosa tono vela velas`,
    it: `colore colori bianco bianca crema beige nero nera grigio grigia oro dorato argento rosa tonalità candel*`,
    pl: `kolor kolorze kolory biały biała białe kremowy kremowa beżowy beżowa czarny czarna szary szara złoty
      srebrny różowy odcień świec*`,
    ru: `цвет цвета цвете белый белая белое кремовый кремовая бежевый бежевая черный черная серый серая золотой
      серебристый розовый оттенок свеч*`,
  },
  fashion: {
    en: `dress dresses dressy gown* wedding* bridal bride* bridesmaid* lace satin silk chiffon tulle organza shoe* heels heeled sandal*
      pump pumps boot boots blouse* skirt* shirt* jacket* coat* sweater* knit* yarn* cardigan* veil veils size sizes
      fabric* cotton linen polyester curtain* bedding cushion* pillow* towel* wallpaper* rug rugs sofa* upholster*
      scarf* tie ties suit suits tuxedo* jumper* handbag* purse* clutch backpack* rucksack* daypack* pack slipper*
      glasses spectacles sunglasses eyewear`,
    fr: `robe* mariée* mariage* dentelle* soie satin mousseline tulle chaussure* escarpin* sandale* botte* chemise*
      jupe* veste* manteau* pull pullover tissu* coton lin rideau* coussin* voile tenue chausson* pantoufle*
      lunettes pantalon*`,
    de: `kleid* hochzeit* braut* brautkleid* spitze seide satin tüll schuh* pumps sandal* stiefel* bluse* hemd*
      jacke* mantel* pullover größe grösse stoff* baumwolle leinen vorhang* vorhänge kissen* schleier hausschuh* pantoffel*
      brille brillen brillengestell* sonnenbrille*`,
    nl: `jurk* bruid* bruids* trouw* trouwjurk* kant zijde satijn tule schoen* pumps sandaal* laars* laarzen blouse*
      rok overhemd* jas jasje trui* maat maten stof stoffen katoen linnen gordijn* kussen* sluier slof sloffen pantoffel*
      bril brillen zonnebril*`,
    es: `vestido* novia* boda* encaje seda satén tul zapato* sandalia* bota botas botín botines blusa* falda* camisa* chaqueta*
      abrigo* jersey talla tallas tela* algodón lino cortina* cojín* cojines velo zapatilla* pantufla*
      gafas anteojos`,
    it: `abito* sposa* matrimoni* pizzo seta raso tulle scarp* sandal* stival* camicia* camicetta* gonna* giacca*
      cappotto* maglion* taglia taglie tessut* cotone lino tend* cuscin* velo pantofol* ciabatt*
      occhiali`,
    pl: `sukni* sukienk* ślub* ślubn* koronk* jedwab* satyn* tiul* but buty butów szpilk* sandał* kozak* bluzk*
      spódnic* koszul* kurtk* płaszcz* sweter* rozmiar* tkanin* bawełn* len zasłon* poduszk* welon* kapc* pantof*
      okulary okularów`,
    ru: `плать* свадеб* невест* кружев* шелк* атлас* фатин* туфл* босонож* сапог* блузк* юбк* рубашк* куртк*
      пальто свитер* размер* ткан* хлопок лен штор* подушк* фат* тапоч* тапк*
      очки очков`,
  },
  imitation: {
    en: `faux fake imitation* print prints printed pattern* motif embossed effect look plastic* resin* acrylic*
      celluloid bakelite synthetic* vegan replica* reproduction* embroider* logo* emblem* leatherette pleather
      vegetable tagua corozo coin coins bullion porcelain ceramic* tattoo* tatoo* bookend* acetate laminate*
      polyurethane*
      shaped
      camel
      prop props foam polyresin* artificial`,
    fr: `affiche* sticker* acétate imitation* faux fausse imprimé* motif* effet façon plastique résine* acrylique* synthétique* simili*
      réplique* reproduction* brodé* logo* emblème* skaï végétal végétale tagua corozo monnaie* porcelaine* céramique* faïence*
      tatouage* tatoué* stratifié*
      factice* polyuréthane*
      chameau* dromadaire*
      polyrésine* artificiel artificielle artificiels artificielles aspect`,
    de: `tapete* wandtattoo* acetat imitat* optik dekor* muster* print prints kunststoff* plastik* harz* acryl* synthetik* synthetisch* unecht* kunst* replik*
      nachbildung* gestickt* bestickt* logo* emblem* lederimitat* pflanzlich* steinnuss* tagua münze* porzellan* keramik*
      tattoo* tätowier* buchstütze* laminat*
      polyurethan*
      kamel*
      requisit* filmrequisit* bühnenrequisit* attrappe* schaumstoff* polyresin* künstlich*`,
    nl: `behang* muursticker* poster* acetaat imitatie* nep print prints motief* patroon* kunststof* plastic hars acryl* synthetisch* replica* reproductie*
      geborduurd* logo* embleem* kunstleer* nepleer plantaardig* steennoot tagua munt munten porselein* keramiek* keramisch*
      tattoo* tatoeage* getatoeëerd* boekensteun* laminaat*
      polyurethaan*
      kameel* kamelen*
      rekwisiet* kunsthars schuimrubber polyresin* kunstmatig*`,
    es: `vinilo* lámina* acetato imitación* falso falsa estampad* efecto plástico* resina* acrílic* sintétic* réplica* reproducción* bordad*
      logo* emblema* polipiel* ecopiel* vegetal tagua corozo moneda* porcelana* cerámic* tatua* sujetalibros laminado*
      poliuretano*
      símil simil similpiel camello*
      atrezo attrezzo utilería gomaespuma poliresina* artificial artificiales aspecto`,
    it: `stampa* poster* acetato imitazion* finto finta stampa stampato stampata fantasia effetto plastica resina acrilic* sintetic* replica*
      riproduzion* ricamat* logo* emblema* ecopelle* similpelle* vegetale corozo tagua moneta monete porcellan* ceramic*
      tatua* fermalibri laminat*
      poliuretan*
      cammell*
      scenografi* attrezzeria gommapiuma poliresina* artificial* aspetto`,
    pl: `tapet* obraz* octan* imitacj* imitując* sztuczn* wzór wzorem wzory wzorzyst* nadruk* tłoczon* plastik* plastikow* żywic* akryl* syntetyczn*
      replik* reprodukcj* haftowan* wyhaftowan* logo* emblemat* ekoskór* stylu roślinn* tagua monet* reszk* porcelan* ceramik* ceramiczn*
      tłoczeni* tatuaż* tatuowan* wytatuowan* podpórk* laminat*
      poliuretan*
      wielbłąd*
      rekwizyt* poliżywic* piank*`,
    ru: `картин* постер* обои ацетат* имитаци* искусственн* принт* узор* тиснен* пластик* пластмасс* смол* акрил* синтетическ* реплик* муляж*
      вышит* логотип* эмблем* экокож* кожзам* растительн* тагуа монет* решк* фарфор* керамик* керамич* тату татуиров* ламинат*
      полиуретан*
      верблюд* верблюж*
      реквизит* бутафор* полирезин* поролон* пенопласт*`,
  },
  vehicle: {
    en: `bicycle* bike bikes bmx car cars auto automobile* motor* engine* sedan saloon coupe coupé convertible mileage miles kilometr* rocket*
      booster* spacex launch*
      diesel petrol gasoline turbo hp bhp tyre* tire* gearbox transmission mot rv rvs trailer* camper* caravan*
      motorhome* toyhauler* towable* hitch* awning* bunkhouse* wheel wheels xf xe xj xj6 xj8 xjs xjr xk
      xk8 xkr fiat landrover rover dealership aircraft airplane* plane planes jet jets fighter* helicopter* airline*
      army military ammunition missile* railway* motorcycle* motorbike* moped* scooter* soldier* troops cc
      airport* boat boats yacht* sailboat* sailing vessel* cruise* ferry ferries harbour* harbor*
      grille bonnet bumper* bodywork chassis
      glider* sailplane*
      antenna antennas aerial aerials`,
    fr: `vélo vélos bicyclette* vtt bmx voiture* automobile* pneu pneus jante* moteur* berline* coupé cabriolet kilométrage km essence gazole boîte caravane*
      remorque* concession* char chars blindé* avion* hélicoptère* armée* militaire* munition* missile* tgv moto
      motos soldat* opération* mobylette* cyclomoteur* cylindrée cm3 aéroport* trajet* escale* bateau* navire*
      voilier* yacht* croisière* ferry traversée* calandre capot carrosserie* courroie* peugeot renault citroën
      planeur*
      antenne*`,
    de: `fahrrad* fahrräder bmx auto autos fahrzeug* wagen reifen sommerreifen winterreifen ganzjahresreifen allwetterreifen felge* motor* limousine* kombi coupé cabrio* kilometerstand km benzin* diesel
      getriebe* pkw tüv erstzulassung* wohnwagen* wohnmobil* reisemobil* anhänger* autohaus* panzer* spähpanzer*
      schützenpanzer* kampfpanzer* bundeswehr flakpanzer* flugabwehr* munition* rakete* flugzeug* kampfjet*
      hubschrauber* luftwaffe* fluggesellschaft* airline* heck zug züge bahn motorrad* soldat* militäreinsatz*
      moped* mofa* roller bj baujahr zweitakt* vergaser* hubraum ccm ps originallack abflug* flughafen* schiff*
      segelboot* segelschiff* yacht* kreuzfahrt* fähre* hafen kühlergrill motorhaube karosserie* stoßstange* zahnriemen
      segelflug*
      antenne* autodach*`,
    nl: `fiets fietsen bmx auto autos wagen banden zomerbanden winterbanden allseasonbanden velg* motor* sedan coupé cabrio* kilometerstand km benzine diesel versnellingsbak apk
      caravan* camper* vouwwagen* aanhanger* aanhangwagen* tank tanks pantser* vliegtuig* straaljager* helikopter*
      luchtmacht leger munitie raket* trein* motorfiets* brommer* scooter* soldaat soldaten militair* bouwjaar
      snorfiets* cc luchthaven* vliegveld* schip schepen zeilboot* zeilschip* rondvaart* veerboot* cruise* motorkap
      carrosserie* bumper* distributieriem
      zweefvlieg*
      antenne* autodak*`,
    es: `bicicleta* bici bicis bmx coche* auto autos automóvil* vehículo* neumático* llanta* motor* berlina sedán cupé descapotable kilometraje km gasolina
      diésel caravana* autocaravana* remolque* concesionario* tanque* blindado* avión aviones helicóptero*
      ejército militar* munición* misil* tren trenes moto motos motocicleta* autobús nocturno* soldado* ciclomotor*
      cilindrada cc itv aeropuerto* barco* buque* velero* yate* crucero* ferry carro carros calandra capó carrocería
      parachoques
      planeador*
      antena antenas`,
    it: `bicicletta* bici bmx auto automobil* vettur* veicol* pneumatic* gomme cerchi* motore* berlina coupé cabrio* chilometr* km benzina diesel cambio
      roulotte camper autocaravan* rimorchi* concessionari* carrarmato blindat* aere* elicotter* esercito
      militar* munizion* missil* treno treni moto motocicl* scooter soldat* motorino ciclomotor* cilindrata cc
      libretto targa aeroporto* barca barche veliero* yacht nave navi crociera* traghett* calandra cofano carrozzeria
      paraurti
      aliant*
      antenna antenne`,
    pl: `rower rowery roweru rowerem bmx samochód* samochod* auto aut pojazd* opon* felg* silnik* sedan coupe kabriolet* przebieg* km benzyn* diesel
      skrzyni* przyczep* kamper* autokamper* czołg* pancern* samolot* myśliw* śmigłow* lotnictw* wojsk* armi*
      amunicj* rakiet* baz* pociąg* kolej* motocykl* skuter* żołnierz* motorower* pojemność ccm lotnisk* statek
      statku żaglow* rejs* prom promem promy karoseri* zderzak* rozrząd*
      szybow*
      anten*`,
    ru: `велосипед* bmx автомобил* бронеавтомобил* машин* авто шины шин покрышк* двигател* мотор* седан купе кабриолет пробег* км бензин* дизел*
      коробк* автодом* прицеп* кемпер* караван* танк* бронетехник* самолет* истребител* вертолет* авиаци* арми*
      военн* боеприпас* ракет* поезд* вагон* электричк* рейс* мотоцикл* питбайк* мопед* скутер* солдат* мотороллер*
      кубов аэропорт* лодк* яхт* парусник* корабл* круиз* паром* теплоход* ледокол* судн* капот* кузов* бампер*
      планер*
      антенн*`,
  },
  software: {
    en: `engine engines stockfish app apps code coding program* script* library libraries package* pip import module* function* class install*
      version developer* django flask numpy pandas dataframe* api sdk ide jupyter notebook* tutorial* course*
      syntax interpreter compiler github programming language mac macos osx imac macbook computing
      laptop* ultrabook* chromebook* processor* database* embedding* vector* query queries latency gpu server* cloud
      opensource
      transcri*`,
    fr: `moteur stockfish application appli code programmation programme* script* bibliothèque* module* fonction* langage développeur* tutoriel* cours
      informatique* mac macos osx imac macbook
      ordinateur* processeur*
      transcri*`,
    de: `engine stockfish app apps code programmier* programm* skript* bibliothek* modul* funktion* sprache entwickler* tutorial* kurs*
      informatik* mac macos osx imac macbook
      laptop* notebook* prozessor* datenbank* vektordatenbank* server*
      transkri* mitgeschrieben mitschrift*`,
    nl: `engine stockfish app apps code programmeer* programmeren programma* script* bibliothe* module* functie* taal ontwikkelaar* cursus*
      informatica* mac macos osx imac macbook
      laptop* processor*
      transcri* notulen`,
    es: `motor stockfish aplicación app código programación programa* script* biblioteca* librería* módulo* función* lenguaje desarrollador*
      tutorial* curso* informática* mac macos osx imac macbook
      portátil portátiles ordenador* procesador*
      transcri*`,
    it: `motore stockfish app codice programmazione programma* script* libreria* librerie modul* funzion* linguaggio sviluppator*
      tutorial* corso* informatica* mac macos osx imac macbook
      portatile portatili laptop* processor*
      trascri*`,
    pl: `silnik stockfish aplikacj* kod kodu programowani* program* skrypt* bibliotek* moduł* funkcj* język* programist* kurs* email
      mail* kropka gmail informatyk* mac macos osx imac macbook
      laptop* procesor*
      transkry*`,
    ru: `движок stockfish приложени* код кода программир* программ* скрипт* библиотек* модул* функци* язык* разработчик* курс* информатик*
      mac macos osx imac macbook
      ноутбук* процессор*
      расшифров* транскри*`,
  },
  media: {
    en: `monty flying circus film* movie* band album* song* comedy sketch* episode* series show tv cinema* concert*
      gig gigs tour tickets cartoon* animated dvd documentary book* novel* volume* chapter* edition* author* festival*
      award* prize* premiere* music* dance* dancing guitar* radio sang sing sings singing singer* lyrics playlist* duet*
      newsroom obituar* fable* ninja* videogame* gaming gamer* console* playstation xbox nintendo multiplayer dlc
      poem poems poetry rhyme* verse verses
      blu bluray
      theatre* theater* playwright* actor actors actress* intermission`,
    fr: `lecture* lectures film* série* chanson* album* groupe émission* concert* tournée billet* dessin* animé dvd documentaire*
      épisode* livre* roman* tome* chapitre* édition* auteur* festival* récompens* palme cinéma* réalisat* musique* danse*
      guitare* musicien* radio chanteu* rédaction nécrolog* fable* ninja* jeu jeux console* multijoueur playstation
      xbox nintendo
      poème* poésie* comptine* récitation* chanter chantons
      théâtre* troupe* entracte* dramaturge* comédien*`,
    de: `vorlese* bilderbuch* film* serie* lied* album* band sendung* konzert* tournee ticket* karten zeichentrick* dvd doku dokus dokumentar* folge*
      buch bücher roman* kapitel* auflage* autor autoren autorin autorinnen festival* berlinale filmpreis* kino* regisseur* musik* gitarre* radio
      tanz tanzen tanzt tänzer* tanzschul* tanzkurs* sänger* redaktion* nachruf* fabel* ninja* videospiel*
      computerspiel* konsole* playstation xbox nintendo mehrspieler*
      gedicht* reim* kinderlied* singen singt
      theater* bühne bühnen schauspiel* theaterstück* dramatiker*`,
    nl: `voorlees* prentenboek* film* serie* lied* album* band concert* tournee kaartjes ticket* tekenfilm* dvd documentaire* aflevering*
      boek* roman* hoofdstuk* editie* schrijver* festival* filmprijs* bioscoop* muziek* dansen gitaar* muzikant* radio zanger*
      redactie* reeks fabel* ninja* videogame* game games gamer* gaming console* playstation xbox nintendo
      leesclub* leeskring*
      gedicht* versje* rijm* liedje* zingen zingt
      theater* toneel* acteur* actrice*`,
    es: `cuento* cuentos película* serie* canción* álbum* banda concierto* gira entradas dibujos animados dvd documental*
      episodio* libro* novela* tomo* capítulo* edición ediciones autor autora autores autoras festival* premio* cine director* música* baile* bailaor*
      cante tablao guitarra* músic* radio cantante* redacción necrológic* fábula* ninja* videojuego* juego juegos
      consola* multijugador playstation xbox nintendo
      poema* poesía* rima rimas cantamos canta cantan cantar
      teatro* dramaturg* actor actores actriz`,
    it: `lettur* film serie canzon* album* band concerto concerti tour biglietti cartone cartoni animat* dvd documentari*
      episodi* libro libri romanz* volum* capitol* edizion* autore autori autrice autrici festival* premio premi premiat* premiazion* cinema regist* mostra musica danza
      chitarr* music* radio cantant* redazione necrolog* favola* ninja* videogioc* gioco giochi console
      multigiocatore playstation xbox nintendo
      tv televisione rai mediaset puntat* trasmission*
      poesia poesie poesiol* filastrocc* cantiamo cantare
      teatro teatri teatral* attore attori attrice drammaturg*`,
    pl: `film* serial* piosenk* album* zespół* koncert* trasa trasy trasie trasę trasą trasami bilet* kreskówk* bajk* dvd dokumentaln* odcin*
      książk* powieść* powieści tom tomy tomów rozdział* autor autora autorem autorzy autorów autork* festiwal* nagrod* kino kina kinie kinem kin kinach kinow* reżyser* muzyk* taniec
      tańc* gitar* radio piosenkar* redakcj* nekrolog* ninja* gry grze gier konsol* playstation xbox nintendo
      wiersz* wierszyk* rymowank* śpiewa*
      teatr* spektakl* aktor* dramaturg*`,
    ru: `книжк* сказк* фильм* сериал* песн* альбом* групп* концерт* гастрол* билет* мультфильм* мультик* dvd документальн*
      сери* книг* роман* том тома томов глава главы автор* фестивал* преми* кино режиссер* музык* танц* гитар*
      радио певец певиц* редакци* некролог* басн* ниндзя игра игры игре игру видеоигр* консол* playstation xbox
      nintendo
      книжн* читательск*
      стих стихи стихов стихотворени* стишок стишк* потешк* поют петь
      театр* спектакл* пьес* актёр* актер* актрис* драматург*`,
  },
  // Scouts' patrols and youth groups take animal names as teams do ("the Otter patrol", "zastęp Wilki"), and gym
  // exercises are named for animals ("bear crawl", "gorilla row").
  sport: {
    en: `team* club fc football* soccer match* league* game* season* coach* player* score* goal* stadium nfl nba
      mlb nhl hockey baseball basketball rugby cricket fans kit fan midfield* keeper* goalkeeper* striker* defender*
      derby fixture* kickoff premiership relegat* victory defeat penalty penalties overtime playoff* semifinal*
      quarterfinal* final finals innings wicket* golf golfer* birdie* bogey* putt* fairway* yoga*
      asana* pose poses pilates beat beats driver drivers loft shaft* headcover* putter* irons
      kung kungfu karate judo taekwondo wushu dojo martial
      workout* burpee* crossfit squat squats pushups lunges deadlift* kettlebell* dumbbell* barbell*
      hiit amrap
      patrol patrols scouts scouting`,
    fr: `équipe* club foot football buts match* ligue championnat joueur* entraîneur* stade supporters maillot* coupe
      finale sélection affront* attaquant* défenseur* gardien* derby victoire* défaite* battu vainqueur* golf golfeur*
      yoga* posture* asana* pilates bat battent gagne gagnent perd perdent
      kung kungfu karaté karate judo taekwondo wushu dojo martiaux
      musculation crossfit squats burpees haltère* kettlebell*
      patrouille* sizaine* scouts scoutisme`,
    // A club, not "nach Vereinbarung" (by arrangement, in every German ad) nor "vereinzelt" (fresh38x).
    de: `mannschaft* verein vereine vereins vereinen vereinsheim* vereinsmitglied* vereinsmeister*
      spiel* liga bundesliga trainer* fußball* fussball* eishockey* stadion* fans trikot*
      pokal finale halbfinal* viertelfinal* achtelfinal* torwart* torhüter* elfmeter* penalty* kegel* kegler* stürmer*
      verteidiger* derby tabelle* heimspiel* auswärtsspiel* sieg niederlage* golfplatz*
      golfclub* golfturnier* golfschläger* golfspiel* golfer* yoga* asana* pilates gewinnt gewinnen verliert verlieren
      kung kungfu karate judo taekwondo wushu dojo kampfkunst* kampfsport*
      workout* krafttraining crossfit burpees liegestütz* kniebeuge* hantel* kettlebell*
      pfadfinder* sippe sippen ortsverband* ortsgruppe* jugendverband*`,
    nl: `elftal ploeg* opstelling wissels wedstrijd* competitie eredivisie voetbal* club speler* stadion* supporters shirt beker finale
      doelpunt* blessuretijd gelijkspel keeper* spits verdediger* aanvaller* derby thuiswedstrijd* uitwedstrijd*
      overwinning* nederlaag* golfbaan* golfclub* golftoernooi* golfspel* golfer* yoga* houding asana* pilates wint winnen verliest verliezen
      kung kungfu karate judo taekwondo wushu dojo vechtsport* vechtkunst*
      workout* krachttraining crossfit burpees opdrukken kettlebell*
      patrouille* scouting scouts`,
    es: `equipo* partido* alineación portería liga torneo* semifinal* fútbol futbol jugador* entrenador* estadio* afición camiseta* copa
      selección gol goles
      portero* delantero* defensa* derbi victoria* derrota* golf golfista* yoga* postura* asana* pilates gana ganan pierde pierden
      kung kungfu kárate karate judo taekwondo wushu dojo marcial marciales
      crossfit burpees flexiones sentadilla* mancuerna* kettlebell*
      patrulla* scouts`,
    it: `squadra* partita* campionato scudetto torneo semifinal* calcio giocator* allenator* stadio tifos* maglia* coppa finale gol
      portiere*
      attaccant* difensor* derby vittoria* sconfitt* golf golfista* yoga* posizione asana* pilates vince vincono perde perdono battono
      kung kungfu karate judo taekwondo wushu dojo marzial*
      crossfit burpees flessioni manubri* kettlebell*
      squadriglia squadriglie scout`,
    pl: `drużyn* mecz* liga ligi piłk* piłkarz* trener* stadion* kibic* koszulk* puchar* finał* półfinał* gol gola bramk*
      bramkarz* napastnik* obroń* skład junior* zbiórk* derby zwycięstw* porażk* pokonal* golf golfist* joga jogi pozycj* asan* pilates wygrał* przegrał* wygrywa* przegrywa*
      kung kungfu karate judo taekwondo wushu dojo
      crossfit burpees pompki przysiad* hantl* kettlebell*
      zastęp zastępu zastępy zastępie harcer*`,
    ru: `команд* матч* лиг* футбол* хоккей* игрок* тренер* стадион* болельщик* кубок* кубк* финал* полуфинал* гол голы вратар*
      нападающ* защитник* дерби счетом обыграл* поражени* гольф* йог* асан* поза позе позу позы позой пилатес* проиграл* выиграл* победил* проигрыва* выигрыва*
      кунг ушу карате дзюдо тхэквондо додзё единоборств*
      кроссфит берпи бёрпи отжимани* приседани* гантел* гиря гири гирей гирю
      звено звена звеньев скаут*`,
  },
  // Hair dye too: its shades are named for woods ("Haarfarbe Mahagoni", "coloration acajou").
  cosmetics: {
    en: `balm* salve* ointment* cream* serum* lotion* mask* skincare cosmetic* shampoo* nail* manicure* massage*
      muscle* headache* aches rub perfume* fragrance* scent* eau parfum* cologne extract* paraben* dermatolog*
      hyaluron* peptide* wrinkle* collagen retinol moisturi* ageing aging gel gels eyeshadow* palette* lipstick*
      concealer* mascara bronzer makeup
      dye dyes hairdye* haircolour* haircolor*`,
    fr: `baume* pommade* crème* sérum* lotion* masque* soin* cosmétique* shampo* ongle* manucure* massage* parfum*
      senteur* eau extrait* parabène* dermatolog* hyaluron* peptide* antirides rides collagène rétinol hydratant* gel gels
      fard* palette* maquillage* mascara anticerne* poudre
      coloration* teinture*`,
    de: `balsam* salbe* creme* serum* lotion* maske* hautpflege* kosmetik* shampoo* nagel* nägel* massage*
      muskel* kopfschmerz* parfüm* parfum* duft* düfte eau extrakt* paraben* dermatolog* hyaluron* peptid* kollagen
      retinol feuchtigkeit* aging gesichtsmaske* gesichtscreme* nachtcreme* tagescreme* augencreme* augenpflege* gel gels
      lidschatten* palette* lippenstift* makeup mascara puder concealer
      haarfarbe* haarfärbe* tönung* coloration*`,
    nl: `balsem* zalf* crème* creme* serum* lotion* masker* huidverzorging* cosmetica* shampoo* nagel* nagels
      massage* spier* parfum* geur* eau extract* paraben* dermatolog* hyaluron* peptide* rimpel* collageen retinol
      hydrater* oogcreme* nachtcreme* dagcreme* gezichtscreme* gezichtsmasker* gel gels oogschaduw* palet palette*
      lippenstift* mascara poeder concealer
      haarverf* haarkleur* kleurspoeling*`,
    es: `bálsamo* pomada* crema* sérum* loción* mascarilla* cosmétic* champú* uñas manicura* masaje*
      muscular* perfume* fragancia* eau extracto* parabeno* dermatológic* hialurónic* péptido* arruga* colágeno
      retinol hidratante* gel geles sombras paleta* pintalabios labial* maquillaje* rímel polvos corrector*
      tinte tintes tintura* coloración`,
    it: `balsamo* pomata* crema* siero* lozione* maschera* cosmetic* shampoo* unghi* manicure massaggi*
      muscolar* profum* fragranz* eau estratto estratti parabeni dermatologic* ialuronic* peptid* rughe collagene
      retinolo idratant* gel ombrett* palette palett* rossett* fondotinta trucco mascara cipria correttor*
      tinta tinte tintura* colorazion*`,
    pl: `balsam* maść* maści krem* serum* balsamu maseczk* kosmetyk* szampon* paznok* manicure masaż*
      mięśni* perfum* zapach* eau ekstrakt* parabenów parabeny dermatologiczn* hialuron* peptyd* zmarszcz* kolagen*
      retinol* nawilżając* żel żelu żele żelem cienie cieni paletk* paleta szmink* pomadk* podkład* makijaż* tusz
      pudr*
      koloryzac*`,
    ru: `бальзам* мазь* мази крем* сыворотк* лосьон* маск* косметик* шампун* ногт* маникюр* массаж* мышц* духи
      парфюм* аромат* экстракт* парабен* дерматолог* гиалурон* пептид* морщин* коллаген* ретинол* увлажня* гель геля гелем
      тени палетк* помад* тональн* макияж* туш* пудр*
      окрашивани* краск*`,
  },
  food: {
    en: `lime* citrus finger aubergine* eggplant* vegetable* vegetarian recipe* salad* tapioca lentil* prawn*
      shrimp* pastry pastries bakery almond danish dough baker bakers breakfast beer lager cocktail* liqueur* aperitif* garlic grilled roast* fillet* fried baked coffee tea
      candy candies sweets gummy gummies chocolate* cocoa toffee* lollipop* vodka rum whisky whiskey gin tequila brandy
      fondant marzipan edible sugar sugarpaste cake cakes cupcake* topper* mussel*
      dessert* pudding* custard* panna sorbet*`,
    fr: `citron* agrume* aubergine* légume* végétarien* recette* salade* tapioca lentille* crevette* gambas
      viennoiserie* boulangerie pâtisserie* bière* pastis sirop* apéritif* apéro liqueur* ail grillé* rôti* filet* poêlé* cuisson café
      bonbon* confiserie* chocolat* pastille* vodka rhum whisky gin tequila cognac
      fondant massepain comestible* sucre gâteau* moules
      dessert* flan flans entremets panna sorbet*`,
    de: `limette* zitrus* aubergine* gemüse* vegetarisch* rezept* salat* tapioka linse* garnele* gebäck*
      bäcker* konditor* bier likör* sirup knoblauch* pesto gegrillt* grill gebraten* filet* kaffee tee süßigkeit* bonbon*
      fruchtgummi* gummibär* schoko* wodka rum whisky gin tequila weinbrand
      fondant marzipan* essbar* zucker torte* tortenfigur* kuchen* miesmuschel*
      dessert* nachtisch* pudding* panna sorbet*`,
    nl: `limoen* citrus* aubergine* groente* vegetarisch* recept* salade* tapioca linze* garna* gebak* bakker*
      bier likeur* siroop knoflook* daslook* gegrild* gebakken filet* koffie thee snoep* chocola* wodka rum whisky gin tequila jenever
      fondant marsepein* eetbaar* suiker taart* mossel*
      dessert* toetje* pudding* vla panna sorbet*`,
    es: `lima* cítric* berenjena* verdura* vegetarian* receta* ensalada* tapioca lenteja* langostino* gamba*
      bollería panadería cerveza* cóctel* licor* sirope aperitivo* ajo ajos asad* plancha filete* frit* café
      golosina* caramelo* chuche* gominola* chocolate* vodka ron whisky ginebra tequila
      fondant mazapán comestible* azúcar tarta tartas tartalet* mejillón*
      postre* flan flanes natilla* panna sorbete*`,
    it: `lime limett* agrum* melanzan* verdur* vegetarian* ricetta* insalata* tapioca lenticchi* gamber*
      pasticceri* birra aperitivo liquor* sciroppo aglio grigliat* arrost* filett* fritt* caffè caramell*
      pastiglie pastiglia dolciu* cioccolat* vodka rum whisky gin tequila grappa
      fondant marzapane commestibil* zucchero torta torte cozze
      dessert* budino* budini panna semifreddo sorbett*`,
    pl: `limonk* cytrus* bakłażan* warzyw* wegetarian* przepis* sałatk* tapioka soczew* krewet* ciast* piekarn*
      piwo koktajl* likier* syrop* czosn* wódk* grillowan* pieczon* filet* smażon* kawa kawy kawę kawą herbat*
      cukierk* żelki żelek słodycz* czekolad* rum rumu whisky gin tequila
      fondant* marcepan* jadaln* cukrow* tort tortu tortów tortem małże małży małżami
      deser* budyń budyniu budyniem sorbet*`,
    ru: `лайм* цитрус* баклажан* овощ* вегетарианск* рецепт* салат* тапиок* чечевиц* кревет* выпечк* пекарн*
      пиво коктейл* ликер* сироп* чеснок* черемш* жарен* запечен* филе гриль кофе чай конфет* шоколад* мармелад*
      водк* ром джин виски текил* коньяк*
      мастик* марципан* съедобн* сахарн* торт торта торты тортов мидии мидий мидиями
      десерт* пудинг* сорбет*`,
  },
  // Pastries and biscuits named after an animal's part (bear claws and paws, elephant ears, Bärentatzen, медвежьи
  // лапки): only the baker's words, not the kitchen's, since bear paws and elephant meat are sold to be cooked.
  pastry: {
    en: 'pastry pastries bakery baker bakers cinnamon almond almonds icing glaze glazed dough biscuit* cookie* bun buns',
    fr: 'pâtisserie* boulangerie* boulanger* viennoiserie* cannelle amande* glaçage sucre biscuit* brioche* feuilleté*',
    de: 'gebäck* bäcker* backstube* backwaren konditor* zimt mandel* zuckerguss glasur teig kekse keks plätzchen',
    nl: 'gebak* bakker* banketbakker* kaneel amandel* suiker glazuur deeg koekje* koek',
    es: 'pastelería* panadería* bollería pastel pasteles canela almendra* azúcar glaseado galleta* hojaldre rellen*',
    it: 'pasticceri* panetteri* forno cannella mandorl* zucchero glassa impasto biscott* sfoglia',
    pl: 'cukierni* piekarni* ciast* ciastk* cynamon* migdał* cukr* lukr* herbatnik*',
    ru: 'кондитерск* пекарн* выпечк* корица корицей миндал* сахар* глазур* тесто печенье печенья печеньем',
  },
  // A car's seats and dashboard: their ivory is the leather's colour, never the tusk (not `vehicle`, whose airports and
  // ships are where ivory is seized).
  upholstery: {
    en: 'seats upholstery dashboard dash headlining sunroof',
    fr: 'sellerie sièges habitacle',
    de: 'ledersitze sitzbezüge armaturenbrett schiebedach panoramadach',
    nl: 'autobekleding dashboard schuifdak panoramadak',
    es: 'tapicería asientos salpicadero',
    it: 'sedili cruscotto abitacolo tettuccio',
    pl: 'tapicerk* siedzeni* fotele szyberdach',
    ru: 'сиденья сидений обивк* торпедо',
  },
  // A house cat's coat: a "tortoiseshell", a "Schildpatt-Katze", a "gata carey", a "kotka szylkretowa" is no shell.
  housecat: {
    en: 'cat cats kitten* kitty moggy neutered spayed chipped microchipped litter',
    fr: 'chat chats chatte chattes chaton* stérilisé* castré* pucé* litière',
    de: 'katze katzen kater kätzchen kastriert* gechippt* katzenklo',
    nl: 'kat katten poes poezen kater kitten* gecastreerd* gesteriliseerd* gechipt*',
    es: 'gato gatos gata gatas gatito* esterilizad* castrad* arenero',
    it: 'gatto gatti gatta gatte gattin* sterilizzat* castrat* lettiera',
    pl: 'kot koty kotka kotki kotek kociak* kocię* wysterylizowan* wykastrowan* zaczipowan* kuwet*',
    ru: 'кот коты кошка кошки кошку котён* котен* стерилизован* кастрирован* чипирован* лоток',
  },
  paint: {
    en: `paint paints repaint* emulsion matt matte gloss eggshell wall walls farrow primer woodwork skirting*
      hallway ceiling*
      stain stains varnish* lacquer* woodstain*`,
    fr: `peinture* mur murs mat satiné
      lasure* vernis lasurer vitrificateur*`,
    de: `wandfarbe* anstrich* lack* wand wände matt
      lasur* holzlasur* beize* holzbeize* klarlack*`,
    nl: `verf muurverf lak muur muren mat
      beits* houtbeits* vernis`,
    es: `pintura* pared* paredes mate esmalte
      barniz* tinte* lasur*`,
    it: `vernice* pittura* parete* pareti opaco
      impregnant* mordent*`,
    pl: `farba farby farbę ścian* matow* emalia
      bejc* lakier* lakierobejc* impregnat*`,
    ru: `краск* стен* матов* эмал*
      морилк* лак лака лаком лаки пропитк*`,
  },
  toy: {
    en: `halloween carnival onesie* toy toys plush* teddy soft cuddly kids children nursery sticker* costume* lego playmobil minecraft
      squishmallow* inflatable* float pool steiff schleich papo figurine* diorama* revell tamiya airfix italeri jigsaw* puzzle*`,
    fr: `carnaval* jouet* peluche* doudou enfant* autocollant* déguisement* gonflable* bouée* échecs steiff schleich papo
      figurine* maquette* maquettisme revell tamiya airfix italeri puzzle* lego playmobil duplo
      crèche* maternelle*`,
    de: `fasching* karneval* spielzeug* plüsch* kuscheltier* stofftier* kinder* teddy aufkleber* kostüm* aufblasbar* schwimmtier*
      schach* bespielt schleich steiff papo spielfigur* bausatz* bausätze modellbau* revell tamiya airfix italeri puzzle*
      lego playmobil duplo klemmbaustein* spielwaren*
      kita`,
    nl: `carnaval* speelgoed* knuffel knuffels knuffeldier* knuffelbe* pluche* kinder* sticker* kostuum* opblaas* zwemband* schaak* steiff schleich papo
      speelfiguur* bouwpakket* modelbouw* revell tamiya airfix italeri puzzel* lego playmobil duplo bouwstenen
      kleuter* peuter*`,
    es: `carnaval* juguete* peluche* niño* niños pegatina* disfraz* hinchable* flotador* ajedrez steiff schleich papo figuras
      maqueta* modelismo revell tamiya airfix italeri puzle* puzzle* lego playmobil duplo
      guardería*`,
    it: `carneval* giocattol* peluche* bambin* adesiv* costume* gonfiabil* salvagente scacch* steiff schleich papo statuine
      modellismo modellin* revell tamiya airfix italeri puzzle lego playmobil duplo mattoncin*
      asilo`,
    pl: `przebierań* zabawk* pluszak* pluszow* maskotk* dzieci* dziecko dziecka dziecięc* naklejk* kostium* strój stroje stroju
      przebrani* dmuchan* szach* steiff schleich papo figurki modelarstw* modelarsk* revell tamiya airfix italeri puzzle
      układank* lego playmobil duplo klocki klocków
      przedszkol*`,
    ru: `маскарад* карнавал* игрушк* плюшев* мягкая детск* наклейк* костюм* надувн* шахмат* ферз* ладь* ладью пешк* гроссмейстер*
      эндшпил* мат steiff schleich papo фигурк* брелок* брелк* брелоч* моделизм* моделист* revell tamiya airfix italeri пазл*
      игрушек lego playmobil duplo конструктор*
      игрушечн*
      садик*`,
  },
  brand: {
    en: `shop store outlet* brand* boutique* mall opening hours beer lager tank tanks lacoste polo ltd llc
      supermarket* hypermarket* leaflet* flyer* hardware`,
    fr: `magasin* boutique* marque marques enseigne* galerie lacoste société sarl
      supermarché* hypermarché* prospectus quincaillerie*`,
    de: `modemarkt* modemärkte* filiale* markt* marke marken* geschäft* laden öffnungszeit* schreibmaschine* nähmaschine*
      panzer* kaufhaus* lacoste firma gmbh supermarkt* baumarkt* prospekt*`,
    nl: `winkel* filiaal* merk merken openingstijd* lacoste firma supermarkt* bouwmarkt* folder*`,
    es: `tienda* marca marcas sucursal* lacoste empresa supermercado* hipermercado* folleto* ferretería*`,
    it: `negozio* negozi marchio* marca lacoste ditta azienda supermercat* ipermercat* volantin* ferramenta`,
    pl: `sklep* marka* marki salon* lacoste firma supermarket* hipermarket* gazetk*`,
    ru: `магазин* бренд* марка марки марку маркой марок lacoste фирма компания супермаркет* гипермаркет*`,
  },
  place: {
    en: `coast tower* soap merchant ivorian abidjan pub pubs inn hotel* restaurant* café cafe bar menu centre center
      shopping district suburb station underground island islands isle haven* offshore trip weekend sightseeing
      museum* cathedral* university universities cave caves cavern* ticket* street avenue`,
    fr: `côte cote tour savon* ivoirien* abidjan restaurant* hôtel* hotel* brasserie* café auberge* menu quartier
      arrondissement station métro île îles paradis visite* séjour musée* cathédrale* université* grotte* gouffre* billet*`,
    de: `küste turm seife* gasthaus gasthof restaurant* hotel* kneipe* café speisekarte* stadtteil bezirk station
      haltestelle insel* steueroase* ausflug* wochenende städtereise* altstadt museum* kathedrale* straße strasse
      universität* studiert höhle* tropfsteinhöhle* eintritt* ticket*`,
    nl: `kust toren zeep café restaurant* hotel* herberg* kroeg* menu ontbijt lunch wijk stadsdeel station halte
      metrostation eiland* belastingparadijs* uitstap* weekend stedentrip* museum* kathedraal* universiteit* grot grotten kaartje* ticket*
      straat plein`,
    es: `costa torre jabón* restaurante* hotel* cafetería* mesón menú distrito barrio estación metro isla islas
      paraíso escapada* turismo museo* catedral* universidad* cueva* gruta* entradas billete* calle plaza avenida`,
    it: `costa torre sapone* ristorante* albergo hotel* trattoria* osteria* menù quartiere stazione fermata metro
      isola isole paradiso gita weekend viaggio musei cattedrale* duomo università grotta grotte bigliett* piazza viale`,
    pl: `wybrzeże* wieża wieży mydło* restauracj* hotel* karczm* zajazd* kawiarni* dzielnic* osiedl* stacj* metra
      wysp* raj wycieczk* weekend zwiedzani* muzeum katedr* uniwersytet* jaskini* bilet* ulica ulicy plac placu`,
    ru: `берег* башн* мыл* ресторан* гостиниц* отел* кафе меню район* станци* метро остров* офшор* поездк*
      экскурси* музе* собор* университет* пещер* билет* улиц* площад* проспект*`,
  },
  tool: {
    en: `binocular* scope clip clips clamp* jumper cable* lead leads pliers wrench* spanner* glue* adhesive* tape tube tubes meter meters
      anemometer* gauge* rangefinder* thermometer*`,
    fr: `jumelle* pince* câble* clip colle colles adhésif* ruban scotch tube tubes anémomètre* télémètre* thermomètre*`,
    de: `fernglas* feldstecher* klemme* kabel* zange* kleber* klebstoff* klebestift* alleskleber* sekundenkleber* klebeband* tape
      tube tuben messgerät*
      windmesser* entfernungsmesser* thermometer*`,
    nl: `verrekijker* klem* kabel* tang lijm* tape plakband* tube tubes meter windmeter* afstandsmeter* thermometer*`,
    es: `prismático* binocular* pinza* cable* pegamento* adhesivo* cinta tubo tubos anemómetro* telémetro* termómetro*`,
    it: `binocol* pinza* pinze cavo cavi morsetto* colla* adesiv* nastro tubetto* anemometro* telemetro* termometro*`,
    pl: `lornet* krokodylk* zacisk* kabel* kable klej* taśm* tubk* wiatromierz* anemometr* dalmierz* termometr*`,
    ru: `бинокл* зажим* кабел* провод* клей* клея клею клеем скотч* изолент* тюбик* анемометр* дальномер* термометр*`,
  },
  gem: {
    en: 'eye eyes stone stones gemstone* onyx turquoise bead* earring* bracelet* necklace* pendant* quartz crystal* ring rings',
    fr: 'œil yeux pierre* gemme* perle* bracelet* collier* pendentif* boucle* quartz cristal* bague*',
    de: 'auge augen stein* edelstein* perle* armband* kette* anhänger* ohrring* quarz kristall* ring ringe',
    nl: 'oog ogen steen stenen edelsteen* kraal* kralen armband* ketting* hanger* oorbel* kwarts kristal* ring ringen',
    es: 'ojo ojos piedra* gema gemas cuenta* pulsera* collar* colgante* pendiente* cuarzo cristal* anillo*',
    it: 'occhio occhi pietra pietre gemma* perlin* bracciale* collana* ciondolo* orecchin* quarzo cristall* anello anelli',
    pl: 'oko oczy kamień kamienie kamieni klejnot* koralik* bransolet* naszyjnik* wisior* kolczyk* kwarc kryształ* pierścion*',
    ru: 'глаз камень камни камн* самоцвет* бусин* браслет* ожерель* кулон* серьг* кварц кристалл* кольц*',
  },
  // Other animals named after a listed one ("leopard gecko", "gecko léopard", "tiger barb", "panda cory"): the name is
  // theirs, and none of these is listed under the name of the animal it borrows. (The tiger shark is listed under its
  // own name, with the requiem sharks, since 2023.)
  namesake: {
    any: 'heterodon* corydoras*',
    en: `gecko* shark* barb barbs moth* frog* slug* snail* pleco* catfish hognose* moray* loach* cichlid* oscar* lily lilies
      mosquito* beetle* rabbit* bunny bunnies puppy puppies cory corys cories`,
    fr: `gecko* requin* barbu* grenouille* limace* escargot* poisson* papillon* loche* cichlid* lis moustique* scarabée*
      fourmi* lapin* chien* chiot*`,
    de: `gecko* hai haie barbe* hakennase* frosch* frösche nacktschneck* schneck* wels* welse muräne* schmerle* buntbarsch* lilie*
      mücke* käfer* ameise* kaninchen* hund hundes hunde* welpe*`,
    nl: `gekko* haai* barbeel* varkensneus* kikker* naaktslak* slak* meerval* murene* modderkruiper* cichlide* lelie* mug muggen
      kever* mier mieren konijn* hond honden* hondje* puppy`,
    es: `geco* gecko* tiburón tiburones barbo* barbos rana* babosa* caracol* bagre* morena* cíclido* lirio* mosquito*
      escarabajo* hormiga* conejo* pez peces perro*`,
    it: `geco gechi gecko* squalo squali barbo* barbi rana rane lumaca* chiocciol* pesce pesci murena* ciclid* giglio gigli
      zanzar* scarabe* formic* conigli* cagnolin*`,
    pl: `gekon* rekin* brzank* zbrojnik* żaba żaby ślimak* murena* pielęgnic* lilia lilie komar* chrząszcz* żuk* mrówk*
      królik* psa psy szczeni*`,
    ru: `геккон* акул* барбус* свинонос* хетеродон* цихлазом* лягушк* слизн* улитк* сом сомы мурен* цихлид* лили* комар* жук* муравь* кролик*
      собак* щен*`,
  },
  furniture: {
    en: `table* chair* feet foot leg legs furniture sofa cabinet* bathtub* tub clawfoot pastry`,
    fr: `table* chaise* pied pieds meuble* baignoire*`,
    de: `tisch* stuhl* stühle füße fuß möbel* badewanne*`,
    nl: `tafel* stoel* poten poot meubel* bad`,
    es: `mesa* silla* pata patas mueble* bañera*`,
    it: `tavol* sedi* piedi zampe mobil* vasca`,
    pl: `stół stoł* krzes* nóżk* nogi mebl* wann*`,
    ru: `стол* стул* ножк* мебел* ванн*`,
  },
  // The roe of other fish sold as "caviar" (lumpfish, salmon, trout, herring, capelin) and the words for a
  // substitute: sturgeon caviar is the only listed one.
  roe: {
    en: `lumpfish lumpsucker lump salmon* trout* herring* capelin keta ikura tobiko masago substitute* ersatz alternative*`,
    fr: `lompe lump saumon* truite* hareng* capelan keta ikura tobiko succédané* substitut* alternative*`,
    de: `seehase* lachs* forelle* hering* lodde keta ikura tobiko ersatz* alternative*`,
    nl: `lompvis* lump zalm* zalmeitjes forel* haring* lodde keta ikura tobiko vervang* alternatief alternatieve`,
    es: `lumpo lompo salmón* trucha* arenque* capelán keta ikura tobiko sucedáneo* sustitut* alternativa*`,
    it: `lompo lompi salmone* trota* trote aringa* capelin* keta ikura tobiko surrogat* sostitut* alternativa alternative`,
    pl: `tasz* łosos* łososi* pstrąg* pstrąga śledzi* śledź gromadnik* keta ikura tobiko namiastk* zamiennik* alternatyw*`,
    ru: `пинагор* лосос* горбуш* кет* форел* сельд* мойв* щук* заменител* имитированн* альтернатив*`,
  },
  // Russian "рысь" is also the trot of a horse ("перешла на рысь"); the words of riding tell that sense. A horse's
  // sex and coat breed do too: a "Leopard Appaloosa gelding" or a "yegua appaloosa leopardo" is a spotted horse.
  riding: {
    en: 'horse horses pony rider* riding saddle* gallop* canter* trot dressage gelding* mare mares stallion* foal* appaloosa*',
    fr: 'cheval chevaux poney cavalier* cavalière* selle* galop* trot dressage jument* hongre* étalon* poulain* appaloosa*',
    de: 'pferd* pony reiter* reiten sattel* galopp* trab dressur stute* wallach* hengst* fohlen* appaloosa* knabstrupper*',
    nl: 'paard* pony ruiter* rijden zadel* galop* draf dressuur merrie* ruin hengst* veulen* appaloosa*',
    es: 'caballo* poni jinete* silla galope* trote doma yegua* potro* semental* appaloosa*',
    it: 'cavall* pony cavalier* sella galopp* trotto dressage giument* castrone* stallone* puledr* appaloosa*',
    pl: 'koń konia konie koni jeźdź* siodł* galop* kłus* ujeżdżeni* klacz* wałach* ogier* źrebi* appaloosa*',
    ru: `лошад* конь коня кони кобыл* жереб* пони всадник* наездник* седл* галоп* шаг рысак* выездк* ипподром*
      верхом шагом конн* конюш* манеж* аллюр* мерин* аппалуз*`,
  },
  // Looking after a pot plant or a garden: the orchid on a windowsill is an artificially propagated hybrid, which
  // the Convention exempts, and the garden's Euphorbia or snowdrops are not traded. Since branch checklist14 the
  // soaking of pot plants by immersion and the cutting back of their stems count in every language; since branch
  // checklist15 the hybrids, cultivars, rooted cuttings and nurseries of the garden trade too (the orchid
  // annotation exempts artificially propagated hybrids of Phalaenopsis, Cymbidium, Dendrobium and Vanda; annotation
  // #4 the cultivars of Schlumbergera and Hatiora, the Christmas and Easter cacti).
  garden: {
    en: `water watering watered repot* windowsill* houseplant* garden* compost* fertili* prune pruning border borders
      soak* immers* radiator*`,
    fr: 'arros* rempot* rebord fenêtre jardin* engrais terreau tremp* immers* radiateur*',
    de: `gieß* giess* umtopf* fensterbank* zimmerpflanze* garten* gärten dünge* beet beete rückschnitt tauch* einweich*
      heizkörper*`,
    nl: 'water gieten verpot* vensterbank* kamerplant* tuin* bemest* potgrond dompel* onderdompel* snoei* afknip* radiator*',
    es: 'riego rieg* regar trasplant* alféizar* jardín* jardines abono* maceta* inmersión sumerg* poda podar radiador*',
    it: 'annaff* bagnar* rinvas* davanzale* giardin* concim* terriccio immersion* immerg* potatur* termosifon* calorifer*',
    pl: 'podlew* przesadz* parapet* ogród* ogrod* nawoż* nawóz moczeni* zanurz* przycin* kaloryfer*',
    ru: 'полив* пересад* подоконник* комнатн* сад сада саду удобрен* грунт* погружен* обрезк* батаре*',
  },
  // The garden trade's own words (hybrids, cultivars, cuttings, nurseries, garden centres and the supermarket's
  // pot-plant shelf), kept apart from `garden` so that only the plants whose hybrids or cultivars the Convention
  // exempts weigh them (branches checklist15 and recall15p).
  nursery: {
    en: 'hybrid hybrids cultivar* cutting cuttings rooted nursery nurseries supermarket* grafted mutant*',
    fr: 'hybride hybrides cultivar* bouture boutures enracinée* jardinerie* pépinière* supermarché* greffé* mutant*',
    de: `hybrid* sorte sorten ableger steckling* bewurzelt* gartencenter* gärtnerei* baumarkt* supermarkt* gepfropft*
      farbmutant*`,
    nl: `hybride hybriden hybrides cultivar* stek stekje* stekken beworteld* kwekerij* tuincentrum* supermarkt* geënt*
      kleurmutant*`,
    es: 'híbrido* híbrida* cultivar* esqueje* enraizad* vivero* supermercado* injertad* mutante*',
    it: 'ibrid* cultivar* talea talee radicat* vivai* garden supermercat* innestat* mutant*',
    pl: 'hybryd* mieszańc* mieszaniec kultywar* odmian* sadzonk* ukorzenion* szkółk* supermarket* szczepion* mutant*',
    ru: 'гибрид* сорт сорта сортов черенк* укоренён* укоренен* питомник* супермаркет* привит* мутант*',
  },
  // Plants named after an animal (dandelion is "lion's tooth" in German, wild garlic the bear's, Strelitzia the
  // bird of paradise): the words of plants and flowers tell them from the animal.
  plant: {
    en: 'plant plants planted flower* bloom* blossom* potted pot pots bulb* seed* meadow* lawn* leaf strelitzia* tulip*',
    fr: 'plante* fleur* fleuri* pot pots bulbe* graine* prairie* pelouse* feuillage strelitzia* tulipe*',
    de: 'pflanze* blume* blüte* blüht blühen* topf wiese* rasen zwiebel* blätter strelitzie* tulpe*',
    nl: 'plant planten bloem* bloei* pot potten bol bollen zaad zaden weide* gazon* bladeren strelitzia* tulp tulpen',
    es: 'planta* flor flores florece* maceta* bulbo* semilla* prado* césped hojas estrelitzia* strelitzia* tulipán tulipanes',
    it: 'pianta piante fiore fiori fiorit* vaso bulbo* semi prato foglie strelitzia* tulipan*',
    pl: 'roślin* kwiat* kwitn* doniczk* cebulk* nasion* łąk* trawnik* liść liście liści strelicj* tulipan*',
    ru: 'растени* цвет* горшк* луковиц* семен* луг* газон* листья листьев стрелици* тюльпан*',
  },
  // The brain's hippocampus shares its name with the seahorses' genus in every language.
  anatomy: {
    en: 'brain* memory memories neuron* neural cortex alzheimer* dementia mri hippocampal amygdala neuroscien* sleep patient*',
    fr: 'cerveau* cérébral* mémoire neurone* cortex alzheimer démence irm neuroscien* sommeil patient*',
    de: 'gehirn* hirn* gedächtnis* neuron* kortex alzheimer* demenz mrt neurowissenschaft* schlaf patient*',
    nl: 'hersen* geheugen* neuron* cortex alzheimer* dementie mri neurowetenschap* slaap patiënt*',
    es: 'cerebro* cerebral* memoria neurona* corteza alzhéimer alzheimer demencia resonancia neurocienc* sueño paciente*',
    it: 'cervello* cerebral* memoria neuron* corteccia alzheimer demenza risonanza neuroscienz* sonno pazient*',
    pl: 'mózg* mózgu pamięć* pamięci neuron* kora kory alzheimer* demencj* rezonans* neuronauk* snu pacjent*',
    ru: 'мозг* памят* нейрон* кора коры альцгеймер* деменци* мрт нейронаук* сна пациент*',
  },
  // Swimming: the German "Seepferdchen" is a child's first swimming badge, the Italian "boa" a buoy.
  swimming: {
    en: 'swim* pool* lifeguard* badge* lengths',
    fr: 'nager nage nageur* nageuse* piscine* brevet*',
    de: 'schwimm* hallenbad* freibad* bademeister* abzeichen*',
    nl: 'zwem* zwembad* badmeester* diploma*',
    es: 'nadar nadamos nadando nadó natación piscina* socorrista* insignia*',
    it: 'nuot* piscina* bagnin* brevetto*',
    pl: 'pływ* basen* ratownik* odznak*',
    ru: 'плав* бассейн* спасател* значок*',
  },
  // A person called by an animal's name: a nickname, a chatterbox, a jinx, a couple of lovebirds, a politician.
  // The words of people, their roles and their weddings (not family words: heirlooms come from grandad).
  person: {
    en: `neighbour* neighbor* colleague* boss minister* politician* parliament* mp mps senator* mayor mayors mayoral president*
      leader* party election* married marry wedding* honeymoon engaged fiancé* bride* groom* ceremony
      girlfriend* boyfriend* knot candidate* councillor* councilor* alderman aldermen government* voted turnout`,
    fr: `voisin* collègue* patron* ministre* politique* politicien* député* sénateur* maire* président* élection* mariés
      mariage* fiancé* parti candidat* conseiller* conseillère* adjoint* adjointe*`,
    de: `nachbar* kollege* kollegin* chef* minister* politiker* abgeordnete* bürgermeister* präsident* wahl*
      hochzeit* verheiratet* verlobt* partei* kandidat* schwager schwägerin schwiegervater schwiegermutter gemeinderat*
      stadtrat* stadträtin* ratsherr* ratsmitglied* landrat* landrätin* beigeordnete*`,
    nl: `buurman buurvrouw buren collega* baas minister* politicus* politici kamerlid* burgemeester* president* verkiezing*
      getrouwd* bruiloft* verloofd* kandida* zwager schoonzus* schoonvader schoonmoeder raadslid raadsleden wethouder*
      gemeenteraad* fractievoorzitter*`,
    es: `vecin* compañer* jefe* jefa* ministr* polític* diputad* alcald* president* eleccion* casad* boda*
      novios candidat* cuñad* suegr* concejal* regidor* edil edila ediles`,
    it: `vicin* collega* capo ministr* politic* deputat* sindac* president* elezion* sposat* nozze
      fidanzat* partito candidat* cognat* suocer* consiglier* assessor*`,
    pl: `sąsiad* kolega* koleżank* szef* minist* polityk* posł* burmistrz* prezydent* wybor* małżeńst* ślub*
      narzeczon* kandydat* szwagier* szwagr* szwagierk* teść teścia teściow* radny radna radni radnego wójt* sołtys*`,
    ru: `сосед* коллег* начальник* министр* политик* депутат* мэр* президент* выбор* супруг* свадьб* жених*
      невест* кандидат* шурин* деверь* зять* свояк* свекр* тесть тестя тёщ* губернатор* градоначальник*`,
  },
  // Family notices: births, christenings, deaths and funerals, whose names are people's ("Mila e Nestor annunciano la
  // nascita di Penelope"): the notice's and the family's words, never the birth's own, which a breeder writes too.
  // Knots and cord work named for animals: a monkey's fist on a heaving line, a cobra weave of paracord.
  knot: {
    en: 'knot knots rope* paracord* macrame* lanyard*',
    fr: 'nœud nœuds corde cordes cordage* touline* paracorde* macramé*',
    de: 'knoten seil seile seilen tauwerk wurfleine* paracord* makramee*',
    nl: 'knoop knopen touw touwen werplijn* paracord* macramé*',
    es: 'nudo nudos cuerda* paracord* macramé*',
    it: 'nodo nodi corda corde sagola* paracord* macramè*',
    pl: 'węzeł węzła węzły węzłem węzłów lina liny linę paracord* makram*',
    ru: 'узел узла узлы узлом узлов верёвк* веревк* трос* паракорд* макраме',
  },
  notice: {
    en: `obituary obituaries funeral funerals condolence* christening* bereave* mourn* memoriam interment cremation
      widow widowed widower husband wife grandson* granddaughter* grandchild* grandfather* grandmother* godmother
      godfather godparent*`,
    fr: `obsèques funérailles décès défunt défunte condoléances baptême inhumation crémation veuve veuf époux épouse
      annoncer parrain marraine`,
    de: `geburtsanzeige* traueranzeige* nachruf* beerdigung* beisetzung* trauerfeier* beileid taufe verstorben* trauern
      ehemann ehefrau witwe* witwer enkelkind* enkelin* enkelsohn großvater großmutter`,
    nl: `geboortekaartje* overlijdensbericht* rouwkaart* overleden uitvaart* begrafenis* condoleance* memoriam crematie
      echtgenoot echtgenote weduwe weduwnaar kleinkind* kleinzoon kleindochter grootvader grootmoeder`,
    es: `esquela* funeral funerales sepelio velatorio condolencia* bautizo fallecimiento falleció difunt* exequias viuda
      viudo esposo nieto nietos nieta nietas abuelo abuela padrino madrina`,
    it: `fiocco funerale funerali esequie necrolog* lutto condoglianze battesimo defunt* vedova vedovo marito moglie
      nipotin* nonno nonna padrino madrina annunciano`,
    pl: `nekrolog* pogrzeb* kondolencj* chrzest chrztu chrzcin* zmarł zmarła zmarły wdowa wdowiec mąż żona wnuk wnuki
      wnuczka wnuczki dziadek babcia chrzestn*`,
    ru: `некролог* похорон* соболезновани* крестин* скончал* прощание панихид* поминк* вдова вдовец муж жена внук внуки
      внучка внучки дедушк* бабушк* крестн*`,
  },
  // Machines and building sites: cranes (a "grue", "gru", "żuraw" lifts loads), loaders and diggers, and the Russian
  // well sweep ("колодец-журавль", "колодезный журавль").
  machine: {
    en: 'loader* skid excavator* digger* tractor* forklift* telehandler* construction site* hydraulic* bucket*',
    fr: 'chantier* pelleteuse* chargeuse* tracteur* chariot* btp levage hydraulique*',
    de: 'baustelle* bagger* radlader* kran kräne gabelstapler* traktor* hydraulik* baumaschine*',
    nl: 'bouwplaats* graafmachine* shovel* heftruck* tractor* hijskraan* bouwkraan* hydraulisch*',
    es: 'obra obras excavadora* cargadora* tractor* carretilla* grúa* hidráulic*',
    it: 'cantiere* escavator* ruspa* trattor* muletto* autogru* edil* idraulic*',
    pl: 'budow* koparka* koparki ładowark* ciągnik* dźwig* hydraulicz*',
    ru: 'стройк* строительн* экскаватор* погрузчик* трактор* кран* гидравлик* колодец колодц* колодез*',
  },
  // Money and markets: central banks' hawks and doves, a bear market, a merger of giants.
  finance: {
    en: `inflation interest rate rates fed ecb investor* trader* stocks shares bonds crypto* bitcoin* nasdaq recession
      monetary bullish bearish`,
    fr: `taux inflation bce bours* obligations investisseur* monétaire* récession`,
    de: `zins* zinserhöhung* leitzins* inflation ezb notenbank* zentralbank* börse* aktie* anleihe* anleger*
      geldpolitik* rezession fusion* kartell*`,
    nl: `rente inflatie ecb beurs* aandel* obligatie* belegger* monetair* recessie`,
    es: `tipos interés inflación bce bolsa* inversor* monetari* recesión`,
    it: `tassi tasso inflazione bce borsa* azionari* obbligazion* investitor* monetari* recessione`,
    pl: `stopy procentow* inflacj* rpp nbp giełd* obligacj* inwestor* monetarn* recesj*`,
    ru: `ставк* инфляци* фрс центробанк* бирж* облигаци* инвестор* монетарн* рецесси*`,
  },
  // Star signs: the Lion of the horoscope, the Tiger of the Chinese calendar; and the constellations of a star map
  // (the Lynx, the Great Bear, the Lion of a meteor shower).
  zodiac: {
    en: 'horoscope* zodiac* astrolog* ascendant lunar constellation* meteor* telescope* astronom* planetari*',
    fr: 'horoscope* zodiaque* zodiacal* astrolog* ascendant constellation* météor* télescope* astronom* planétari*',
    de: 'horoskop* sternzeichen* tierkreis* astrolog* aszendent* sternbild* meteor* teleskop* astronom* sternkarte* planetari*',
    nl: 'horoscoop* sterrenbeeld* dierenriem* astrolog* ascendant meteor* telescoop* astronom* sterrenkaart* planetari*',
    es: 'horóscopo* zodiaco* zodíaco* astrolog* ascendente constelación* meteor* telescopio* astronom* planetari*',
    it: 'oroscopo* zodiac* astrolog* ascendente costellazion* meteor* telescopi* astronom* planetari*',
    pl: 'horoskop* zodiak* astrolog* ascendent* gwiazdozbi* konstelacj* meteor* teleskop* astronom* planetari*',
    ru: 'гороскоп* зодиак* астролог* асцендент* созвезди* метеор* телескоп* астроном* планетари*',
  },
  // Coats of arms, flags and emblems: a town's eagle, a crowned lion, the bear of a city's arms.
  heraldry: {
    en: `heraldry heraldic crest crests escutcheon* shield* flag flags banner* blazon* arms rampant passant
      azure gules purpure langued displayed`,
    fr: 'héraldique* blason* armoiries écusson* drapeau* bannière* armorial* azur gueules sinople lampassé* becqué*',
    de: `wappen* stadtwappen* landeswappen* gemeindewappen* familienwappen* staatswappen* wappentier* heraldik*
      heraldisch* flagge* fahne* banner* schild bewehrt* herzschild* helmzier*`,
    nl: 'wapen wapens stadswapen* gemeentewapen* familiewapen* rijkswapen* heraldiek* heraldisch* vlag vlaggen vaandel* schild azuur keel sabel sinopel getongd genageld',
    es: 'escudo* heráldic* blasón* bandera* estandarte* gules azur sinople linguad* uñad* bordura',
    it: 'stemma stemmi araldic* blasone* bandiera* stendard* scudo rampante linguat* scudetto',
    pl: 'herb herbu herbie herbem herby heraldy* flag* fladze sztandar* godło godła godle tarcz* klejnot*',
    ru: 'герб* геральди* флаг* знам* щит* щиток червлён* лазорев*',
  },
  // Board games whose pieces are animals: the Russian chess bishop is a "слон" (an elephant), xiangqi has elephants,
  // and chess openings are named after animals (the Orangutan, the Hippopotamus). A piece stands on a square ("слон
  // на g2"). Not "chess" itself: ivory chess sets are sold.
  game: {
    en: 'xiangqi gambit checkmate',
    fr: 'xiangqi gambit échiquier',
    de: 'xiangqi gambit schachbrett* schachzug* schachpartie*',
    nl: 'xiangqi gambiet schaakbord* schaakpartij*',
    es: 'xiangqi gambito tablero',
    it: 'xiangqi gambetto scacchiera',
    pl: 'xiangqi gambit debiut* debiuc* szachownic* arcydebiut*',
    ru: `шахматист* ферзь ферзя ферзём ферзей ладья ладьи ладью ладьёй пешк* пешек рокировк* дебют* эндшпил*
      миттельшпил* гамбит* шахматн* доск* a1 a2 a3 a4 a5 a6 a7 a8 b1 b2 b3 b4 b5 b6 b7 b8 c1 c2 c3 c4 c5 c6 c7 c8 d1 d2 d3 d4 d5 d6 d7 d8 e1 e2 e3 e4 e5 e6 e7 e8 f1 f2 f3 f4 f5 f6 f7 f8 g1 g2 g3 g4 g5 g6 g7 g8 h1 h2 h3 h4 h5 h6 h7 h8`,
  },
  // Myths, fantasy books and role-playing, board and video games, whose monsters borrow animals' names: the harpy
  // beside a griffin and a basilisk, a red dragon among painted miniatures, a boss at the end of a level. Not "game"
  // itself, nor "figure": game trophies and carved figures are sold.
  fantasy: {
    any: 'rpg dnd warhammer pathfinder',
    en: `mytholog* myth myths legend* fantasy tabletop miniatures griffin* griffon* gryphon* basilisk* manticore* minotaur*
      centaur* gorgon* chimera* unicorn* pegasus dungeon* quest* spell* elves orc orcs goblin* troll* wizard* roleplay*`,
    fr: `mytholog* mythe mythes légende* fantasy fantastique jdr rôle griffon* basilic* manticore* minotaure* centaure*
      gorgone* chimère* licorne* pégase donjon* quête* sortilège* elfe* gobelin* troll* sorcier*`,
    de: `mytholog* mythos mythen legende* fantasy rollenspiel* tabletop* miniaturen greif greifen basilisk* mantikor*
      minotaurus kentaur* zentaur* gorgone* chimäre* einhorn* pegasus endgegner* quest* zauber* elfen ork orks kobold*
      troll* verlies*`,
    nl: `mytholog* mythe mythen legende* fantasy rollenspel* tabletop miniaturen griffioen* basilisk* manticore minotaurus
      centaur* gorgo* chimaera eenhoorn* pegasus eindbaas eindbazen quest* tovenaar* elfen orks trollen bordspel*`,
    es: `mitologí* mito mitos leyenda* fantasía rol grifo grifos basilisco* mantícora minotauro centauro* gorgona*
      quimera* unicornio* pegaso mazmorra* hechiz* elfo* orco orcos duende* trol* misión`,
    it: `mitologi* mito miti leggend* fantasy ruolo grifone grifoni basilisco* manticora minotauro centaur* gorgone* chimera*
      unicorn* pegaso incantesim* elfo elfi orco orchi goblin* troll* dungeon*`,
    pl: `mitologi* mit mity mitów legend* fantasy fantastyk* fabularn* gryf gryfy gryfa gryfem gryfów bazylisz* mantykor*
      minotaur* centaur* gorgon* chimer* jednoroż* pegaz* elf* ork orki orków gobli* trol*`,
    ru: `мифолог* миф мифы мифов легенд* фэнтези ролев* настольн* грифон* василиск* мантикор* минотавр* кентавр* горгон*
      химер* единорог* пегас* эльф* орк орки орков гоблин* тролл* подземель*`,
  },
  // Counting and watching animals from afar: a census, a nest on a spire seen on a webcam, a bird seen through
  // binoculars. Nobody sells what they count or watch. (A sighting itself, "spotted by the river", "caught on a camera
  // trap", is the animal: the sense sentences keep it.)
  watching: {
    en: `survey* census* counted webcam* livestream* binocular* telescope* birdwatch* twitcher*
      birder*`,
    fr: `recens* inventaire* comptage* observé* observation* webcam* jumelle* télescope* ornitho*`,
    de: `zählung* gezählt* bestandsaufnahme* beobacht* webcam* livestream* fernglas* spektiv*
      teleskop* vogelbeobacht*`,
    nl: `telling* geteld* webcam* livestream* verrekijker* telescoop* vogelaar*
      vogelspot*`,
    es: `censo* recuento* conteo* contó contaron observad* webcam* prismático* telescopio*
      pajarer*`,
    it: `censiment* conteggi* contato contati osservat* webcam* binocol* cannocchial*
      telescopi* birdwatch*`,
    pl: `liczeni* policzon* naliczon* obserwacj* lornet* lunet* teleskop* ornitolog*`,
    ru: `учет* учёт* подсчет* подсчёт* насчитал* наблюдени* вебкамер* бинокл* подзорн* телескоп* веб
      орнитолог*`,
  },
  // The kit of keeping an animal sold without it: lamps, substrate, décor, filters, salt, an empty terrarium. (The cage
  // and the terrarium themselves are wildlife cues: a bird is sold "with its cage".)
  // A comparison ("a memory like an elephant", "fier comme un lion") names the animal only as a figure; its
  // cues are the words right before the animal word (PRECEDING_CUES), never words elsewhere in the sentence.
  simile: {},
  // German inns take an animal's name ("Gasthaus zum Löwen", "im Adler essen"): cues only right before the word.
  inn: {},
  equipment: {
    en: 'lamp lamps uvb uva heatmat* thermostat* substrate* decor filter* pump* heater* skimmer* led salt empty',
    fr: 'lampe* ampoule* uvb substrat* décor* filtre* pompe* chauffage* écumeur* led sel vide',
    de: 'lampe* uvb wärmelampe* heizmatte* bodengrund substrat* dekor* filter* pumpe* heizstab* abschäumer* led salz leer',
    nl: 'lamp lampen uvb warmtelamp* warmtemat* substraat decor* filter* pomp* verwarming* eiwitafschuimer* led zout leeg lege',
    es: 'lámpara* uvb sustrato* decoración filtro* bomba* calentador* skimmer led sal vacío vacía',
    it: 'lampada lampade uvb substrat* filtr* pompa* riscaldator* schiumatoio led spettro vuoto vuota',
    pl: 'lampa lampy lampę uvb podłoż* dekoracj* filtr* pomp* grzałk* odpieniacz* led sól soli pusty pusta puste',
    ru: 'ламп* уф грунт* декор* фильтр* помп* обогреват* скиммер* led соль пуст*',
  },
  // Beer: brewers name stouts and lagers after animals ("Black Rhino stout"); a brewery, its malt and its style say so.
  brewing: {
    en: 'beer* stout* porter ale ales lager lagers ipa abv brew* brewer* brewery breweries malt* hops hoppy pint pints cask* keg kegs',
    fr: 'bière* brasserie* brassé* brassée* brasseur* malt* houblon* stout* ipa pinte* canette*',
    de: 'bier* schwarzbier* brauerei* gebraut* brauer* malz* hopfen* stout* pils* starkbier* sixpack*',
    nl: 'bier* brouwerij* gebrouwen* brouwer* mout* hop stout* tripel ipa pint pintje* pintjes',
    es: 'cerveza* cervecer* malta lúpulo* stout* ipa',
    it: 'birra birre birrific* birrai* malto luppol* stout* ipa',
    pl: 'piwo piwa piwem browar* warzon* słodem słód chmiel* stout* ipa porter*',
    ru: 'пиво пива пивом пивовар* солод* хмел* стаут* эль',
  },
  // A street drug: desomorphine is "krokodil" for the scaly sores it leaves, in police warnings and news everywhere.
  drug: {
    en: 'drug drugs narcotic* heroin opioid* overdos* addict* desomorphine codeine',
    fr: 'drogue* stupéfiant* héroïne opioïde* overdose* surdose* toxicomane* désomorphine codéine',
    de: 'droge drogen rauschgift* heroin opioid* überdosis süchtig* desomorphin kodein',
    nl: 'drug drugs harddrug* heroïne opioïde* overdosis verslaaf* desomorfine codeïne',
    es: 'droga drogas narcótic* heroína opioide* sobredosis adict* desomorfina codeína',
    it: 'droga droghe stupefacent* eroina oppioid* overdose tossicodipendent* desomorfina codeina',
    pl: 'narkotyk* heroin* opioid* przedawkowa* uzależni* dezomorfin* kodein*',
    ru: 'наркотик* наркоман* героин* опиоид* передозировк* дезоморфин* кодеин*',
  },
  // A spot on the skin and its cure: Polish "pustułka" is a pustule as well as the kestrel. And the bedridden patients
  // of a hospital: an Italian "pappagallo" at the bedside is a urinal (not "paziente", which is "patient" the
  // adjective as well: "un pappagallo paziente con i bambini").
  ailment: {
    en: 'pimple* pustule* acne blemish* eyelid* ointment* dermatolog* pharmac* doctor*',
    fr: 'bouton* pustule* acné paupière* pommade* dermatolog* pharmac* médecin*',
    de: 'pickel* pustel* akne lid augenlid* salbe* dermatolog* apotheke* arzt ärztin',
    nl: 'puist* pukkel* acne ooglid* zalf* dermatolo* apotheek* dokter* huisarts*',
    es: 'grano granos pústula* acné párpado* pomada* dermatólog* farmacia* médico*',
    it: 'brufol* pustola* acne palpebr* pomata* dermatolog* farmaci* medico ospedal* pazienti degent* allettat* infermier* urin*',
    pl: 'pryszcz* krost* trądzik* powieka powiece powieki powiekę powiekach skórze twarzy nosie czole maść maści dermatolog* aptek* lekarz*',
    ru: 'прыщ* гнойничок* пустул* акне мазь* дерматолог* аптек* врач*',
  },
  // Spacecraft take birds' names (the Peregrine lunar lander): a lander, a probe, a rocket.
  spaceflight: {
    en: 'lander* spacecraft* spaceship* orbiter* astronaut* lunar moon rocket* nasa',
    fr: 'atterrisseur* alunissage* lunaire* spatial spatiale spatiaux fusée* astronaute*',
    de: 'mondland* landefähre* raumsonde* raumfahrt* raumschiff* raumfahrzeug* rakete* astronaut* mond',
    nl: 'maanland* ruimtevaart* ruimteschip* ruimtesonde* raket* astronaut* maan',
    es: 'alunizaje* alunizador* espacial* cohete* astronauta* luna',
    it: 'allunaggio* lander spaziale spaziali razzo* astronaut* luna lunare',
    pl: 'lądownik* kosmiczn* rakiet* astronaut* księżyc*',
    ru: 'посадочн* луноход* лунн* космическ* ракет* космонавт* астронавт*',
  },
  // An animal carved or cast as a figure ("carved bear pendant in mammoth ivory", "ours sculpté", "orso intagliato
  // nel legno"): the figure's subject, not the taxon, which only its material can be. For animals whose own parts are
  // not the carving's stuff; the carving words stay wildlife cues for the materials (ivory, horn, tortoiseshell).
  // So do the woods and stones souvenir figures are cut from (a wooden base, a plain "wood", stands under trophies).
  artwork: {
    en: `carved carving carvings sculpted sculpture* figure figures figurine* statuette* statue statues woodcarv* chainsaw
      teak mango sheesham soapstone`,
    fr: `sculpté sculptée sculptés sculptées sculpture* figurine* statuette* statue statues
      manguier teck stéatite`,
    de: `geschnitzt* schnitzerei* skulptur* figur figuren statue statuen statuette*
      holzfigur* mangoholz teakholz speckstein*`,
    nl: `gesneden snijwerk beeld beeldje* beeldhouw* sculptuur* figuur* standbeeld*
      houtsnijwerk mangohout teakhout speksteen`,
    es: `tallado tallada tallados talladas escultura* figura figuras figurita* estatua* estatuilla*
      mango teca esteatita`,
    it: `intagliato intagliata intagliati intagliate scolpito scolpita scolpiti scolpite scultura* statuina* statuetta*
      statua statue figurina* mango teak steatite`,
    pl: `rzeźbion* rzeźba rzeźby rzeźbę rzeźbk* figurk* figurka statuetk* posąż*
      mango tek steatyt*`,
    ru: `резн* вырезан* резьб* скульптур* статуэтк* фигурк*
      манго тик стеатит*`,
  },
};

/**
 * Words that say "made to look like" when they come right before the animal word, and only there: too common
 * to be cues anywhere in the sentence (Russian "под" is "under": "под охраной", "под угрозой исчезновения").
 * "Ботильоны под питона" are boots in python look. The compiler makes "под питона" an exclusion of every
 * ambiguous term of that language competing with the sense, so tabs carry no code for it. A cue of several words
 * joins them with `_` ("под_кожу": "под кожу крокодила", a phone case in crocodile look).
 * The word "for" right before an animal makes the thing sold the kit for it ("klatka dla papugi", "lampe pour
 * tortue"): a seller of the animal names it first. Not English "for", which also asks for one ("looking for").
 */
export const PRECEDING_CUES: Partial<Record<CompetingSense, CueText>> = {
  // And what a thing looks like ("looks like ivory, but it is camel bone", "похожа на слоновую кость").
  imitation: {
    en: 'looks_like look_like resembles',
    ru: 'под под_кожу под_кожу_из в_форме похожа_на похож_на похоже_на похожи_на напоминает',
    es: 'tipo efecto_piel_de imitación_piel_de con_forma_de en_forma_de parece parecido_al',
    it: 'tipo effetto_pelle_di a_forma_di sembra',
    fr: 'effet_peau_de façon_peau_de imitation_peau_de en_forme_de en_forme_d ressemble_à aspect',
    de: 'aus_wie ähnlich_wie',
    pl: 'imitacja_skóry wzór_skóry w_kształcie wygląda_jak wyglądają_jak przypomina',
    nl: 'in_de_vorm_van lijkt_op lijken_op',
  },
  equipment: { fr: 'pour', de: 'für', nl: 'voor', es: 'para', it: 'per', pl: 'dla', ru: 'для' },
  simile: {
    en: 'like_a like_an poke_the',
    fr: 'comme_un comme_une faim_de',
    de: 'wie_ein wie_eine wie_einen',
    nl: 'als_een',
    es: 'como_un como_una hambre_de',
    it: 'come_un come_una fame_da',
    // Polish "jak" and Russian "как" also start a list of examples ("takie jak", "такие как"): the sense filter
    // tells those from a comparison (sense-filter.ts, isBareSimile).
    pl: 'niczym',
  },
  // A French street, square or quay is named "des" or "du" something ("rue des Capucins", "place du Lion"): one
  // does not live in an animal.
  place: {
    fr: 'rue_des rue_du place_des place_du quai_des quai_du impasse_des impasse_du couvent_des',
    // And a Spanish or Italian one "del"/"de los"/"dei" something ("calle del Oso", "piazza dei Leoni").
    es: 'calle_del calle_de_los calle_de_las plaza_del plaza_de_los plaza_de_las avenida_del paseo_del',
    it: 'via_del via_dei via_della via_delle piazza_del piazza_dei piazza_della vicolo_del',
  },
  // "im"/"zum" right before an animal's name names a German inn ("im Löwen gegessen"): one is not "in" an animal.
  inn: { de: 'im zum' },
};

/**
 * Words right before the name of a listed skin or leather (trade code SKI: "piel de cocodrilo", "skóry pytona") that
 * make it the look of one, a print or an embossing on another material ("estampado de piel de cocodrilo", "imprimé
 * peau de crocodile", "z nadrukiem skóry krokodyla"). Only there: a "natural pattern" after the name is the skin's own.
 * The compiler makes each "<cue> <name>" an exclusion of the name.
 */
export const SKIN_LOOK_CUES: CueText = {
  en: 'faux embossed',
  fr: 'imprimé effet façon imitation simili',
  nl: 'imitatie',
  es: 'estampado_de estampado efecto imitación grabado',
  it: 'stampa stampata effetto',
  pl: 'nadrukiem imitacja tłoczona',
  ru: 'принт имитация',
};

/** The phrases "<skin-look cue> <name>" that cancel a listed skin's name of the cue's language. */
export function skinLookExclusions(lang: Exclude<Lang, 'la'>, text: string): string[] {
  return (SKIN_LOOK_CUES[lang] ?? '')
    .split(' ')
    .filter((cue) => cue !== '')
    .map((cue) => `${cue.replaceAll('_', ' ')} ${text}`);
}

/**
 * The phrases "<preceding cue> <term>" that cancel an ambiguous term of the cue's language. A furred animal's
 * imitation cues count though the sense does not compete with it anywhere in the sentence (German "Harz" is a resin
 * and the lynx's mountains): faux fur is made to look like its pelt ("шуба под рысь", "effet peau de lynx").
 */
export function precedingExclusions(term: AmbiguousTerm, lang: Exclude<Lang, 'la'>, text: string): string[] {
  const furred = term.terms.some((name) => FUR_GARMENTS.animals.includes(name));
  const senses: CompetingSense[] =
    furred && !term.competes.includes('imitation') ? [...term.competes, 'imitation'] : term.competes;
  return senses.flatMap((sense) =>
    (PRECEDING_CUES[sense]?.[lang] ?? '')
      .split(' ')
      .filter((cue) => cue !== '')
      .map((cue) => `${cue.replaceAll('_', ' ')} ${text}`),
  );
}

/** Words whose everyday sense is as common as the animal's, with the senses each competes with. */
export const AMBIGUOUS_TERMS: AmbiguousTerm[] = [
  {
    terms: ['ivory', 'ivoire', 'Elfenbein', 'ivoor', 'marfil', 'avorio', 'kość słoniowa'],
    // A car's ivory is its seats' leather ("Ivory leather seats", "tapicerka w kolorze kości słoniowej").
    competes: ['colour', 'fashion', 'imitation', 'place', 'paint', 'upholstery'],
    rule: 'support',
    // Besides the animals and figures, the things classically made of ivory (mahjong tiles, dominoes, chess sets,
    // knife handles and grips, snuff boxes, cigarette holders) and the materials it is set with (wood, ebony, bone,
    // bamboo): "Noże z trzonkami z kości słoniowej", "stenen van ivoor en bamboe". A colour's cue nearer still wins
    // ("commode en bois couleur ivoire").
    wildlife: {
      en: 'elephant* mammoth* walrus* hippo* piano keys mahjong* domino* dominoes chess chessmen bamboo hilt*',
      fr: 'éléphant* statuette* figurine* mahjong* domino* manche manches bois ébène os bambou échecs tabatière*',
      de: `elefant* figur* statuette* mahjong* domino* dominosteine griff griffe griffen griffschale* holz ebenholz
        knochen bambus schach* schnupftabak* zigarettenspitze* brieföffner*`,
      nl: `beeldje* figuur* olifant* mahjong* domino* schaakspel* schaakstukken heft heften handvat* hout houten
        ebbenhout bot botten bamboe snuifdoos* sigarettenpijp*`,
      es: 'figura* estatuilla* elefante* mahjong* dominó empuñadura* cachas madera ébano hueso bambú ajedrez boquilla*',
      it: `statuin* statuett* figur* elefant* mahjong* domino manico manici impugnatur* legno ebano osso bambù scacchi
        tabacchier* bocchin* tagliacarte`,
      pl: `figur* statuetk* słoń* słoni* mahjong* domino szachy szachów szachownic* trzonk* rękojeś* okładzin* drewn* heban*
        bambus* tabakier* cygarniczk* nóż noże noży nożyk*`,
    },
  },
  {
    // Dutch "ivoren" is the adjective "made of ivory": the colour is "ivoorkleurig" or "ivoorwit", so only a fake's
    // word cancels it ("imitatie ivoren"), and "ivoren toren" is an exclusion.
    terms: ['ivoren'],
    competes: ['imitation'],
    rule: 'veto',
  },
  {
    terms: ['слоновая кость', 'слоновой кости', 'слоновую кость'],
    competes: ['colour', 'fashion', 'imitation', 'paint', 'upholstery'],
    rule: 'support',
    wildlife: {
      ru: 'статуэтк* фигурк* слон* маджонг* домино шахмат* рукоят* ручк* дерев* эбен* бамбук* табакерк* мундштук* нож*',
    },
  },
  {
    terms: ['jaguar', 'ягуар'],
    // Cichlids and catfish borrow its name ("jaguar cichlid", "pielęgnica jaguar"): `namesake`.
    competes: ['vehicle', 'sport', 'brand', 'media', 'namesake'],
    rule: 'support',
    // Its parts as they are seized: fangs, claws and skins.
    wildlife: {
      // Not "fur": English cues count in every language, and it folds to German "für" ("für meinen Jaguar").
      en: 'cat cats rainforest amazon pantanal spots furs fang* claw* canine*',
      fr: 'félin* griffe* crocs canine* fourrure*',
      de: 'raubkatze* zähne krallen',
      nl: 'katachtig* tanden klauwen huiden',
      es: 'felino* selva garra* colmillo*',
      it: 'felin* zanne denti artigli',
      pl: 'kot kły kłami kłów pazur* skórami',
      ru: 'кошк* клык* когт*',
    },
  },
  {
    terms: ['python', 'pyton', 'pitone', 'pitón', 'питон'],
    // A shade's name in make-up palettes as well.
    competes: ['software', 'media', 'imitation', 'cosmetics'],
    rule: 'support',
    wildlife: { en: 'ball royal regius reticulated burmese morph* feeder* mice rats', de: 'königspython' },
  },
  {
    terms: [
      'alligator',
      'aligator',
      'caimán',
      'kajman',
      'crocodile',
      'croc',
      'crocodil',
      'krokodil',
      'krokodyl',
      'cocodrilo',
      'coccodrillo',
      'крокодил',
      'caiman',
      'caïman',
      'Kaiman',
      'kaaiman',
      'caimano',
      'кайман',
      'аллигатор',
    ],
    // The caimans also name islands (Cayman, Caimán, Caïmans) and a Porsche; crocodile is a yoga pose, a team's
    // name (`sport`) and a street drug (`drug`).
    competes: ['imitation', 'brand', 'tool', 'media', 'toy', 'place', 'vehicle', 'sport', 'drug', 'paint'],
    rule: 'veto',
  },
  {
    // Russian black caviar is sturgeon roe by name, and a cosmetic's ingredient too ("крем с чёрной икрой").
    terms: ['caviar', 'Kaviar', 'kaviaar', 'caviale', 'kawior', 'икра', 'чёрная икра'],
    competes: ['food', 'cosmetics', 'imitation', 'roe'],
    rule: 'veto',
  },
  {
    // "Амурские Тигры" is Khabarovsk's hockey club.
    // The cub's own names too (recall22).
    terms: ['tiger', 'tigre', 'tijger', 'tygrys', 'тигр', 'амурский тигр', 'tigrotto', 'tygrysiątko'],
    // Tiger lilies, begonias and Sansevieria ("lengua de tigre") are pot plants.
    competes: [
      'plant',
      'simile',
      'cosmetics',
      'food',
      'sport',
      'brand',
      'imitation',
      'toy',
      'vehicle',
      'media',
      'gem',
      'namesake',
      'place',
      'zodiac',
      'watching',
      'artwork',
    ],
    rule: 'veto',
  },
  {
    // The tiger's claw is a strike and a hand form of kung fu and karate in every language, and a brand of their kit.
    terms: [
      'tiger claw',
      'griffe de tigre',
      'Tigerkralle',
      'tijgerklauw',
      'garra de tigre',
      'artiglio di tigre',
      'pazur tygrysa',
      'коготь тигра',
    ],
    competes: ['sport', 'brand', 'imitation', 'toy', 'media'],
    rule: 'veto',
  },
  {
    // The "éléphants" of a party are its veterans; an "Elefantenhochzeit" is a merger of giants.
    // Its full name is on figures and prints too ("Schleich African elephant"), and "elephant grey" is a colour.
    terms: [
      'elephant',
      'éléphant',
      'Elefant',
      'olifant',
      'elefante',
      'słoń',
      // The plural and genitive are names of their own in the bundled list (taxa-mammals.ts).
      'słonie',
      'słonia',
      'слон',
      'African elephant',
      "éléphant d'Afrique",
      'Afrikanischer Elefant',
      'Afrikaanse olifant',
      'elefante africano',
      'słoń afrykański',
      'африканский слон',
    ],
    competes: [
      'colour',
      'sport',
      'paint',
      'toy',
      'imitation',
      'brand',
      'place',
      'media',
      'plant',
      'food',
      'pastry',
      'person',
      'finance',
      'simile',
      'inn',
      'heraldry',
      'watching',
      'game',
    ],
    rule: 'veto',
    carvedParts: {
      en: 'ivory ivories tusk tusks',
      fr: 'ivoire ivoires défense défenses',
      de: 'elfenbein* stoßzahn* stosszahn*',
      nl: 'ivoor* slagtand*',
      es: 'marfil colmillo colmillos',
      it: 'avorio avori zanna zanne',
      pl: 'słoniow* kieł kły cios ciosy',
      ru: 'слонов* бивн* бивень',
    },
  },
  {
    // A bear is also a falling market and a gruff or cuddly person ("un vrai ours", "misiu").
    // Polar bears are plush and porcelain figures as often as animals; a "Bärentatze" is also a pastry.
    terms: [
      'bear',
      'ours',
      'Bär',
      'beer',
      'grizzly',
      'oso',
      'orso',
      'niedźwiedź',
      'niedźwiedzie',
      'niedźwiedzia',
      'медведь',
      'bear claw',
      'Bärentatze',
      'polar bear',
      'ours polaire',
      'Eisbär',
      'ijsbeer',
      'oso polar',
      'orso polare',
      'orso bianco',
      'niedźwiedź polarny',
      'белый медведь',
      // Inns, restaurants and streets take the bear's colour with it ("The Black Bear", "calle del Oso Blanco").
      'black bear',
      'brown bear',
      'ours brun',
      'Braunbär',
      'bruine beer',
      'oso pardo',
      'oso blanco',
      'orso bruno',
      'niedźwiedź brunatny',
      'бурый медведь',
      // The cub is a plush toy, a marshmallow sweet or a nickname as often as the young animal.
      'ourson',
      'Bärenjunges',
      'berenwelp',
      'osezno',
      'niedźwiadek',
      'медвежонок',
      'медвежонка',
      'медвежата',
      'niedźwiadka',
      'niedźwiadki',
    ],
    competes: [
      'furniture',
      'toy',
      'sport',
      'food',
      'pastry',
      'brand',
      'place',
      'media',
      'plant',
      'finance',
      'person',
      'imitation',
      'fashion',
      'simile',
      'inn',
      'heraldry',
      'artwork',
    ],
    rule: 'veto',
  },
  {
    // Lions and eagles name teams, clubs, inns and emblems in every language (a Red Lion pub, a club's Eagles), towns,
    // sweets, a star sign, and people ("Arend", "Leone", "Lew"); "Bielik" is also a Polish language model.
    terms: [
      'lion',
      'Löwe',
      'leeuw',
      'león',
      'leone',
      'lew',
      'лев',
      // The lion's cases, each a term of its own (a word of three letters is too short to inflect): "Lwa Tołstoja",
      // "Horoskop dla Lwa", "Со Львом Гумилёвым", "Памятник Льву Яшину".
      'lwa',
      'lwu',
      'lwem',
      'lwie',
      'lwy',
      'lwom',
      'lwami',
      'lwach',
      'льва',
      'льву',
      'львом',
      'льве',
      'львы',
      'львам',
      'львами',
      'львах',
      // The lioness is a figure in a box of toys as often as the lion.
      'lioness',
      'lionne',
      'leona',
      'leonessa',
      'lwica',
      'львица',
      // The cub too, and Sochaux's players are "les Lionceaux".
      'lionceau',
      'lwiątko',
      'львёнок',
      'львёнка',
      'львята',
      'eagle',
      'aigle',
      'arend',
      'águila',
      'aquila',
      'orzeł',
      'орёл',
      'bielik',
      // Sea eagles name ships and boats ("MS Seeadler"); the black eagle is Prussia's arms (the checklist's
      // Ictinaetus).
      'sea eagle',
      'black eagle',
      'Seeadler',
      'zeearend',
      'pygargue',
      'aquila di mare',
      'орлан',
      // The golden eagle names beers, pubs, binoculars and teams as well ("Golden Eagle ale", "Беркут").
      'golden eagle',
      'aigle royal',
      'Steinadler',
      'steenarend',
      'águila real',
      'aquila reale',
      'orzeł przedni',
      'беркут',
    ],
    // Rabbits, fish and a dog breed borrow the lion's name ("lionhead", "pez león", "Löwchen"): `namesake`.
    competes: [
      'namesake',
      'sport',
      'brand',
      'place',
      'media',
      'toy',
      'imitation',
      'vehicle',
      'fashion',
      'plant',
      'food',
      'zodiac',
      'person',
      'software',
      'simile',
      'inn',
      'heraldry',
      'tool',
      'artwork',
    ],
    rule: 'veto',
  },
  {
    // The snow leopard's Russian names are brands and a hockey club ("Ак Барс").
    // A leopard Appaloosa is a horse's spotted coat (`riding`).
    // The snow leopard is also a Mac system and a team's emblem.
    terms: [
      'leopard',
      'léopard',
      'Leopard',
      'luipaard',
      'leopardo',
      'lampart',
      'леопард',
      'ирбис',
      'irbis',
      'барс',
      'snow leopard',
      'Schneeleopard',
      'panthère des neiges',
      'sneeuwluipaard',
      'leopardo de las nieves',
      'leopardo delle nevi',
      'pantera śnieżna',
      'снежный барс',
    ],
    competes: [
      'imitation',
      'fashion',
      'software',
      'vehicle',
      'brand',
      'namesake',
      'toy',
      'sport',
      'watching',
      'cosmetics',
      'heraldry',
      'zodiac',
      'riding',
    ],
    rule: 'veto',
  },
  {
    // The panda cory (Corydoras panda) and the panda loach are aquarium fish (`namesake`).
    terms: ['panda', 'панда'],
    competes: ['software', 'vehicle', 'toy', 'brand', 'food', 'namesake'],
    rule: 'support',
    wildlife: { en: 'bamboo giant chengdu', de: 'bambus', fr: 'bambou', es: 'bambú', it: 'bambù', ru: 'бамбук*' },
  },
  {
    // The ostrich is listed only as the wild birds of North and West Africa (Appendix I, 25 countries' populations):
    // the leather, feathers, eggs and meat of trade come from farms elsewhere, so only words of the wild birds and of
    // their smuggling light it ("piel", "skin" and "hide" describe the farmed leather just as well).
    terms: ['ostrich', 'autruche', 'Strauß', 'struisvogel', 'avestruz', 'struzzo', 'struś', 'страус'],
    competes: ['fashion', 'food', 'imitation', 'brand', 'person'],
    rule: 'support',
    wildlife: {
      any: 'cites',
      en: 'wild poach* smuggl* seiz* confiscat* sahara* sahel*',
      fr: 'sauvage* braconn* contrebande saisi* saisie* confisqu* sahara* sahel*',
      de: 'wild wildfang* wilderei schmuggel* beschlagnahm* sahara* sahel*',
      nl: 'wild wildvang* stroperij smokkel* inbeslag* sahara* sahel*',
      es: 'salvaje* furtiv* contrabando decomis* incaut* sahara* sahel*',
      it: 'selvatic* bracconag* contrabbando sequestr* sahara* sahel*',
      pl: 'dzikie dzikich dzikiego kłusow* przemyt* sahel*',
      ru: 'дики* браконь* контрабанд* изъят* сахел*',
    },
    ownCuesOnly: true,
  },
  {
    // The giant panda's full name is on plush toys and prints as often as on the animal.
    terms: [
      'giant panda',
      'panda géant',
      'Großer Panda',
      'Riesenpanda',
      'reuzenpanda',
      'panda gigante',
      'panda wielka',
      'большая панда',
      // The red panda is a zoo's favourite, a plush and a print as often as the giant one.
      'red panda',
      'panda roux',
      'Kleiner Panda',
      'Roter Panda',
      'rode panda',
      'kleine panda',
      'panda rojo',
      'panda rosso',
      'panda mała',
      'panda czerwona',
      'малая панда',
      'красная панда',
    ],
    competes: ['toy', 'imitation', 'fashion', 'media', 'brand', 'watching'],
    rule: 'veto',
  },
  {
    // A dragon alone is a team, a film, a kite or a zodiac sign: the listed one is the Komodo dragon, by its full name.
    terms: ['dragon', 'dragón', 'drago', 'smok', 'дракон'],
    competes: ['sport', 'media', 'toy', 'imitation', 'brand', 'place', 'zodiac', 'vehicle', 'fantasy'],
    rule: 'support',
  },
  {
    // Mongoose is a bicycle brand and Mungo a given name ("Mungo Park").
    terms: [
      'mongoose',
      'Mungo',
      'Mungohaar',
      'mangouste',
      'mangoestehaar',
      'mangoeste',
      'mangosta',
      'mangusta',
      'мангуст',
    ],
    competes: ['vehicle', 'brand', 'toy', 'person', 'sport', 'imitation', 'fantasy'],
    rule: 'veto',
  },
  {
    // The harpy is a monster of myths and games before it is the eagle ("harpie, griffon, basilic"); the eagle by its
    // full name ("harpy eagle", "aigle harpie") keeps no such sense.
    terms: ['harpy', 'harpie', 'Harpyie', 'harpij', 'arpía', 'arpia', 'harpia', 'гарпия'],
    competes: ['fantasy', 'media', 'toy', 'imitation', 'sport', 'brand'],
    rule: 'veto',
  },
  {
    // The Komodo dragon by its full name is also a chess engine ("Komodo Dragon" beside Stockfish).
    terms: ['Komodo dragon', 'dragon de Komodo', 'dragón de Komodo', 'drago di Komodo'],
    competes: ['software', 'media', 'toy', 'imitation'],
    rule: 'veto',
  },
  {
    // Albatrosses name sailing ships, aircraft and teams.
    terms: ['albatross', 'albatros', 'albatro', 'альбатрос'],
    competes: ['vehicle', 'brand', 'media', 'sport', 'place'],
    rule: 'veto',
  },
  {
    // The Capuchin friars name convents, streets and squares across France ("rue des Capucins").
    terms: ['capucin'],
    competes: ['place', 'person'],
    rule: 'veto',
  },
  {
    // The English name alone is also the friar, his church and his hooded cloak: only a word of the animal says it.
    terms: ['capuchin'],
    competes: ['place', 'person', 'fashion'],
    rule: 'support',
    wildlife: { en: 'monkey* primate* diaper* nappies' },
  },
  {
    // "Смотрит как удав на кролика": the boa of a Russian idiom for a fixed, cold stare.
    terms: ['удав'],
    competes: ['simile', 'toy', 'imitation', 'media', 'fashion'],
    rule: 'veto',
  },
  {
    // Keepers' shorthand for ball pythons (in the plural only) and Alexandrine parakeets: "BPs" are also an oil firm's
    // stations and blood pressures, an "alexandrine" a verse and a given name. Only a keeper's word beside them says
    // the animal.
    terms: ['BPs', 'Alexandrines', 'Alexandrine'],
    competes: ['brand', 'media'],
    rule: 'support',
    wildlife: {
      en: `morph* het hets clutch* hatchling* hatched pastel clown banana piebald mojave enchi gravid incubat* thawed
        hen hens cock cocks aviary aviaries ringed sexed parakeet* chick chicks`,
    },
  },
  {
    // German keepers' shorthand for the ball python ("1,0 KöPy NZ 24"): folded it is Polish "kopy" (heaps), so only a
    // keeper's word beside it says the snake.
    terms: ['KöPy'],
    competes: ['brand', 'media'],
    rule: 'support',
    wildlife: {
      de: `nachzucht* morph* het pastel clown banana piebald mojave enchi spider frisst fressen frostm* ratten mäuse
        terrarium* männchen weibchen`,
    },
  },
  {
    // German keepers' shorthand for chameleons and land tortoises: "Landis" is also a surname, so only a keeper's word
    // beside them says the animal.
    terms: ['Chamis', 'Landis'],
    competes: ['brand', 'media'],
    rule: 'support',
    wildlife: {
      de: `nachzucht* terrarium* männchen weibchen frisst fressen heimchen grillen schaben freiland* gehege
        winterstarre überwinter* schlupf* panzer wärmelampe haltung halter`,
    },
  },
  {
    // German keepers' initials of Hermann's eastern tortoise ("THB NZ 2025"), also the Thai baht's code on every
    // price in Thailand: only a keeper's word beside it says the tortoise (names35).
    terms: ['THB'],
    competes: ['finance', 'brand'],
    rule: 'support',
    wildlife: {
      // Not "NZ" (Nachzucht): it is New Zealand on a Thai travel page.
      de: `nachzucht* freiland* gehege winterstarre überwinter* schlupf* panzer landschildkröte* schildkröte*
        männchen weibchen papiere* fotodoku* haltung`,
    },
  },
  {
    // Keepers' initials of the nominate boa ("Femelle BCC Suriname"), also an e-mail's blind copy and a bank's or a
    // club's initials: only a keeper's word beside it says the snake (names35).
    terms: ['BCC'],
    competes: ['software', 'finance', 'brand', 'sport', 'media'],
    rule: 'support',
    wildlife: {
      en: 'boa boas morph* het female male snake* feeding rats mice thawed',
      fr: 'boa boas femelle mâle serpent* rats souris décongelé* mue',
      de: 'boa boas weibchen männchen schlange* ratten mäuse nachzucht*',
      nl: 'boa boas vrouw man slang* ratten muizen',
      es: 'boa boas hembra macho serpiente* ratas ratones',
      it: 'boa boas femmina maschio serpent* ratti topi',
    },
  },
  {
    // The alligator's everyday clipping is also a university's teams, a utility vehicle, a clip and a brand: only a
    // wildlife word beside it ("baby gator", "gator skin boots") says the animal (names35).
    terms: ['gator'],
    competes: ['sport', 'vehicle', 'tool', 'brand', 'media', 'toy'],
    rule: 'support',
    wildlife: {
      en: 'crickets pinkies eats eating feeding belly leather swamp* bayou* tail',
    },
  },
  {
    terms: ['Ozelot', 'ocelot', 'оцелот'],
    competes: ['brand', 'fashion', 'imitation'],
    rule: 'support',
    // Sellers offer ocelots as kittens: the young animal's word in each language is the wildlife sense (block added
    // by branch recall10).
    wildlife: {
      en: 'cat cats furs kitten*',
      de: 'katze* raubkatze* kitten kätzchen jungtier*',
      nl: 'kitten* katje* kat katten',
      fr: 'chaton* chat chats',
      es: 'gatito* gato gatos cachorr*',
      it: 'gattin* gatto gatti cucciol*',
      pl: 'kociak* kocię* kocięta kot koty',
      ru: 'котен* котён* котят* кошк* кот',
    },
  },
  {
    terms: ['Adler'],
    competes: ['brand', 'sport', 'fashion'],
    rule: 'support',
  },
  {
    // The eagle owl's German name is also the glue every German household knows ("UHU Alleskleber").
    terms: ['Uhu'],
    competes: ['brand', 'tool'],
    rule: 'veto',
  },
  {
    // The checklist's English name of the Chacoan peccary is also the palm nut carved as "vegetable ivory": only
    // words about the animal make it the peccary, since carving and jewellery words fit the nut as well.
    terms: ['Tagua', 'taguá'],
    competes: ['imitation', 'fashion', 'gem'],
    rule: 'support',
    ownCuesOnly: true,
    wildlife: {
      en: 'peccary peccaries catagonus chaco hunt* cites',
      fr: 'pécari* chaco chasse* cites',
      de: 'pekari* chaco jagd* cites',
      nl: 'pekari* chaco jacht* cites',
      es: 'pecarí* chaco quimilero* caza* cites',
      it: 'pecari chaco caccia* cites',
      pl: 'pekari chaco polowa* cites',
      ru: 'пекари чако охот* ситес',
    },
  },
  {
    // The checklist's "nautilus" is as often a watch, a gym machine, a file manager or Captain Nemo's submarine;
    // the shell trade says shell, mollusc or the species.
    terms: ['nautilus'],
    competes: ['brand', 'vehicle', 'software', 'media', 'tool', 'gem'],
    rule: 'support',
    wildlife: {
      en: 'shell* seashell* mollusc* mollusk* cephalopod* pompilius chambered',
      fr: 'coquille* coquillage* mollusque* céphalopode*',
      de: 'schale* gehäuse muschel* weichtier* kopffüßer*',
      nl: 'schelp* weekdier* inktvis*',
      es: 'concha* molusco* cefalópodo*',
      it: 'conchiglia* mollusc* cefalopod*',
      pl: 'muszl* mięczak* głowonog*',
      ru: 'раковин* моллюск* головоног*',
    },
  },
  {
    // A car's roof aerial is shaped like a shark's fin in every language ("antenna a pinna di squalo"): the fin trade
    // never names an aerial or a car.
    terms: [
      'shark fin',
      'aileron de requin',
      'Haifischflosse',
      'Haiflosse',
      'haaienvin',
      'aleta de tiburón',
      'pinna di squalo',
      'płetwa rekina',
      'акулий плавник',
      'плавник акулы',
    ],
    competes: ['vehicle', 'imitation', 'toy'],
    rule: 'veto',
  },
  {
    // Laptops, toy firms and companies are named after the pangolin and the cockatoo ("Kakadu GmbH"). Not the
    // Russian spelling: an ambiguous name gets no slips (compile.ts), and "пангалина" is a common one.
    terms: ['pangolin', 'Pangolin', 'pangolín', 'pangolino'],
    competes: ['software', 'brand', 'toy', 'media'],
    rule: 'veto',
  },
  {
    terms: ['cockatoo', 'cacatoès', 'Kakadu', 'kaketoe', 'cacatúa', 'cacatua', 'kakadu', 'какаду'],
    competes: ['software', 'brand', 'toy', 'media'],
    rule: 'veto',
  },
  {
    // Parrots name drones, drinks (a French "perroquet" is pastis with mint syrup), bars, prints and toys: not colours,
    // which name the birds themselves ("grijze roodstaart", the grey parrot). These are also
    // the group words the exempt pet birds quiet (exemptions.ts): a text must pass both.
    // A chatterbox is a parrot in several languages ("una cotorra"): the words of people tell that sense.
    // A cage or a stand "for a parrot" is kit (`equipment`).
    terms: ['parrot', 'perroquet', 'Papagei', 'papegaai', 'loro', 'pappagallo', 'papuga', 'попугай', 'cotorra'],
    // An Italian "pappagallo" is also a bedside urinal (`ailment`).
    competes: [
      'ailment',
      'brand',
      'food',
      'toy',
      'imitation',
      'media',
      'place',
      'software',
      'vehicle',
      'fashion',
      'person',
      'equipment',
      'simile',
    ],
    rule: 'veto',
  },
  {
    // Flamingo pink, flamingo prints, inflatable flamingos and lawn ornaments outnumber the bird.
    // The checklist's Spanish name is also the dance ("flamenco").
    terms: ['flamingo', 'flamant', 'Flamingo', 'fenicottero', 'фламинго', 'flamenco'],
    competes: ['colour', 'imitation', 'toy', 'fashion', 'place', 'brand', 'media', 'gem'],
    rule: 'veto',
  },
  {
    // A fennec is also a car of the Rocket League game and Firefox's old mobile code name (branch recall14).
    terms: ['fennec', 'Fennek', 'fennek', 'fénec', 'fenek', 'фенек'],
    competes: ['software', 'vehicle', 'toy', 'media', 'brand', 'sport'],
    rule: 'veto',
  },
  {
    // A bear's paw is sold to be cooked, but "pattes d'ours", "Bärentatzen" and "медвежьи лапки" are also pastries,
    // slippers and a succulent.
    terms: [
      'bear paw',
      "patte d'ours",
      'berenpoot',
      'pata de oso',
      "zampa d'orso",
      "zampe d'orso",
      'łapa niedźwiedzia',
      'медвежья лапа',
    ],
    competes: ['pastry', 'imitation', 'toy', 'fashion', 'plant'],
    rule: 'veto',
  },
  {
    // An elephant's foot made into an umbrella stand or a stool is a trophy; the name is first the ponytail palm
    // (Beaucarnea, itself listed) of every houseplant shelf, and a yam. Only a trophy's or a piece of furniture's
    // words support it: the general cues ("wild-collected", "antique") fit the palm as well ("stool" not in English:
    // the library's Elephant Foot step stool). A cue list holds single words, so no "porte-parapluie": its "porte"
    // would be the French "porté" (worn) of a clothes ad.
    terms: [
      'elephant foot',
      "pied d'éléphant",
      "patte d'éléphant",
      'Elefantenfuß',
      'olifantenpoot',
      'olifantspoot',
      'pata de elefante',
      'piede di elefante',
      'zampa di elefante',
      "zampa d'elefante",
      'stopa słonia',
      'noga słonia',
      'нога слона',
      'ступня слона',
    ],
    competes: ['plant', 'garden', 'nursery', 'food', 'toy', 'imitation', 'brand', 'media'],
    rule: 'support',
    ownCuesOnly: true,
    wildlife: {
      en: 'umbrella stand stands bin bins wastepaper toenails nails colonial trophy trophies taxiderm*',
      fr: 'parapluie* tabouret* corbeille* ongles colonial* trophée* naturalis* empaill*',
      de: 'schirmständer* hocker* papierkorb* zehennägel nägel kolonial* trophäe* präpar*',
      nl: `paraplubak* parapluhouder* paraplustandaard* kruk krukje prullenbak* nagels koloniaal koloniale trofee*
        opgezet*`,
      es: 'paragüero* taburete* papelera* uñas colonial* trofeo* disecad* taxiderm*',
      it: 'portaombrell* sgabell* cestin* unghie colonial* trofe* imbalsamat* tassiderm*',
      pl: 'stojak* parasol* taboret* kosz* paznokci* kolonialn* trofe* wypchan* preparat*',
      ru: 'подставк* зонт* табурет* корзин* ногт* колониальн* трофе* чучел* таксидерм*',
    },
  },
  {
    // Dutch "berenklauw" is first the hogweed of gardens and verges, then a bear's claw (branch recall14).
    terms: ['berenklauw'],
    competes: ['plant', 'garden'],
    rule: 'support',
  },
  {
    // Wolves name teams (Wolfsburg, Wolves), people, films and, in Provence, the sea bass on a plate ("loup grillé").
    terms: ['wolf', 'loup', 'Wolf', 'lobo', 'lupo', 'wilk', 'волк'],
    // Plants borrow its name ("gueule-de-loup", the snapdragon).
    competes: [
      'food',
      'sport',
      'media',
      'brand',
      'person',
      'toy',
      'imitation',
      'vehicle',
      'fashion',
      'simile',
      'plant',
      'garden',
      'artwork',
    ],
    rule: 'veto',
  },
  {
    // Ginseng is a flavour of coffee, tea, drinks and shampoos; the root trade says root, wild or the species.
    terms: ['ginseng', 'Ginseng', 'żeń-szeń', 'женьшень'],
    competes: ['food', 'cosmetics'],
    rule: 'support',
    wildlife: {
      en: 'root roots panax quinquefolius wisconsin appalachian',
      fr: 'racine* panax',
      de: 'wurzel* panax',
      nl: 'wortel* panax',
      es: 'raíz raíces panax',
      it: 'radic* panax',
      pl: 'korzeń korzenie korzeni* panax',
      ru: 'корен* корн* панакс',
    },
  },
  {
    // The chameleon is a song, a colour-shifting paint and a figure of speech for a turncoat.
    // An empty terrarium "for a chameleon" is kit (`equipment`).
    terms: ['chameleon', 'caméléon', 'Chamäleon', 'kameleon', 'camaleón', 'camaleonte', 'хамелеон'],
    competes: ['media', 'paint', 'cosmetics', 'imitation', 'toy', 'software', 'brand', 'person', 'equipment', 'simile'],
    rule: 'veto',
  },
  {
    // Cheetah print is as common as leopard print; Gepard is a tank and a brand.
    terms: ['cheetah', 'guépard', 'Gepard', 'jachtluipaard', 'cheeta', 'guepardo', 'ghepardo', 'gepard', 'гепард'],
    competes: ['imitation', 'fashion', 'vehicle', 'brand', 'toy', 'media', 'sport', 'software', 'namesake'],
    rule: 'veto',
  },
  {
    // Otter is a transcription app and OtterBox a phone case, and teams and scouts' patrols are called Otters; the
    // animal's trade says pup, fur or the species.
    terms: ['otter'],
    competes: ['software', 'brand', 'toy', 'imitation', 'media', 'sport'],
    rule: 'veto',
  },
  {
    // Gorilla Glue, Gorilla Glass, gorilla tape and toys.
    terms: ['gorilla', 'gorille', 'gorila', 'goryl', 'горилла'],
    competes: ['tool', 'brand', 'toy', 'media', 'imitation', 'sport', 'fashion'],
    rule: 'veto',
  },
  {
    // Rhino is a CAD program, a record label, truck-bed linings and toys; the horn trade says horn.
    // Nashorn was also a JavaScript engine.
    terms: [
      'rhino',
      'rhinoceros',
      'rhinocéros',
      'Rhinozeros',
      'Nashorn',
      'neushoorn',
      'rinoceronte',
      'nosorożec',
      'носорог',
    ],
    // The rhinoceros beetle borrows its name in every language ("rohatyniec nosorożec").
    competes: ['software', 'brand', 'media', 'toy', 'imitation', 'vehicle', 'sport', 'namesake'],
    rule: 'veto',
  },
  {
    // "Black Rhino" is a stout and a lager in several countries: beside its brewery, malt and can it is the beer.
    terms: [
      'black rhino',
      'black rhinoceros',
      'rhinocéros noir',
      'Schwarzes Nashorn',
      'zwarte neushoorn',
      'rinoceronte negro',
      'rinoceronte nero',
      'nosorożec czarny',
      'чёрный носорог',
      'черный носорог',
    ],
    competes: ['brewing', 'food', 'brand'],
    rule: 'veto',
  },
  {
    // Toucans are a breakfast cereal's mascot, a brewer's poster bird and a favourite print and toy.
    terms: ['toucan', 'Tukan', 'toekan', 'tucán', 'tucano', 'tukan', 'тукан'],
    competes: ['toy', 'imitation', 'brand', 'media', 'gem', 'fashion', 'place', 'food', 'artwork'],
    rule: 'veto',
  },
  {
    // Falcons name rockets, cars, toys, hotels (Van der Valk), stations and sports teams in every language; the bird
    // is still the usual sense.
    // So do hawks (fighter jets, teams), ospreys (aircraft, backpacks), condors (airlines) and the Russian
    // peregrine "Сапсан" (a train).
    terms: [
      'falcon',
      'faucon',
      'Falke',
      'valk',
      'halcón',
      'falco',
      'sokół',
      'сокол',
      'hawk',
      'Habicht',
      'havik',
      'gavilán',
      'astore',
      'jastrząb',
      'ястреб',
      'osprey',
      'balbuzard',
      'Fischadler',
      'visarend',
      'rybołów',
      'скопа',
      'condor',
      'Kondor',
      'cóndor',
      'kondor',
      'кондор',
      'сапсан',
      'беркут',
      'kestrel',
      'Turmfalke',
      'torenvalk',
      'gheppio',
      'pustułka',
      'пустельга',
    ],
    // Central bankers who want higher rates are hawks in every language ("die Falken im EZB-Rat", "los halcones").
    // Kestrel is a wind meter, Habicht and Sperber East German mopeds (`tool`, `vehicle`).
    competes: [
      'sport',
      'brand',
      'place',
      'media',
      'toy',
      'vehicle',
      'imitation',
      'fashion',
      'finance',
      'person',
      'tool',
      'watching',
      'ailment',
    ],
    rule: 'veto',
    // Falconry's own words: a bird flown to the lure is no film's or airline's ("flying" is a `media` cue).
    wildlife: {
      en: 'falconry falconer* tiercel* eyas jesses lure telemetry',
      fr: 'fauconnerie fauconnier* tiercelet* leurre',
      de: 'falknerei falkner* terzel federspiel beizjagd',
      nl: 'valkerij valkenier* tarsel',
      es: 'cetrería cetrero* terzuelo* señuelo',
      it: 'falconeria falconier* terzuolo* logoro',
      pl: 'sokolnictw* sokolnik* wabidło',
      ru: 'соколиная соколиной сокольник* вабило',
    },
  },
  {
    // Owls are the favourite motif of figurines, plush, jewellery and shop and restaurant names.
    // An Italian "gufo" is also a jinx, and owls name teams.
    terms: [
      'owl',
      'chouette',
      'hibou',
      'Eule',
      'uil',
      'búho',
      'lechuza',
      'gufo',
      'civetta',
      'sowa',
      'сова',
      // The plurals and owlets written out beside them (bundled/taxa-birds.ts).
      'owlet',
      'gufi',
      'sowy',
      'sowę',
      'совёнок',
      'совёнка',
      'совята',
      // The Polish eagle-owl is also a glider (SZD-50 Puchacz) and a surname.
      'puchacz',
    ],
    competes: [
      'toy',
      'imitation',
      'gem',
      'place',
      'brand',
      'media',
      'vehicle',
      'fashion',
      'sport',
      'person',
      'artwork',
    ],
    rule: 'veto',
  },
  {
    // Bands, cartoons, tanks and sports teams are named after the panther.
    // A jeweller's panther ring or brooch is the maker's emblem (`gem`).
    terms: ['panther', 'panthère', 'Panther', 'panter', 'pantera', 'пантера'],
    competes: ['media', 'brand', 'vehicle', 'sport', 'toy', 'imitation', 'fashion', 'place', 'gem'],
    rule: 'veto',
  },
  {
    // The lynx names a deodorant, armoured vehicles, districts and, in Russian, the trot of a horse.
    // The bobcat is also a loader; a Polish "Ryś" is a Ryszard.
    terms: ['lynx', 'Luchs', 'lince', 'ryś', 'rysia', 'рысь', 'bobcat'],
    competes: [
      'vehicle',
      'brand',
      'place',
      'sport',
      'cosmetics',
      'media',
      'riding',
      'toy',
      'machine',
      'person',
      'simile',
      'zodiac',
    ],
    rule: 'veto',
  },
  {
    // The blue shark is IKEA's plush (Blåhaj) and the tiger shark a fighter plane and a nickname; a thresher is a
    // machine. The listed sharks of the fin trade (branch recall15p).
    terms: [
      'blue shark',
      'tiger shark',
      'thresher shark',
      'requin bleu',
      'requin tigre',
      'Blauhai',
      'Tigerhai',
      'blauwe haai',
      'tijgerhaai',
      'tiburón azul',
      'tiburón tigre',
      'squalo azzurro',
      'squalo tigre',
      'синяя акула',
      'тигровая акула',
    ],
    competes: ['toy', 'imitation', 'media', 'brand', 'vehicle', 'sport', 'fashion'],
    rule: 'veto',
  },
  {
    // Axolotl plush, toys and game creatures outnumber the animal on shopping pages.
    terms: ['axolotl', 'aksolotl', 'аксолотль', 'ajolote'],
    competes: ['toy', 'imitation', 'media'],
    rule: 'veto',
  },
  {
    // Rosewood names hotels, shops, a colour and the décor printed on laminate worktops ("Palisander-Dekor"); the
    // timber trade says what the wood is for. A sofa, a lipstick or a floor "colour rosewood" is the shade (Spanish
    // "palo de rosa" is a dusty pink as often as the pau-rosa tree; branch recall15p).
    terms: [
      'rosewood',
      'palissandre',
      'Palisander',
      'palissander',
      'palisandro',
      'palissandro',
      'палисандр',
      'palo de rosa',
      // Mahogany is a stain's and a varnish's shade as often as rosewood is (branch checklist23).
      'mahogany',
      'acajou',
      'Mahagoni',
      'mahonie',
      'caoba',
      'mogano',
      'mahoń',
      'махагони',
    ],
    // A stain, a varnish or a wood oil named for the wood (`paint`: "lasure acajou", "beits mahonie") is a shade.
    competes: ['place', 'brand', 'cosmetics', 'imitation', 'colour', 'paint'],
    rule: 'veto',
    wildlife: {
      en: 'guitar* fretboard* fingerboard* veneer* timber* lumber log logs plank* board* billet* blank* tonewood*',
      fr: 'guitare* touche manche bois planche* placage* grume* lutherie',
      de: 'gitarre* griffbrett* holz* furnier* bohle* brett* stamm* tonholz*',
      nl: 'gitaar* toets hals hout* fineer* plank* stam*',
      es: 'guitarra* diapasón mástil madera* chapa* tablón* tablones tronco* aros fondo',
      it: 'chitarr* tastiera manico legno legni impiallacciatur* tronco* fasce fondo',
      pl: 'gitar* gryf* drewn* fornir* desk* kłod*',
      ru: 'гитар* гриф* грифа древесин* дерев* шпон* доск* брус*',
    },
  },
  {
    // Coral is a colour of lipstick, paint and clothes in every language as often as it is the animal: the coral
    // trade says reef, aquarium, frag, polyps or the law's words.
    terms: ['coral', 'corail', 'Koralle', 'koraal', 'koralen', 'corallo', 'koral', 'koralowiec', 'коралл'],
    // Lamps, salt and pumps "for corals" are reef-tank kit (`equipment`).
    competes: ['colour', 'cosmetics', 'paint', 'fashion', 'imitation', 'place', 'gem', 'equipment'],
    rule: 'support',
    wildlife: {
      en: 'reef* frag frags fragment* aquarium* polyp* sps lps colony colonies skeleton*',
      fr: 'récif* bouture* aquarium* polype* colonie* squelette*',
      de: 'riff* ableger* aquarium* polyp* kolonie* skelett*',
      nl: 'rif riffen stek* aquarium* poliep* kolonie* skelet*',
      es: 'arrecife* esqueje* acuario* pólipo* colonia* esqueleto*',
      it: 'barriera scogliera talea* acquari* polip* colonia* scheletr*',
      pl: 'rafa rafy raf rafie szczepk* akwari* polip* koloni* szkielet*',
      ru: 'риф* черенк* аквариум* полип* колони* скелет*',
    },
  },
  {
    // The plant groups of the pot-plant shelf and the garden border: their care pages are not trade (orchids and
    // cacti: below).
    terms: [
      'euphorbia',
      'euphorbe',
      'Wolfsmilch',
      'wolfsmelk',
      'euforbia',
      'wilczomlecz',
      'молочай',
      'snowdrop',
      'perce-neige',
      'Schneeglöckchen',
      'sneeuwklokje',
      'campanilla de invierno',
      'bucaneve',
      'śnieżyczka',
      'подснежник',
    ],
    competes: ['garden', 'imitation', 'cosmetics', 'paint', 'colour'],
    rule: 'veto',
    // A plant dug up (from the wild or a garden) and sold as bulbs or tubers is the listed trade, garden words or not.
    wildlife: {
      en: 'dug wild-dug',
      fr: 'déterré* arraché*',
      de: 'ausgegraben* ausgebuddelt*',
      nl: 'uitgegraven opgegraven',
      es: 'desenterrad* arrancad*',
      it: 'sradicat* dissotterrat*',
      pl: 'wykopan* wykopał*',
      ru: 'выкопан* выкопал*',
    },
  },
  {
    // The orchids and cacti of the pot-plant shelf: their care pages (`garden`) and the garden trade's hybrids,
    // cultivars and rooted cuttings (`nursery`) are not trade in a listed plant (branch checklist15).
    terms: [
      'orchid',
      'orchidée',
      'Orchidee',
      'orquídea',
      'orchidea',
      'storczyk',
      'орхидея',
      'cactus',
      'cacti',
      'Kaktus',
      'Kakteen',
      'cactussen',
      'kaktus',
      'kaktusy',
      'кактус',
      // The pot cyclamen is a cultivar of Cyclamen persicum, which annotation #4 exempts; the garden's opuntias are
      // not traded (branch checklist20). The genus "Cyclamen" has its own entry (below).
      'Alpenveilchen',
      'ciclamino',
      'cyklamen',
      'цикламен',
      'Opuntien',
    ],
    competes: ['garden', 'nursery', 'imitation', 'cosmetics', 'paint', 'colour'],
    rule: 'veto',
  },
  {
    // The genera whose artificially propagated hybrids or cultivars the Convention exempts (the orchid annotation;
    // annotation #4 for Schlumbergera and Hatiora): a garden centre's hybrids, a nursery's cultivars, rooted cuttings
    // to give away are not trade in a listed plant, nor is a care page (branch checklist15).
    terms: [
      'Phalaenopsis',
      'Cymbidium',
      'Dendrobium',
      'Vanda',
      'Schlumbergera',
      'Hatiora',
      // Annotation #4 also exempts the cacti's colour mutants grafted on Harrisia 'Jusbertii' or Hylocereus: the
      // chlorophyll-less Gymnocalycium mihanovichii ('Hibotan', the moon cactus) is one, its stock the other.
      'Gymnocalycium mihanovichii',
      'Hylocereus',
      'Harrisia',
      'moth orchid',
      'orchidée papillon',
      'Schmetterlingsorchidee',
      'vlinderorchidee',
      'orquídea mariposa',
      'orchidea farfalla',
      'ćmówka',
      'фаленопсис',
    ],
    // Silk and plastic moth orchids too (`imitation`); a colour does not veto: a white Phalaenopsis may be a species.
    competes: ['garden', 'nursery', 'imitation'],
    rule: 'veto',
  },
  {
    // "Mountain Lion" is also a Mac system.
    terms: ['cougar', 'grey wolf', 'gray wolf', 'mountain lion'],
    competes: ['vehicle', 'sport', 'software'],
    rule: 'veto',
  },
  {
    // Genera of the checklist that are everyday words in one of the eight languages ("pan" a pan and Spanish
    // 'bread', "Puma" the brand, "Aa" a river, "Lama" a monk and Polish 'llama', "Dracula" the vampire before the
    // orchid).
    // Puma, the cobras and Cyclamen have cue lists of their own (below).
    terms: ['Vanilla', 'Pan', 'Aa', 'Ara', 'Boa', 'Orca', 'Lama', 'Aloe', 'Dracula'],
    competes: ['food', 'vehicle', 'brand', 'fashion', 'software', 'sport', 'cosmetics', 'imitation'],
    rule: 'support',
    wildlife: {
      en: `orchid* planifolia troglodytes paniscus chimpanz* bonobo* parrot* macaw* constrictor snake* frog*
        tuber* bulb* collected`,
      fr: 'orchidée* chimpanzé* perroquet* serpent* grenouille*',
      de: 'orchidee* schimpanse* papagei* schlange* frosch*',
      nl: 'orchidee* chimpansee* papegaai* slang* kikker*',
      es: 'orquídea* chimpancé* guacamayo* serpiente* rana*',
      it: 'orchide* scimpanz* pappagall* serpent* rana*',
      pl: 'storczyk* szympans* papug* wąż* żab*',
      ru: 'орхиде* шимпанзе попуга* змея* лягушк*',
    },
  },
  {
    // The genus's name is what florists, garden centres and shade cards call the pot cyclamen, a cultivar of Cyclamen
    // persicum that annotation #4 exempts; the listed trade is in the wild species' tubers. Its own cues only: the
    // general ones ("live", "wild") fit a pot plant too, and another genus's cues ("orchid") say nothing of this one.
    // The species named whole is the pot cyclamen too; the exemption does not reach its dormant tubers (the cues).
    terms: ['Cyclamen', 'cyclaam', 'ciclamen', 'Cyclamen persicum'],
    competes: ['garden', 'nursery', 'colour', 'cosmetics', 'paint', 'fashion', 'place', 'food'],
    rule: 'support',
    ownCuesOnly: true,
    wildlife: {
      en: 'tuber tubers corm corms bulb bulbs collected',
      fr: 'tubercule* bulbe* prélevé* récolté*',
      de: 'knolle knollen zwiebel zwiebeln wildsammlung* naturentnahme*',
      nl: 'knol knollen bol bollen verzameld*',
      es: 'tubérculo* bulbo* recolectad*',
      it: 'tubero tuberi bulbo bulbi raccolt*',
      pl: 'bulw* cebul* zebran*',
      ru: 'клубн* луковиц* собран*',
    },
  },
  {
    // Dracaena is a genus of pot plants (the dragon tree, Dracaena fragrans, sanderiana) as well as the caiman
    // lizards' (branch checklist21): only words about the lizard make it one. The pot plant Dracaena marginata is
    // spelled as an old synonym of Aloe purpurea (Lomatophyllum) that the checklist holds.
    terms: ['Dracaena', 'Dracaena marginata'],
    competes: ['plant', 'garden', 'nursery'],
    rule: 'support',
    wildlife: {
      en: 'lizard* tegu* reptile* guianensis paraguayensis lomatophyllum',
      fr: 'lézard* reptile* guianensis paraguayensis',
      de: 'echse* reptil* guianensis paraguayensis',
      nl: 'hagedis* reptiel* guianensis paraguayensis',
      es: 'lagarto* reptil* guianensis paraguayensis',
      it: 'lucertol* rettil* guianensis paraguayensis',
      pl: 'jaszczur* gad* guianensis paraguayensis',
      ru: 'ящериц* рептили* guianensis paraguayensis',
    },
    ownCuesOnly: true,
  },
  {
    // Puma is a sportswear brand and a Ford before it is the cat: only words about the cat make it one.
    terms: ['Puma'],
    competes: ['brand', 'fashion', 'sport', 'vehicle', 'media', 'toy', 'imitation'],
    rule: 'support',
    wildlife: {
      en: 'concolor cougar* cat cats felid* feline*',
      fr: 'concolor couguar* félin* chat chats',
      de: 'concolor berglöwe* raubkatze* katze*',
      nl: 'concolor poema* katachtig* kat katten',
      es: 'concolor felino* gato gatos',
      it: 'concolor felin* gatto gatti',
      pl: 'concolor kuguar* kot koty kotów',
      ru: 'concolor кугуар* кошк* кошач*',
    },
  },
  {
    // The cobra is a yoga pose, a plier (Knipex Cobra), a helicopter, a golf club and a TV series.
    terms: ['Naja', 'Cobra'],
    competes: ['vehicle', 'brand', 'fashion', 'software', 'sport', 'imitation', 'tool', 'media', 'toy'],
    rule: 'support',
    wildlife: {
      en: 'snake* venom* naja spitting',
      fr: 'serpent* venin*',
      de: 'schlange* gift*',
      nl: 'slang* gif*',
      es: 'serpiente* veneno*',
      it: 'serpent* veleno*',
      pl: 'wąż* węża jad*',
      ru: 'змея* змей* яд*',
    },
  },
  {
    // The king cobra is a golf club maker's name as well (King Cobra drivers and irons).
    terms: ['king cobra'],
    competes: ['sport', 'brand', 'tool', 'vehicle', 'media', 'toy', 'imitation'],
    rule: 'veto',
  },
  {
    // The cobra's names in Polish, German and Russian are the same yoga pose, plier, helicopter and series.
    terms: ['kobra', 'кобра'],
    competes: ['vehicle', 'brand', 'sport', 'imitation', 'tool', 'media', 'toy'],
    rule: 'veto',
  },
  {
    // Monkeys are plush, prints, costumes, cocktails ("Monkey Gland", "Monkey Shoulder") and knots as often as animals.
    terms: ['monkey', 'singe', 'Affe', 'aap', 'apen', 'simio', 'scimmia', 'обезьяна'],
    // The Monkey is a sign of the Chinese zodiac too ("im Jahr des Affen").
    competes: ['food', 'toy', 'imitation', 'fashion', 'media', 'brand', 'simile', 'zodiac', 'knot'],
    rule: 'veto',
  },
  {
    // Giraffes, hippos and orang-utans are favourite plush, figures and prints, and name sweets ("Happy Hippo").
    terms: [
      'giraffe',
      'girafe',
      'Giraffe',
      'giraf',
      'jirafa',
      'giraffa',
      'żyrafa',
      'жираф',
      'hippo',
      'hippopotamus',
      'hippopotame',
      'Nilpferd',
      'Flusspferd',
      'nijlpaard',
      'hipopótamo',
      'ippopotamo',
      'hipopotam',
      'бегемот',
      'гиппопотам',
      'orang-utan',
      'orangutan',
      'orang-outan',
      'Orang-Utan',
      'orang-oetan',
      'orangután',
      'orango',
      'орангутан',
    ],
    competes: ['toy', 'imitation', 'fashion', 'media', 'brand', 'food', 'place', 'game'],
    rule: 'veto',
  },
  {
    // Dealers relabel ivory as ox or cattle bone; real cattle-bone carvings say the same words. The code word alone
    // is not a hit: it needs words that point at ivory (the material, the tusk, the animal, the look of its grain)
    // or at the papers ivory would need.
    terms: [
      'ox bone',
      'bovine bone',
      'cattle bone',
      'os de bœuf',
      'os de bovin',
      'Ochsenknochen',
      'Rinderknochen',
      'ossenbot',
      'runderbot',
      'hueso de buey',
      'hueso bovino',
      'osso di bue',
      'osso bovino',
      'kość bydlęca',
      'kość wołowa',
      'бычья кость',
      'кость быка',
    ],
    competes: [],
    rule: 'support',
    ownCuesOnly: true,
    wildlife: {
      en: 'ivory ivories tusk* elephant* mammoth* walrus* hippo* schreger cites permit* ban banned',
      fr: 'ivoire* défense* éléphant* mammouth* morse* hippopotame* schreger cites permis',
      de: 'elfenbein* stoßzahn* stosszahn* elefant* mammut* walross* nilpferd* schreger cites genehmigung*',
      nl: 'ivoor ivoren slagtand* olifant* mammoet* walrus* nijlpaard* schreger cites vergunning*',
      es: 'marfil colmillo* elefante* mamut* morsa* hipopótamo* schreger cites permiso*',
      it: 'avorio zanna zanne elefant* mammut* tricheco* ippopotam* schreger cites permess*',
      pl: 'słoniow* kieł kły cios ciosy słoń słonia słonie mamut* mors morsa morsy hipopotam* schreger cites zezwoleni*',
      ru: 'слонов* бивн* бивень слон* мамонт* морж* бегемот* шрегер* ситес cites разрешени*',
    },
  },
  {
    // Cranes are also the machines of building sites (a "grue", "gru", "żuraw", "кран") and an airline's emblem.
    // The Crane (Grus) is a constellation of the southern sky too.
    // The white crane is also a form of kung fu and tai chi ("la grue blanche déploie ses ailes").
    terms: [
      'crane',
      'grue',
      'Kranich',
      'kraanvogel',
      'grulla',
      'gru',
      'żuraw',
      'журавль',
      'grue blanche',
      'white crane',
    ],
    competes: ['machine', 'brand', 'imitation', 'vehicle', 'sport', 'media', 'place', 'toy', 'zodiac'],
    rule: 'veto',
  },
  {
    // Genera that name constellations (the Compass, the Peacock, the Crane, the Swan, the Dolphin) and a star of the
    // Pleiades: a planetarium's or a star chart's words say the sky.
    terms: ['Pyxis', 'Pavo', 'Grus', 'Cygnus', 'Delphinus', 'Pleione'],
    competes: ['zodiac'],
    rule: 'veto',
  },
  {
    // The seahorses' genus is also the brain's hippocampus, and the German "Seepferdchen" a child's swimming badge.
    terms: [
      'Hippocampus',
      'hippocampe',
      'hipocampo',
      'ippocampo',
      'hipokamp',
      'гиппокамп',
      'seahorse',
      'sea horse',
      'Seepferdchen',
      'zeepaardje',
      'caballito de mar',
      'cavalluccio marino',
      'konik morski',
      'морской конёк',
    ],
    competes: ['anatomy', 'swimming', 'toy', 'imitation', 'gem', 'brand', 'media'],
    rule: 'veto',
  },
  {
    // Strelitzia is the bird-of-paradise flower in every language.
    terms: [
      'bird of paradise',
      'bird-of-paradise',
      'birds of paradise',
      'oiseau de paradis',
      'oiseaux de paradis',
      'Paradiesvogel',
      'paradijsvogel',
      'ave del paraíso',
      'aves del paraíso',
      'uccello del paradiso',
      'uccelli del paradiso',
      'rajski ptak',
      'райская птица',
    ],
    competes: ['plant', 'garden', 'imitation', 'toy', 'fashion', 'media', 'brand'],
    rule: 'veto',
  },
  {
    // Names people carry (Nicola Sturgeon, Edward Gibbon) and the gibbon of book titles.
    terms: ['sturgeon', 'gibbon', 'gibón', 'gibbone', 'гиббон'],
    competes: ['person', 'media', 'toy', 'imitation', 'brand'],
    rule: 'veto',
  },
  {
    // The Polish "małpa" is the @ sign of an e-mail address and a word for a person; "małpka" a small vodka bottle.
    terms: ['małpa', 'małpka'],
    competes: ['software', 'person', 'food', 'toy', 'imitation', 'brand', 'media'],
    rule: 'veto',
  },
  {
    // Lovebirds are a couple on their wedding day as often as the birds.
    terms: ['lovebird', 'inséparable', 'Unzertrennliche', 'nierozłączka', 'неразлучник'],
    competes: ['person', 'toy', 'imitation', 'media', 'brand', 'fashion'],
    rule: 'veto',
  },
  {
    // Musk is a note of perfumes in every language; the trade in the deer's pods says deer, pod or gland.
    terms: ['Moschus', 'musk', 'musc', 'muschio', 'almizcle', 'piżmo', 'мускус'],
    competes: ['cosmetics', 'food', 'imitation'],
    rule: 'support',
    wildlife: {
      en: 'deer pod pods gland* grain*',
      fr: 'cerf* chevrotain* poche* glande*',
      de: 'hirsch* moschustier* beutel* drüse*',
      nl: 'hert* muskushert* buidel* klier*',
      es: 'ciervo* bolsa* glándula*',
      it: 'cervo* sacca* ghiandol*',
      pl: 'jeleń* piżmowiec* piżmowc* gruczoł*',
      ru: 'кабарг* олен* железа железы струй*',
    },
  },
  {
    // Beluga is a vodka, a lentil and an aircraft as well as the sturgeon (and its caviar) and the whale.
    terms: ['beluga', 'белуга'],
    competes: ['food', 'brand', 'vehicle', 'toy', 'imitation'],
    rule: 'veto',
  },
  {
    // The small cats name armoured vehicles, pistols, helicopters and military operations ("Opération Serval").
    terms: ['serval', 'Serval', 'servalo', 'serwal', 'сервал', 'caracal', 'Karakal', 'karakal', 'каракал'],
    competes: ['vehicle', 'brand', 'media', 'sport', 'toy', 'imitation'],
    rule: 'veto',
  },
  {
    // The quetzal is Guatemala's currency; the bird's trade says bird, feathers or its genus.
    terms: ['quetzal', 'quetzal guatemalteco'],
    competes: ['finance'],
    rule: 'support',
    wildlife: {
      en: 'bird birds feather* plume* pharomachrus',
      fr: 'oiseau* plume*',
      de: 'vogel vögel feder federn',
      nl: 'vogel* veer veren',
      es: 'ave aves pájaro* pluma* plumaje',
      it: 'uccell* piuma piume',
      pl: 'ptak* pióro pióra',
      ru: 'птиц* перо перья',
    },
  },
  {
    // Loris is a given name in Italian and French ("Loris Karius").
    terms: ['loris'],
    competes: ['person', 'sport', 'media'],
    rule: 'veto',
  },
  {
    // The tortoise of the fable and the Ninja Turtles, pendants, plush and the kit of a tortoise table; the checklist's
    // "tartaruga" (an English name of the Arrau turtle) is the everyday Italian word as well.
    terms: ['tortoise', 'tortise', 'черепаха', 'черепашка', 'testuggine', 'tartaruga'],
    competes: ['media', 'toy', 'imitation', 'gem', 'fashion', 'brand', 'equipment'],
    rule: 'veto',
  },
  {
    // Worked hawksbill shell shares its name with the look that acetate copies ("imitujące szylkret", "под черепаховый
    // панцирь") and with a cat's coat; the full names of the animal are other entries.
    terms: [
      'tortoiseshell',
      'écaille de tortue',
      'carapace de tortue',
      'Schildpatt',
      'carey',
      'szylkret',
      'szylkretowy',
      'черепаховый панцирь',
      'черепаховый гребень',
      'черепаховый гребешок',
      'черепаховая шкатулка',
      'concha de tortuga',
    ],
    competes: ['imitation', 'fashion', 'housecat'],
    rule: 'veto',
  },
  {
    // The aloe of a gel or a sunburn cream is Aloe vera, which the Convention does not list (the other spellings are
    // in NAME_COLLISIONS, everyday-words.ts, and need wildlife context already).
    terms: ['aloes', 'алоэ'],
    competes: ['cosmetics', 'food'],
    rule: 'veto',
  },
  {
    // The peregrine nests on cathedrals and towers, watched through webcams and telescopes, and is a favourite print
    // (not `media`: falconers' birds are "flying" to the lure), and a lunar lander (`spaceflight`).
    terms: [
      'peregrine',
      'peregrine falcon',
      'faucon pèlerin',
      'Wanderfalke',
      'slechtvalk',
      'halcón peregrino',
      'falco pellegrino',
      'sokół wędrowny',
    ],
    competes: ['watching', 'place', 'toy', 'imitation', 'spaceflight'],
    rule: 'veto',
  },
  {
    // Sea turtles are plush, pendants and prints, and the ones a diver or a beach survey sees are not for sale.
    terms: [
      'sea turtle',
      'tortue marine',
      'tortue de mer',
      'Meeresschildkröte',
      'zeeschildpad',
      'tortuga marina',
      'tartaruga marina',
      'żółw morski',
      'морская черепаха',
    ],
    competes: ['toy', 'imitation', 'gem', 'fashion', 'media', 'brand', 'watching'],
    rule: 'veto',
  },
  {
    // Hummingbirds name guitars (Gibson's Hummingbird), light aircraft (the Polish Koliber), lighters and jewellery.
    terms: ['hummingbird', 'colibri', 'Kolibri', 'kolibrie', 'colibrí', 'picaflor', 'colibrì', 'koliber', 'колибри'],
    competes: ['media', 'vehicle', 'brand', 'toy', 'imitation', 'gem', 'fashion', 'tool'],
    rule: 'veto',
  },
  {
    // Plants whose retail products the Convention exempts (annotation #4): candelilla wax in a finished cosmetic,
    // vanilla pods. A shop's or a recipe's ingredient is no specimen in trade.
    terms: ['candelilla', 'Vanilla', 'vainilla'],
    competes: ['cosmetics', 'food'],
    rule: 'veto',
  },
  {
    // So are the prickly pear's fruit, jam and seed oil (annotation #4, Opuntia subgenus Opuntia); the cactus itself,
    // its pads and rooted cuttings, are the listed plant.
    terms: ['Opuntia'],
    competes: ['cosmetics', 'food'],
    rule: 'veto',
    wildlife: {
      en: 'cactus cacti pad pads',
      fr: 'cactus raquette* bouture*',
      de: 'kaktus kakteen glied* ableger',
      nl: 'cactus cactussen schijf schijven stek*',
      es: 'cactus pala* penca* esqueje*',
      it: 'cactus pala pale talea talee',
      pl: 'kaktus* człon* sadzonk*',
      ru: 'кактус* сегмент* черенк*',
    },
  },
  {
    // Genera of fruit and nuts on menus and in recipes: the persimmon and the date-plum (Diospyros; the listed ones are
    // Madagascar's ebonies), the dragon fruit (Hylocereus, Selenicereus), cherries, plums and almonds (Prunus; the
    // listed one is the African cherry's bark), pine nuts (Pinus; the listed one is the Korean pine's timber) and
    // melinjo (Gnetum).
    terms: ['Diospyros', 'Hylocereus', 'Selenicereus', 'Prunus', 'Pinus', 'Gnetum'],
    competes: ['food'],
    rule: 'veto',
  },
  {
    // The eels' genus is an island of the Caribbean, and the eel a dish ("anguilla marinata").
    terms: ['Anguilla'],
    competes: ['food', 'place'],
    rule: 'veto',
  },
  {
    // Sperm whale teeth and scrimshaw are cast in resin for classes, displays and tourists as often as they are sold.
    terms: [
      'sperm whale tooth',
      'scrimshaw',
      'dent de cachalot',
      'Pottwalzahn',
      'potvistand',
      'diente de cachalote',
      'dente di capodoglio',
      'ząb kaszalota',
      'zęby kaszalota',
      'зуб кашалота',
      'зубы кашалота',
    ],
    competes: ['imitation', 'toy'],
    rule: 'veto',
  },
  {
    // Keepers call the green-cheeked conure a "green cheek", and a seasick face has green cheeks too: the bird only
    // beside the words of its keeping and its colour mutations (branch recall19w).
    terms: ['green cheek'],
    competes: ['simile'],
    rule: 'support',
    wildlife: { en: 'conure* parrot* bird* pineapple turquoise cinnamon mutation* weaned fed aviary cage* ringed' },
  },
  // Block added by branch recall21.
  {
    // Bow makers name the wood alone ("Pernambuco violin bow", "archet en pernambouc"), and it is also the Brazilian
    // state: only the words of bows and of the instruments they play make it the wood.
    terms: ['pernambuco', 'pernambouc'],
    competes: ['place'],
    rule: 'support',
    ownCuesOnly: true,
    wildlife: {
      en: 'bow bows stick violin* viola violas cello* bass tonewood bowmak* rehair* frog',
      fr: 'archet* violon* alto altos violoncelle* contrebasse* baguette* hausse archetier*',
      es: 'arco arcos violín* violin* viola violas violonchelo* contrabajo* baqueta',
      it: 'arco archi archett* violin* viola viole violoncell* contrabbass* bacchetta',
      // The checklist's own "pernambuco" reaches text in every language: its bows there too.
      de: 'bogen geigenbogen* cellobogen* bratschenbogen* geige* bratsche* cello* kontrabass* bogenmacher*',
      nl: 'strijkstok* vioolstok* cellostok* stok viool* altviool* cello* contrabas* strijkstokkenmaker*',
      pl: 'smyczek smyczki smyczka smyczków skrzyp* altówk* wiolonczel* kontrabas* smyczkarz*',
      ru: 'смычок смычки смычка смычков скрипк* скрипич* альт альта виолончел* контрабас*',
    },
  },
  // Block added by branch traps22.
  {
    // A tusk is cast in resin or foam for museums, stages and films as often as it is sold: a replica's, a prop's or a
    // toy's words nearer than any of the trade's say the tusk is made up ("Stoßzahn aus PU-Schaum", "réplica de
    // colmillo").
    terms: [
      'tusk',
      'elephant tusk',
      'ivory tusk',
      'mammoth tusk',
      'walrus tusk',
      'hippo tusk',
      "défense d'éléphant",
      "défenses d'éléphant",
      'Stoßzahn',
      'Stoßzähne',
      'Mammutstoßzahn',
      'slagtand',
      'mammoetslagtand',
      'colmillo de elefante',
      'colmillos de elefante',
      'colmillo de mamut',
      'zanna di elefante',
      "zanna d'elefante",
      'zanne di elefante',
      'zanna di mammut',
      'cios słonia',
      'ciosy słonia',
      'cios mamuta',
      'бивень слона',
      'бивни слона',
      'слоновий бивень',
      'бивень',
      'бивни',
      'бивень мамонта',
      'бивни мамонта',
    ],
    competes: ['imitation', 'toy'],
    rule: 'veto',
    // A tusk is engraved and polished where a print's motif is near ("Défense d'éléphant gravée de motifs floraux").
    wildlife: {
      en: 'engrav* polished',
      fr: 'gravé gravée gravés gravées gravure* poli polie polies',
      de: 'graviert* poliert*',
      nl: 'gegraveerd* gepolijst*',
      es: 'grabad* pulid*',
      it: 'incis* lucidat*',
      pl: 'grawerowan* polerowan*',
      ru: 'гравиров* полирован*',
    },
  },
];

/**
 * Animals whose fur or skin is worn (block added by branch recall21): a garment or a fur word, then the material's
 * preposition and the name ("Mantel aus Ozelot", "bontjas van zwarte panter", "chaqueta larga de leopardo", "futro z
 * czarnej pantery") names the pelt the garment is made of, and the garment's own words (its size, its cut) say nothing
 * against the animal. So does a fur word right after the name ("lynx fur coat", "jaguar hide"). `animals`: a term of
 * each such entry of AMBIGUOUS_TERMS; `of`: the material's prepositions; `furs`: the words of fur and pelts;
 * `garments`: the garments the fashion cues do not start, compound ("Damenmantel") or trimmed with fur (collars and
 * cuffs: "col et poignets en ocelot"), which only stand before the preposition ("leopard collar" is a dog's).
 */
export const FUR_GARMENTS: { animals: string[]; of: CueText; furs: CueText; garments: CueText } = {
  animals: ['Ozelot', 'jaguar', 'tiger', 'cheetah', 'panther', 'lynx', 'leopard'],
  of: { en: 'of', fr: 'en de d', de: 'aus', nl: 'van', es: 'de', it: 'di in', pl: 'z ze', ru: 'из' },
  furs: {
    en: 'fur furs pelt pelts skin skins',
    fr: 'fourrure fourrures peau peaux',
    de: 'pelz pelze fell felle',
    nl: 'bont vel vellen huid huiden',
    es: 'piel pieles',
    it: 'pelliccia pellicce pelle pelli',
    pl: 'futro futra skóra skóry',
    ru: 'мех меха шуба шубу шубка шкура шкуры',
  },
  garments: {
    en: 'collar collars cuffs stole stoles',
    fr: 'col cols poignets étole étoles',
    de: 'damenmantel* herrenmantel* wintermantel* damenjacke* pelzmantel* pelzjacke* nerzmantel* kragen manschetten stola',
    nl: 'bontjas* bontmantel* bontkraag* bontstola* damesjas* winterjas* kraag kragen manchetten stola',
    es: 'cuello puños estola estolas',
    it: 'collo polsini stola stole',
    pl: 'kołnierz kołnierzyk mankiety etola etolę',
    ru: 'воротник воротником манжеты манжетами горжетка горжетку палантин',
  },
};

/**
 * Things carved or cut from ivory: a word of such a thing, then the material's preposition (FUR_GARMENTS.of) and the
 * name ("bracelet jonc en ivoire", "Armreif aus Elfenbein", "pulsera de marfil", "bracciale in avorio", "браслет из
 * слоновой кости") names what it is made of, where a colour stands after a garment's word without one ("robe ivoire",
 * "vestido color marfil"). `terms`: a term of each ivory entry of AMBIGUOUS_TERMS; `objects`: jewellery, beads and
 * small carvings, not garments.
 */
export const CARVED_OBJECTS: { terms: string[]; objects: CueText } = {
  terms: ['ivory', 'слоновой кости'],
  objects: {
    en: 'bracelet* bangle* necklace* pendant* brooch* earring* bead beads rosary rosaries cufflink* carving* comb combs',
    fr: 'bracelet* jonc joncs bague* collier* pendentif* broche* perle perles chapelet* sculpture* peigne*',
    de: 'armreif* armband armbänder ring ringe kette ketten halskette* anhänger ohrring* brosche* perle perlen rosenkranz* schnitzerei* kamm',
    nl: 'armband* ring ringen ketting* hanger* oorbel* broche* kraal kralen rozenkrans* snijwerk kam',
    es: 'pulsera* brazalete* anillo* colgante* pendiente* broche* cuenta cuentas rosario* peine peineta*',
    it: 'bracciale* braccialett* anello anelli collana* ciondol* orecchin* spilla spille perla perle rosari* intagli* pettine*',
    pl: 'bransolet* pierścion* pierścień naszyjnik* wisior* kolczyk* broszk* korale koralik* różaniec* grzebień* grzebyk*',
    ru: 'браслет* кольц* ожерель* бусы подвеск* кулон* серьг* брош* четки чётки резьб* гребен* гребн*',
  },
};

/**
 * The word that makes what follows the object of an imitation word ("estampado de serpiente", "imprimé de serpent",
 * "принт под змею"): a wildlife cue written there names the look, not the animal (sense-filter.ts).
 */
/**
 * English cue words that are other words in a language, so never a borrowed English cue in its text: German "Golf" is
 * a gulf and a car, Dutch "golf" a wave and a gulf ("Gepard aus dem Golf" is a cheetah from the Gulf states).
 */
export const UNBORROWED_CUES: CueText = {
  de: 'golf',
  nl: 'golf',
};

/**
 * The people a text calls an animal ("mi sobrina es un lince", "mio cugino è un orso", "mon frère est un ours"): kin,
 * partners, friends, neighbours, bosses. One of them just before "is a" and the animal word makes the animal a figure
 * of that person, as "a real" does (sense-filter.ts, isFigureOfPerson). Polish and Russian say it without "is a".
 */
export const PEOPLE_CALLED: CueText = {
  en: `brother sister husband wife boyfriend girlfriend son daughter dad father mum mom mother uncle aunt cousin nephew
    niece grandad grandpa grandma boss neighbour neighbor colleague friend teacher partner`,
  fr: `frère soeur sœur mari femme copain copine fils fille père mère oncle tante cousin cousine neveu nièce patron
    patronne voisin voisine collègue ami amie prof`,
  de: `bruder schwester mann frau freund freundin sohn tochter vater mutter onkel tante cousin cousine neffe nichte opa
    oma chef chefin nachbar nachbarin kollege kollegin`,
  nl: 'broer zus man vrouw vriend vriendin zoon dochter vader moeder oom tante neef nicht opa oma baas buurman buurvrouw collega',
  es: `hermano hermana marido mujer novio novia hijo hija padre madre tío tía primo prima sobrino sobrina abuelo abuela
    jefe jefa vecino vecina compañero compañera amigo amiga`,
  it: `fratello sorella marito moglie fidanzato fidanzata figlio figlia padre madre papà mamma zio zia cugino cugina
    nipote nonno nonna capo vicino vicina collega amico amica`,
};

export const IMITATION_OF: CueText = {
  en: 'of',
  fr: 'de d du',
  de: 'von',
  nl: 'van',
  es: 'de del',
  it: 'di del',
  pl: 'w we',
  ru: 'под',
};

/**
 * The parts a replica is cast or printed as (a skull, teeth, a tusk, a claw, a horn): they name the object a page
 * sells, real or fake, so beside an imitation or a toy's word in the same window they say nothing of the real animal
 * ("Resin-cast tiger skull, a replica at life size"); a word of genuineness, age or trade still does (sense-filter.ts).
 */
export const MADE_UP_PARTS: CueText = {
  en: 'skull skulls teeth tooth tusk tusks horn horns claw claws',
  fr: 'crâne crânes dent dents défense défenses corne cornes griffe griffes',
  de: 'schädel zahn zähne stoßzahn* stosszahn* horn hörner kralle krallen',
  nl: 'schedel schedels tand tanden slagtand* hoorn hoorns klauw klauwen',
  es: 'cráneo cráneos calavera calaveras diente dientes colmillo* cuerno cuernos garra garras',
  it: 'cranio crani teschio teschi dente denti zanna zanne corno corna artiglio artigli',
  pl: 'czaszka czaszki czaszkę ząb zęby kieł kły róg rogi pazur pazury',
  ru: 'череп черепа зуб зубы клык клыки бивень бивни рог рога коготь когти',
};

/**
 * A seller's words for the clip of an animal he sends ("video on request", "filmpje erbij", "na filmiku", "видео в
 * личку"): the live trade films the young it sells, so beside a young animal they say nothing of a film or a show
 * (sense-filter.ts). Not "film" or "movie" themselves: a film about a lion cub is a film.
 */
export const CLIP_CUES: CueText = {
  en: 'video videos clip clips filmed footage',
  fr: 'vidéo vidéos filmé filmée filmés filmées',
  de: 'video videos gefilmt',
  nl: 'video videos filmpje filmpjes gefilmd',
  es: 'vídeo vídeos video videos filmado filmada grabado grabada',
  it: 'video filmato filmati ripreso ripresa',
  pl: 'wideo filmik filmiku filmiki filmików filmikach filmikiem nagranie nagraniu nagrania',
  ru: 'видео ролик ролике ролика роликом видеоролик видеоролике',
};

/**
 * A seller's denial of the material ("not ivory, just bone", "kein Schildpatt, sondern Zelluloid", "no es carey"): a
 * `negation` right before the listed word, only function words between, in a text that names a `material` the thing
 * is made of instead. The listed word then names the look, wherever the text repeats it (sense-filter.ts). The words
 * of every language count in text of any: no negation or material of one is an everyday word before a listed name in
 * another. Materials are those a fake or a look-alike is made of, not the listed ones.
 */
export const DENIAL_CUES: Record<'negation' | 'genuine' | 'material', CueText> = {
  // With the words for "no" and "none" before a noun: "nessuna vera tartaruga", "ningún marfil", "żadnej kości".
  negation: {
    en: 'not no',
    fr: 'pas non aucun aucune ni',
    de: 'kein keine keinen keinem keiner keines nicht',
    nl: 'geen niet',
    es: 'no ni ningún ninguna ninguno',
    it: 'non nessun nessuno nessuna',
    pl: 'nie ani żaden żadna żadne żadnej żadnego żadnych',
    ru: 'не ни нет',
  },
  // The words for "real" a denial may have before the word, as it may have function words (branch traps22): "geen
  // echt ivoor", "kein echtes Elfenbein", "not real ivory", with the material it is named within reach.
  genuine: {
    en: 'real genuine',
    fr: 'vrai vraie véritable authentique',
    de: 'echt echte echtes echter echtem echten',
    nl: 'echt echte',
    es: 'auténtico auténtica verdadero verdadera',
    it: 'vero vera autentico autentica',
    pl: 'prawdziwa prawdziwy prawdziwej prawdziwego prawdziwą prawdziwe',
    ru: 'настоящая настоящий настоящей настоящую настоящее натуральная натуральный натуральной натуральную',
  },
  material: {
    en: `bone bones resin* polyresin plastic* celluloid acetate acrylic* bakelite wood wooden glass ceramic* porcelain
      amber tagua cattle cow ox camel buffalo synthetic* faux fake imitation* replica* polyurethane* antler*`,
    fr: `os résine* plastique* celluloïd acétate acrylique* bakélite bois verre céramique* porcelaine ambre tagua
      vache* bovin* buffle* chameau* dromadaire* synthétique* imitation* faux fausse réplique* polyuréthane*`,
    de: `knochen rinderknochen* büffel* wasserbüffel* kamelknochen* harz kunstharz* kunststoff* plastik* zelluloid* acetat*
      acryl* bakelit* holz hölzern* glas keramik* porzellan* bernstein* tagua synthetisch* imitat* replik* polyurethan*
      hirschhorn* hirschgeweih* geweih*`,
    nl: `bot botten hars kunsthars* kunststof* plastic celluloid acetaat acryl* bakeliet hout houten glas keramiek*
      porselein* barnsteen tagua koe* rund* kameel* kamelen* buffel* synthetisch* imitatie* nep replica* polyurethaan*
      gewei*`,
    es: `hueso huesos resina* plástico* celuloide acetato acrílic* baquelita madera vidrio cerámic* porcelana ámbar tagua
      vaca vacas vacuno* bovin* búfalo* camello* sintétic* imitación falso falsa réplica* poliuretano* ciervo cuerna*`,
    it: `osso ossa resina plastica celluloide acetato acrilic* bachelite legno vetro ceramic* porcellan* ambra tagua
      bufal* bovin* cammell* sintetic* imitazion* finto finta replica poliuretan* cervo`,
    pl: `kość kości kością żywic* plastik* celuloid* acetat* akryl* bakelit* drewn* szkło szkła ceramik* porcelan*
      bursztyn* tagua bydl* krowi* bawoł* bawol* wielbłądzi* syntetyczn* imitacj* sztuczn* replik* poliuretan* poroż*`,
    ru: `кость кости костью смол* пластик* пластмасс* целлулоид* ацетат* акрил* бакелит* дерев* стекл* керамик* фарфор*
      янтар* буйвол* верблюж* коров* синтетическ* имитаци* искусственн* реплик* полиуретан* олен*`,
  },
};

import type { CueText } from '@/lib/dictionary/senses';

/**
 * Animals seen rather than handled: a zoo visit, a nature documentary, a story read at bedtime. A text with one of
 * these words and none of `TRADE_CUES` shows or tells of animals and offers none (sense-filter.ts, isViewingText).
 * Authored for Spoor (issue 13) from general knowledge of the eight languages; see docs/DICTIONARY.md "Senses and
 * cues" for the list format.
 */
export const VIEWING_CUES: CueText = {
  any: `zoo zoos safari safaris oceanarium*`,
  en: `zoo zoos zookeeper* documentary documentaries narrator* narrated episode episodes bedtime storybook*
    fairytale*
    visitor* safari safaris sighting* birdwatch* birder* birding excursion* guided tour tours toured tourism
    oceanarium* reintroduc* restock* released census* conservation* population*`,
  fr: `zoo zoos zoologique* animalier soigneur* documentaire* narrateur* épisode* conte contes
    visiteur* safari* observation* ornitholog* réintrodu* relâch* repeupl* recens* excursion* guidée guidé guidés
    guidées sortie sorties balade* randonnée* océanarium* affût affûts population*`,
  de: `zoo zoos zoologisch* tierpark* wildpark* tierpfleger* dokumentation* doku dokumentarfilm* naturfilm*
    tierfilm* vorlesebuch* bilderbuch* kinderbuch* märchen gutenachtgeschicht*
    besucher* öffnungszeit* führung* nachtführung* nachtwanderung* wanderung* safari* pirschfahrt* sichtung*
    beobacht* vogelbeobacht* vogelpark* ausgewildert* auswilder* wiederansied* ausflug* ausflüge klassenausflug*
    schulausflug* exkursion* reisetagebuch* reisebericht* ozeanarium* wildgehege* fotofall*`,
  nl: `zoo dierentuin* dierenpark* verzorger* documentaire* natuurdocumentaire* natuurfilm* prentenboek*
    voorleesboek* kinderboek* sprookje*
    bezoeker* openingstijd* rondleiding* nachtwandeling* wandeling* safari* excursie* schoolreis* vogelpark*
    herintroduc* uitgezet boswachter* waarneming* vogelaar* vogelkijk* kijkhut*
    oceanarium* reisverslag* populatie*`,
  es: `zoo zoos zoológico* cuidador* cuidadora* documental* cuento cuentos fábula*
    visitante* safari* avistamiento* observación ornitológ* reintroduc* repoblación censo* excursión excursiones
    guiada guiado guiadas guiados paseo oceanario* población`,
  it: `zoo zoos bioparco zoologic* faunistic* guardian* custode custodi documentari* fiaba fiabe favola favole
    visitator* safari* avvistament* osservazion* birdwatching ornitolog* reintrodott* reintroduzion* liberat*
    ripopolament* guardaparco guardiaparco censiment* escursion* guidata guidate guidato guidati gita gite
    passeggiata* popolazion*`,
  pl: `zoo zoologiczn* przyrodnicz* dokumentaln* bajk* baśń baśni dobranoc
    zwiedzając* zwiedzani* safari obserwacj* obserwowa* ornitolog* reintrodukc* reintrodukowan* wypuszczon*
    wypuści* restytucj* inwentaryzacj* wycieczk* spacer* przewodnik* oceanarium* populacj* dokument`,
  ru: `зоопарк* документальн* сказк* мультфильм* смотрител*
    посетител* экскурси* сафари наблюден* орнитолог* реинтродук* реинтродуц* выпустил* выпущен* зарыбл*
    океанариум* прогулк* гид гида гидом путев* популяци* фотоловушк*`,
};

/**
 * Tickets and entry, a viewing text's own words, and a download's: a price just after one is what the visit or the
 * file costs ("tickets £8", "Eintritt 6 Euro", a crochet pattern's "PDF download £4"), not an animal's price
 * (viewing-text.ts). The car a drive-through safari charges for stands after its price ("£32 per car", "1500 ₽ за
 * машину").
 */
export const TICKET_CUES: CueText = {
  any: `ticket tickets pdf download`,
  en: `ticket tickets admission entry entrance car cars vehicle vehicles
    pdf download downloadable`,
  fr: `billetterie entrée tarif tarifs voiture voitures véhicule véhicules
    pdf téléchargement téléchargeable`,
  de: `eintritt eintrittskarte* eintrittspreis* ticket tickets karte karten auto autos pkw fahrzeug
    pdf download herunterladen`,
  nl: `entree entreeprijs* kaartje* toegang ticket tickets auto autos voertuig
    pdf download downloaden`,
  es: `entrada entradas taquilla* tarifa tarifas coche coches vehículo vehículos
    pdf descarga descargable`,
  it: `biglietto biglietti biglietteria ingresso tariffa tariffe auto veicolo veicoli
    pdf download scaricabile`,
  pl: `bilet bilety biletów biletu wstęp wejście wejściówk* samochód auto pojazd
    pdf pobrania pobranie`,
  ru: `билет билеты билетов билета вход машину машина автомобиль
    pdf скачать скачивания`,
};

/**
 * Currency words that make a number a price (beside the signs viewing-text.ts knows): a price that is not a
 * ticket's is trade, so an offer that names only its price ("120 € each") keeps its names beside a visit.
 */
export const CURRENCY_CUES: CueText = {
  any: `gbp usd eur chf pln euro euros`,
  en: `gbp usd eur chf pound pounds quid dollar dollars`,
  fr: `euro euros`,
  de: `euro`,
  nl: `euro`,
  es: `euro euros`,
  it: `euro`,
  pl: `zł zl złotych pln`,
  ru: `руб рублей рубля рубль р rub`,
};

/**
 * Animals made by hand from a pattern: crochet and knitting patterns, amigurumi, origami (the paper crane). The name
 * is the pattern's and no animal is handled, so a text with one of these words and none of `TRADE_CUES` is read as
 * a viewing text is. Only the words of the craft as it is taught and done: a finished "knitted" or "woven" thing is
 * a product like any other (a shawl's fibre may be the trade's).
 */
export const HANDICRAFT_CUES: CueText = {
  any: `amigurumi origami crochet`,
  en: `crochet crocheted crocheting knitting amigurumi origami papercraft* purl stitch stitches skein skeins needlefelt*`,
  fr: `crochet tricoter tricotage amigurumi origami pliage pliages mailles pelote pelotes`,
  de: `häkeln gehäkelt* häkelanleitung* häkelmuster* stricken strickanleitung* strickmuster* amigurumi origami
    faltanleitung* bastelanleitung* luftmasche*`,
  nl: `haakpatroon* gehaakt* breipatroon* breien amigurumi origami vouw vouwen vouwblad*`,
  es: `ganchillo crochet amigurumi origami papiroflexia ovillo* puntada* tejer`,
  it: `uncinetto amigurumi origami gomitol* sferruzz*`,
  pl: `szydełk* dzierga* drutach amigurumi origami włóczk*`,
  ru: `крючком спицами амигуруми оригами пряжа пряжи пряжу пряжей вязани*`,
};

/**
 * Words of trade, keeping and the law, and of what a hunt or a trophy room makes of an animal (a rug, a mount, an
 * auction's estimate: a "safari piece" is a trophy): one of them keeps a viewing text's names ("a zoo bought two
 * tigers", "the documentary on ivory poaching", "for a private zoo, price on request"). A permit, not "weather
 * permitting"; Polish "prywatny" and its forms, not a footer's "Prywatność" (privacy) (fresh38x).
 */
export const TRADE_CUES: CueText = {
  any: `cites paypal`,
  en: `sell* sale sales sold price* buy* buyer* offer* bid bids auction* postage shipping shipped delivery deposit
    cash paypal seller* trader* dealer* smuggl* traffick* poach* seiz* confiscat* customs illegal* cites permit permits
    certificate* paperwork papers licence* license* breeder* captive* hatchling* antique* carv* netsuke tusk* trophy
    trophies taxiderm* stuffed rehom* police rescu* private wanted
    trade trades traded trading
    rug rugs mounted estimate`,
  fr: `vend* vente* prix achat* achète achet* offre* enchère* envoi* livraison* contrebande trafic* braconn* saisi*
    saisie* confisqu* douane* illégal* cites permis certificat* papiers éleveur* élevage* captivité antiquité*
    sculpt* défense défenses netsuke trophée* taxiderm* naturalis* empaill* cède céder cession police gendarme*
    privé privée sauvetage secouru* foyer
    commerce commerçant*
    tapis`,
  de: `verkauf* verkaufe verkauft* preis* kauf kaufe gekauft angebot* auktion* versand* versende* abholung* tausch*
    händler* schmuggel* wilder* beschlagnahm* sichergestellt* zoll* illegal* cites genehmigung* bescheinigung*
    papiere züchter* nachzucht* antik* geschnitzt* schnitz* stoßzahn* stosszahn* trophä* präpar* ausgestopft*
    abzugeben abgabe schutzgebühr biete bietet anbiet* anzeige* tierschutz* tierschütz* veterinäramt* polizei* privat* gerettet
    rettung* gesucht suche
    handel
    vorleger* fellvorleger* schätzpreis*`,
  nl: `verkoop* verkocht koop kopen gekocht prijs* bied* bod veiling* verzend* verzonden ophalen ruil* handelaar*
    smokkel* stroper* stroperij* inbeslag* beslag* douane* onderschept* illegaal* illegale cites vergunning*
    certificaat papieren fokker* nakweek* antiek* gesneden snijwerk slagtand* trofee* opgezet* politie privé gered
    redding* vergoeding* herplaats* gezocht baasje
    handel
    vloerkleed* taxatie*`,
  es: `vend* venta* precio precios compr* ofert* subasta* envío* envio* entrega* contrabando tráfico trafic* furtiv*
    incaut* decomis* aduana* aduaner* intervenid* ilegal* cites permiso* certificado* papeles criador* criadero*
    antigüedad* tallad* colmillo* trofeo* disecad* taxiderm* policía seprona privado privada rescat* busco
    comercio comerciante*
    alfombra*`,
  it: `vend* vendita prezzo prezzi compr* offert* asta aste spedizion* spedisc* ritiro scambi* contrabband* traffic*
    braccon* sequestr* confiscat* dogana* doganal* doganier* illegal* cites permess* certificat* documenti documento
    allevator* antiquariato rimborso intagliat* scolpit* zanna zanne trofeo* imbalsamat* tassiderm* cedo cedesi polizia
    carabinier* forestal* privato privata salvat* salvataggi* cerco
    commercio commerciant*
    tappet*`,
  pl: `sprzeda* sprzedam kupi* kupię cena ceny cenie cenę oferta* ofert* oferow* targ targu policj* prywatny prywatna prywatne prywatnie prywatnego prywatnej prywatnych prywatnym
    uratowan* odebran* aukcj* wysyłk* odbiór zamian* przemyt* kłusown* zarekwirowan* skonfiskowan* przechwycon*
    celnicy celnik* nielegaln* cites zezwoleni* certyfikat* dokumenty dokumentami dokumentów hodowc* antyk* antyczn*
    rzeźb* kieł kły trofe* wypchan* oddam
    handel handlu handlem
    dywan* wycen*`,
  ru: `прода* продам купл* куплю купить купим купите оплат* полици* частн* спасен* спасл* цена цену цены предлож*
    аукцион* доставк* отправк* самовывоз обмен* контрабанд* браконьер* изъят* конфиск* таможн* незаконн* ситес cites
    разрешени* сертификат* документы документами документов заводчик* питомник* антиквар* старинн* резн* резьб*
    бивн* бивень трофе* чучел* таксидерм* отдам
    торговл* торговец торговц*
    ковер ковёр ковра ковром`,
};

import type { Lang } from '@/lib/dictionary/schema';

type CommonNameLang = Exclude<Lang, 'la'>;

/**
 * Frequent everyday words of the eight languages: function words, numbers, days and months, common verbs in their
 * frequent forms, and the nouns and adjectives of shopping, homes, cars, food (fruit and vegetables too: their
 * everyday sense is food, not a listed plant), work, computing and the body. A
 * dictionary name spelled like one of them (after folding accents) has an everyday sense: the compiler binds it to
 * its own language and asks for wildlife context around it (lib/matching/term-gates.ts).
 *
 * Authored for Spoor (issue 13, 2026-12-02) from general knowledge of the eight languages' most frequent words, not
 * from any labelled page or test set; see docs/DICTIONARY.md "Everyday words". Names of animals and plants are left
 * out on purpose: their everyday sense is the wildlife one ("tiger", "Papagei"). Space-separated, as written.
 * Since branch checklist14 the last line of Spanish, French, Italian and English also holds words read by hand from
 * the common names that Debian's spelling list of their own language holds (wordlist-words.ts): those whose everyday
 * sense is not the animal ("perezoso" lazy, "magot" savings, "mugger").
 */
export const EVERYDAY_WORDS: Record<CommonNameLang, string> = {
  en: `the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she
    or an will my one all would there their what so up out if about who get which go me when make can like time no
    just him know take people into year your good some could them see other than then now look only come its over
    think also back after use two how our work first well way even new want because any these give day most us is
    are was were been being has had did does done said made went gone got here where why very much more many such
    ours yours theirs hers sang sung
    own same few each every both either neither still again never always often sometimes once twice today tomorrow
    yesterday tonight morning evening night week month hour minute second moment early late soon already yet ago
    three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million half third
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december spring summer autumn fall winter home house room door window floor wall
    roof garden kitchen bed table chair desk sofa lamp shelf box bag cup glass plate bowl knife fork spoon pan pot
    oven fridge bottle jar key lock phone computer laptop screen keyboard mouse printer camera code software program
    app file page site link email password account login download upload update version install click button menu
    online internet web data cloud server user free price cost sale sell buy order pay paid cheap expensive money
    cash card bank shop store market mall brand model size colour color black white red blue green yellow brown
    grey gray pink purple orange gold silver light dark car bus train plane bike road street way station park city
    town village country world water fire air earth food bread milk butter cheese egg eggs meat rice sugar salt oil
    tea coffee wine beer juice cake pie soup sauce dinner lunch breakfast meal recipe cook cooking hot cold warm
    cool big small little large long short high low old young great best better worse worst right left wrong true
    false easy hard fast slow full empty open close closed clean dirty nice fine happy sad sure ready able
    important different possible public private local national real whole main special general human social
    family mother father child children son daughter brother sister friend man woman men women boy girl baby life
    health doctor school student teacher class book paper pen letter news story film movie music song game play
    player team club sport football ball match goal win lost lose run walk talk speak read write tell ask help
    show try call keep let put mean leave feel seem turn start stop begin end need find give live move hold bring
    happen stand sit lie pay meet include continue set learn change lead understand watch follow create add spend
    grow offer remember love consider appear wait serve die send expect build stay reach kill remain suggest raise
    pass report decide pull carry break drive wear hang head face eye eyes ear nose mouth hand hands arm leg legs
    foot feet back body heart hair skin finger tooth neck shoulder knee blood name part side place point case
    number group problem fact question idea area business service job system office government company power war
    law level line kind form end thing things something nothing everything anything someone nobody everybody
    piece set top bottom front middle inside outside near far across under above below between through during
    before behind around against without within along toward upon off down yes okay please thanks thank sorry
    hello bye mr mrs ms dr st also just only even ever too quite rather really almost enough together alone
    perhaps maybe probably however though although while until since unless whether because once bar store
    post mark fair fine match present close lead tie pool sink bank bill net tip watch date fan pitch plant
    spring rock stone wood iron steel plastic cotton wool silk leather glass metal
    apple apples banana bananas lemon lime mango peach pear plum cherry grape grapes strawberry tomato potato potatoes onion garlic carrot pepper bean beans pea corn nut nuts honey chocolate cream flour pasta pizza sandwich salad fruit vegetable vegetables rosella
    ship ships shipped shipping bunch drill hobby ounce pine cedar marl agar mahogany canal tuna crane cranes
    mugger`,
  fr: `le la les un une des du de au aux et ou mais donc or ni car que qui quoi dont où ce cet cette ces mon ton son
    ma ta sa mes tes ses notre votre leur nos vos leurs je tu il elle on nous vous ils elles me te se lui eux y en
    ne pas plus rien jamais toujours déjà encore aussi très trop peu beaucoup bien mal mieux tout tous toute toutes
    autre autres même avec sans pour par dans sur sous chez entre vers avant après pendant depuis contre selon
    comme si quand alors puis ensuite enfin oui non peut-être être suis es est sommes êtes sont était étaient été
    sera seront avoir ai as avons avez ont avait avaient eu aura faire fait font faisait dire dit aller va vont
    allé voir vu vois venir vient viennent venu prendre pris prend mettre mis pouvoir peut peux pouvez pourrait
    vouloir veut veux voulez falloir faut devoir doit dois savoir sait sais donner donne trouver trouve parler
    passer passe rester reste croire penser aimer aime demander tenir porter laisser arriver partir sortir vivre
    écrire lire jouer manger boire acheter vendre vend vendu payer ouvrir fermer mois an ans année années jour
    jours semaine heure heures minute temps fois matin soir nuit midi hier demain aujourd'hui lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre printemps été automne hiver un deux trois quatre cinq six sept huit neuf dix onze douze
    vingt trente cent mille million premier première dernier dernière maison appartement chambre cuisine salon
    porte fenêtre mur toit jardin table chaise lit bureau canapé lampe boîte sac tasse verre assiette couteau
    fourchette cuillère poêle casserole four bouteille clé téléphone ordinateur écran clavier souris logiciel
    programme fichier page site lien courriel compte télécharger mise version cliquer bouton gratuit prix coût
    vente achat commande payer cher argent carte banque magasin boutique marché marque modèle taille couleur noir
    noire blanc blanche rouge bleu bleue vert verte jaune brun gris grise rose violet orange or argent clair
    foncé voiture bus train avion vélo route rue chemin gare parc ville village pays monde eau feu air terre
    nourriture pain lait beurre fromage oeuf oeufs viande riz sucre sel huile café vin bière jus gâteau
    tarte soupe sauce dîner déjeuner repas recette cuisine chaud froid grand grande petit petite gros grosse
    long longue court haut bas vieux vieille jeune nouveau nouvelle bon bonne mauvais meilleur beau belle joli
    vrai faux facile difficile rapide lent plein vide ouvert fermé propre sale content heureux triste prêt
    important différent possible public privé local national général homme femme enfant enfants fils fille
    frère soeur ami amie ami père mère famille bébé garçon vie santé médecin école élève professeur livre
    papier stylo lettre nouvelles histoire film musique chanson jeu joueur équipe club sport football ballon
    match but gagner perdre courir marcher tête visage oeil yeux oreille nez bouche main mains bras jambe
    jambes pied pieds dos corps coeur cheveux peau doigt dent cou épaule genou sang nom partie côté place point
    cas nombre groupe problème question idée affaire service travail système gouvernement société entreprise
    pouvoir guerre loi niveau ligne chose choses quelque quelqu'un personne rien tout chacun chaque plusieurs
    certains morceau haut bas devant derrière milieu dedans dehors près loin merci bonjour salut madame monsieur
    mademoiselle voici voilà ici là-bas beaucoup assez ensemble seul seulement vraiment presque souvent parfois
    cependant pourtant lorsque puisque parce bois pierre fer acier plastique coton laine soie cuir métal
    patte pattes queue aile ailes bec plume plumes
    pomme banane citron mangue pêche poire prune cerise raisin fraise tomate oignon ail carotte poivre haricot noix miel chocolat crème farine pâtes pizza salade fruit légume légumes
    chagrin coffre scie sauvegarde luth
    acajou coureuse magot pèlerin souffleur sténo youyou`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber denn sondern doch also wenn weil dass
    ob als wie wo was wer wen wem warum wann woher wohin ich du er sie es wir ihr mich dich sich uns euch mir dir
    ihm ihn ihnen mein meine dein deine sein seine ihre unser unsere euer nicht kein keine keinen nichts nie
    immer schon noch auch sehr zu viel viele wenig mehr alle alles jeder jede jedes andere anderen selbst mit
    ohne für gegen durch um über unter vor hinter neben zwischen bei von aus nach seit bis während wegen trotz
    statt so dann jetzt heute morgen gestern hier dort da ja nein vielleicht bin bist ist sind seid war waren
    gewesen wird werden wurde wurden worden habe hast hat haben habt hatte hatten gehabt kann kannst können
    konnte muss musst müssen musste soll sollen sollte will willst wollen wollte darf dürfen mag möchte machen
    macht gemacht gehen geht ging gegangen kommen kommt kam gekommen sehen sieht sah gesehen sagen sagt sagte
    gesagt geben gibt gab gegeben nehmen nimmt nahm genommen finden findet fand gefunden wissen weiß wusste
    denken glauben bleiben stehen liegen sitzen lassen halten bringen leben laufen fahren spielen arbeiten
    kaufen verkaufen bezahlen zahlen öffnen schließen essen trinken schlafen lesen schreiben sprechen hören
    fragen suchen zeigen helfen brauchen kosten jahr jahre jahren monat monate woche wochen tag tage tagen
    stunde stunden minute zeit mal morgen abend nacht mittag montag dienstag mittwoch donnerstag freitag samstag
    sonntag januar februar märz april mai juni juli august september oktober november dezember frühling sommer
    herbst winter eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend
    million erste ersten zweite letzte haus wohnung zimmer küche bad tür fenster wand dach garten tisch stuhl
    bett schrank sofa lampe kiste tasche tasse glas teller messer gabel löffel pfanne topf ofen flasche
    schlüssel telefon handy computer rechner bildschirm tastatur maus software programm datei seite link konto
    passwort herunterladen version klicken taste kostenlos gratis preis preise kosten angebot verkauf kauf
    bestellung geld bar karte bank laden geschäft markt marke modell größe farbe schwarz weiß rot blau grün gelb
    braun grau rosa lila orange gold silber hell dunkel auto wagen bus zug flugzeug fahrrad straße weg bahnhof
    park stadt dorf land welt wasser feuer luft erde essen brot milch butter käse ei eier fleisch reis zucker
    salz öl tee kaffee wein bier saft kuchen suppe soße abendessen mittagessen frühstück rezept kochen heiß
    kalt warm kühl groß große großen klein kleine kleinen lang kurz hoch niedrig alt neu neue neuen jung gut
    gute guten besser beste schlecht schön richtig falsch wahr leicht schwer schnell langsam voll leer offen
    zu sauber schmutzig froh glücklich traurig fertig wichtig anders möglich öffentlich privat allgemein mann
    frau kind kinder sohn tochter bruder schwester freund freundin vater mutter familie baby junge mädchen leben
    gesundheit arzt schule schüler lehrer buch papier stift brief nachricht geschichte film musik lied spiel
    spieler mannschaft verein sport fußball ball tor gewinnen verlieren kopf gesicht auge augen ohr nase mund
    hand hände arm bein beine fuß füße rücken körper herz haar haare haut finger zahn hals schulter knie blut
    name teil seite platz punkt fall zahl gruppe problem frage idee sache dienst arbeit system regierung firma
    unternehmen macht krieg gesetz stufe linie ding dinge etwas jemand niemand jeder stück oben unten vorne
    hinten mitte innen außen nah weit danke bitte hallo tschüss herr herren damen genug zusammen allein nur
    wirklich fast oft manchmal jedoch obwohl damit holz stein eisen stahl kunststoff baumwolle wolle seide leder
    metall pfote pfoten schwanz flügel feder federn
    apfel banane zitrone mango pfirsich birne pflaume kirsche traube erdbeere tomate kartoffel zwiebel knoblauch karotte pfeffer bohne nuss honig schokolade sahne mehl nudeln pizza salat obst gemüse`,
  nl: `de het een en of maar want dus als dan dat die dit deze wie wat waar waarom wanneer hoe ik jij je u hij zij
    ze wij we jullie mij me jou hem haar ons hun mijn jouw zijn onze uw niet geen niets nooit altijd al nog ook
    heel zeer te veel weinig meer minder alle alles elk elke ieder iedere ander andere zelf met zonder voor
    tegen door om over onder achter naast tussen bij van uit naar sinds tot tijdens na zo nu vandaag morgen
    gisteren hier daar er ja nee misschien ben bent is zijn was waren geweest wordt worden werd werden heb hebt
    heeft hebben had hadden gehad kan kun kunnen kon moet moeten moest zal zullen zou zouden wil willen wilde mag
    mogen maken maakt gemaakt gaan gaat ging gegaan komen komt kwam gekomen zien ziet zag gezien zeggen zegt zei
    gezegd geven geeft gaf gegeven nemen neemt nam genomen vinden vindt vond gevonden weten weet wist denken
    blijven staan liggen zitten laten houden brengen leven lopen rijden spelen werken kopen verkopen betalen
    openen sluiten eten drinken slapen lezen schrijven spreken horen vragen zoeken tonen helpen nodig kosten
    jaar jaren maand maanden week weken dag dagen uur uren minuut tijd keer ochtend avond nacht middag maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus
    september oktober november december lente zomer herfst winter één twee drie vier vijf zes zeven acht negen
    tien elf twaalf twintig dertig honderd duizend miljoen eerste tweede laatste huis woning kamer keuken badkamer
    deur raam muur dak tuin tafel stoel bed kast bank lamp doos tas kopje glas bord mes vork lepel pan pot oven
    fles sleutel telefoon computer scherm toetsenbord muis software programma bestand pagina site link account
    wachtwoord downloaden versie klikken knop gratis prijs prijzen aanbieding verkoop koop bestelling geld
    contant kaart winkel markt merk model maat kleur zwart wit rood blauw groen geel bruin grijs roze paars oranje
    goud zilver licht donker auto wagen bus trein vliegtuig fiets weg straat station park stad dorp land wereld
    water vuur lucht aarde eten brood melk boter kaas ei eieren vlees rijst suiker zout olie thee koffie wijn bier
    sap taart soep saus diner lunch ontbijt recept koken heet koud warm koel groot grote klein kleine lang kort
    hoog laag oud oude nieuw nieuwe jong goed goede beter beste slecht mooi mooie juist fout waar makkelijk
    moeilijk snel langzaam vol leeg open dicht schoon vies blij gelukkig verdrietig klaar belangrijk anders
    mogelijk openbaar privé algemeen man vrouw kind kinderen zoon dochter broer zus vriend vriendin vader moeder
    familie baby jongen meisje leven gezondheid dokter arts school leerling leraar boek papier pen brief nieuws
    verhaal film muziek lied spel speler team club sport voetbal bal doel winnen verliezen hoofd gezicht oog
    ogen oor neus mond hand handen arm been benen voet voeten rug lichaam hart haar huid vinger tand nek schouder
    knie bloed naam deel kant plaats punt geval aantal groep probleem vraag idee zaak dienst werk systeem
    regering bedrijf macht oorlog wet niveau lijn ding dingen iets iemand niemand iedereen stuk boven beneden voor
    achter midden binnen buiten dichtbij ver dank bedankt alstublieft hallo dag meneer mevrouw genoeg samen alleen
    slechts echt bijna vaak soms toch hoewel omdat hout steen ijzer staal plastic katoen wol zijde leer metaal
    poot poten staart vleugel veer veren
    appel banaan citroen mango perzik peer pruim kers druif aardbei tomaat aardappel ui knoflook wortel peper boon noot honing chocolade room meel pasta pizza salade fruit groente`,
  es: `el la los las un una unos unas y o pero porque que qué quien quién cual cuál donde dónde cuando cuándo como
    cómo si no ni ya más menos muy mucho mucha muchos muchas poco poca pocos todo toda todos todas otro otra
    otros otras mismo misma yo tú él ella nosotros vosotros ellos ellas me te se nos os le les lo mi mis tu tus
    su sus nuestro nuestra vuestro de del a al en con sin por para sobre bajo entre hacia hasta desde durante
    contra según tras ante también tampoco siempre nunca todavía aún ahora hoy mañana ayer aquí allí ahí sí
    quizás ser soy eres es somos son era eran fue fueron sido estar estoy estás está estamos están estaba
    estado haber he has ha hemos han había habido hacer hago hace hacen hizo hecho poder puedo puede pueden
    podía tener tengo tiene tienen tenía tenido decir digo dice dicen dijo dicho ir voy va vamos van iba ido
    ver veo ve ven vio visto dar doy da dan dio dado saber sé sabe querer quiero quiere llegar pasar deber debe
    poner pone pongo pones ponemos ponen parecer quedar creer hablar llevar dejar seguir encontrar llamar venir pensar salir volver tomar
    conocer vivir sentir tratar mirar contar empezar esperar buscar existir entrar trabajar escribir perder
    comprar vender pagar abrir cerrar comer beber dormir leer jugar año años mes meses semana semanas día días
    hora horas minuto tiempo vez veces mañana tarde noche mediodía lunes martes miércoles jueves viernes sábado
    domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre primavera
    verano otoño invierno uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien
    mil millón primero primera último última casa piso habitación cocina baño puerta ventana pared techo jardín
    mesa silla cama armario sofá lámpara caja bolsa taza vaso plato cuchillo tenedor cuchara sartén olla horno
    botella llave teléfono móvil ordenador computadora pantalla teclado ratón programa archivo página sitio
    enlace correo cuenta contraseña descargar versión clic botón gratis precio precios oferta venta compra
    pedido dinero efectivo tarjeta banco tienda mercado marca modelo talla tamaño color negro negra blanco
    blanca rojo roja azul verde amarillo marrón gris rosa morado naranja oro plata claro oscuro coche carro
    autobús tren avión bicicleta camino calle carretera estación parque ciudad pueblo país mundo agua fuego
    aire tierra comida pan leche mantequilla queso huevo huevos carne arroz azúcar sal aceite té café vino
    cerveza zumo jugo pastel tarta sopa salsa cena almuerzo desayuno receta cocinar caliente frío fría grande
    grandes pequeño pequeña largo larga corto alto alta bajo baja viejo vieja joven nuevo nueva bueno buena
    mejor malo mala peor bonito bonita verdad falso fácil difícil rápido lento lleno vacío abierto cerrado
    limpio sucio feliz triste listo importante diferente posible público privado general hombre mujer niño
    niña niños hijo hija hermano hermana amigo amiga padre madre familia bebé chico chica vida salud médico
    escuela alumno profesor libro papel bolígrafo carta noticia historia película música canción juego jugador
    equipo club deporte fútbol pelota balón partido gol ganar cabeza cara ojo ojos oreja nariz boca mano manos
    brazo pierna piernas pie pies pata patas espalda cuerpo corazón pelo piel dedo diente cuello hombro rodilla
    sangre nombre parte lado lugar punto caso número grupo problema pregunta idea asunto servicio trabajo sistema
    gobierno empresa poder guerra ley nivel línea cosa cosas algo alguien nadie nada cada pieza arriba abajo
    delante detrás medio dentro fuera cerca lejos gracias favor hola adiós señor señora señorita bastante juntos
    solo solamente realmente casi menudo aunque mientras madera piedra hierro acero plástico algodón lana seda
    cuero metal cola ala alas pluma plumas pico manta mantas sábana toalla
    manzana plátano banana limón mango melocotón pera ciruela cereza uva fresa tomate patata papa cebolla ajo zanahoria pimienta judía frijol nuez miel chocolate nata harina pasta pizza ensalada fruta verdura
    plana canal tuna brasil pino cedro abeto amapola secretario pitahaya codorniz
    ajillo alpargata alpargatas cabezón chilla cirio cornuda cuco dante diana godoy jorobada malvasía manco marta
    napoleón pelma peregrino perezoso`,
  it: `il lo la i gli le un uno una e ed o ma perché che chi cui quale dove quando come se non né già più meno
    molto molta molti molte poco poca pochi tutto tutta tutti tutte altro altra altri altre stesso stessa io tu
    lui lei noi voi loro mi ti si ci vi gli ne mio mia miei mie tuo tua suo sua nostro nostra vostro di del
    della dei delle degli a al alla ai alle da dal dalla in nel nella nei nelle con su sul sulla per tra fra
    senza sopra sotto verso fino durante contro secondo dopo prima anche neanche sempre mai ancora ora adesso
    oggi domani ieri qui qua lì là sì forse essere sono sei è siamo siete era erano stato stata sarà avere ho
    hai ha abbiamo avete hanno aveva avuto fare faccio fa fanno fatto dire dico dice detto andare vado va
    vanno andato vedere vedo vede visto dare do dà dato sapere so sa volere voglio vuole potere posso può
    possono dovere devo deve stare sto sta stanno venire viene vengono venuto prendere preso mettere messo
    parlare pensare trovare lasciare portare sentire tenere chiamare uscire tornare vivere conoscere guardare
    credere aspettare cercare lavorare scrivere leggere giocare comprare vendere pagare aprire chiudere mangiare
    bere dormire anno anni mese mesi settimana settimane giorno giorni ora ore minuto tempo volta volte mattina
    sera notte mezzogiorno lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo
    aprile maggio giugno luglio agosto settembre ottobre novembre dicembre primavera estate autunno inverno uno
    due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento mille milione primo prima
    ultimo ultima casa appartamento camera cucina bagno porta finestra muro tetto giardino tavolo sedia letto
    armadio divano lampada scatola borsa tazza bicchiere piatto coltello forchetta cucchiaio padella pentola
    forno bottiglia chiave telefono cellulare computer schermo tastiera mouse programma file pagina sito link
    posta account password scaricare versione cliccare pulsante gratis gratuito prezzo prezzi offerta vendita
    acquisto ordine soldi contanti carta banca negozio mercato marca modello taglia colore nero nera bianco
    bianca rosso rossa blu verde giallo marrone grigio rosa viola arancione oro argento chiaro scuro macchina
    auto autobus treno aereo bicicletta strada via stazione parco città paese mondo acqua fuoco aria terra cibo
    pane latte burro formaggio uovo uova carne riso zucchero sale olio tè caffè vino birra succo torta zuppa
    salsa cena pranzo colazione ricetta cucinare caldo freddo grande grandi piccolo piccola lungo lunga corto
    alto alta basso bassa vecchio vecchia giovane nuovo nuova buono buona migliore cattivo peggiore bello bella
    vero falso facile difficile veloce lento pieno vuoto aperto chiuso pulito sporco felice triste pronto
    importante diverso possibile pubblico privato generale uomo donna bambino bambina bambini figlio figlia
    fratello sorella amico amica padre madre famiglia ragazzo ragazza vita salute medico scuola studente
    professore libro carta penna lettera notizia storia film musica canzone gioco giocatore squadra club sport
    calcio palla partita gol vincere perdere testa faccia occhio occhi orecchio naso bocca mano mani braccio
    gamba gambe piede piedi schiena corpo cuore capelli pelle dito dente collo spalla ginocchio sangue nome parte
    lato posto punto caso numero gruppo problema domanda idea cosa cose servizio lavoro sistema governo società
    azienda potere guerra legge livello linea qualcosa qualcuno nessuno niente ogni ognuno pezzo su giù davanti
    dietro mezzo dentro fuori vicino lontano grazie prego ciao buongiorno signore signora signorina abbastanza
    insieme solo soltanto davvero quasi spesso però anche mentre legno pietra ferro acciaio plastica cotone lana
    seta cuoio pelle metallo coda ala ali piuma piume becco zampa zampe
    mela banana limone mango pesca pera prugna ciliegia uva fragola pomodoro patata cipolla aglio carota pepe fagiolo noce miele cioccolato panna farina pasta pizza insalata frutta verdura
    vera vero veri vere
    sacro rapace
    fossa fosse
    tana tane anta ante costi costo`,
  pl: `i w z na do że się nie jest to ten ta te tego tej tym tych jak ale a o od po przez przy dla za pod nad
    przed między bez u czy co kto gdzie kiedy dlaczego jaki jaka jakie który która które ja ty on ona ono my wy
    oni one mnie mi cię ci go mu jej ją nas nam was wam ich im mój moja moje twój twoja twoje swój swoja swoje
    nasz nasza nasze wasz wasza jego już jeszcze też także bardzo więcej mniej dużo mało wszystko wszyscy każdy
    każda inny inna inne sam sama tak nie teraz dziś dzisiaj jutro wczoraj tutaj tu tam tak może być jestem
    jesteś jesteśmy są był była było byli będzie będą mieć mam masz ma mamy mają miał miała robić robi zrobić
    iść idzie szedł widzieć widzi mówić mówi powiedzieć dać daje wiedzieć wie chcieć chce chcę móc mogę może
    mogą musieć muszę musi trzeba stać siedzieć leżeć brać wziąć kupić kupię sprzedać sprzedam sprzedaje
    sprzedaż płacić otworzyć zamknąć jeść pić spać czytać pisać grać pracować szukać pomóc znaleźć myśleć
    rok roku lata lat miesiąc tydzień dzień dni godzina godziny minuta czas raz razy rano wieczór noc południe
    poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec lipiec
    sierpień wrzesień październik listopad grudzień wiosna lato jesień zima jeden jedna dwa dwie trzy cztery
    pięć sześć siedem osiem dziewięć dziesięć dwadzieścia sto tysiąc milion pierwszy pierwsza ostatni dom
    mieszkanie pokój kuchnia łazienka drzwi okno ściana dach ogród stół krzesło łóżko szafa kanapa lampa pudełko
    torba kubek szklanka talerz nóż widelec łyżka patelnia garnek piekarnik butelka klucz telefon komputer
    ekran klawiatura mysz program plik strona link konto hasło pobierz wersja kliknij przycisk darmowy darmowa
    gratis cena ceny oferta zakup zamówienie pieniądze gotówka karta bank sklep rynek marka model rozmiar kolor
    czarny czarna biały biała czerwony czerwona niebieski zielony żółty brązowy szary różowy fioletowy
    pomarańczowy złoty złoto srebrny srebro jasny ciemny samochód auto autobus pociąg samolot rower droga ulica
    stacja park miasto wieś kraj świat woda ogień powietrze ziemia jedzenie chleb mleko masło ser jajko jajka
    mięso ryż cukier sól olej herbata kawa wino piwo sok ciasto zupa sos obiad kolacja śniadanie przepis gotować
    gorący zimny ciepły duży duża duże mały mała małe długi krótki wysoki niski stary stara nowy nowa nowe młody
    dobry dobra dobre lepszy najlepszy zły ładny ładna miły miła miłe miło prawda fałsz łatwy trudny szybki wolny pełny pusty
    otwarty zamknięty czysty brudny szczęśliwy smutny gotowy ważny inny możliwy publiczny prywatny ogólny pan
    pani państwo mężczyzna kobieta dziecko dzieci syn córka brat siostra przyjaciel ojciec matka rodzina chłopiec
    dziewczyna życie zdrowie lekarz szkoła uczeń nauczyciel książka papier długopis list wiadomość historia
    film muzyka piosenka gra gracz drużyna klub sport piłka mecz bramka wygrać przegrać głowa twarz oko oczy
    ucho nos usta ręka ręce ramię noga nogi stopa plecy ciało serce włosy skóra palec ząb szyja kolano krew
    imię nazwa część strona miejsce punkt sprawa liczba grupa problem pytanie pomysł rzecz usługa praca system
    rząd firma władza wojna prawo poziom linia coś ktoś nikt nic kawałek góra dół przód tył środek wewnątrz
    zewnątrz blisko daleko dziękuję proszę cześć dzień dobry dość razem sam tylko naprawdę prawie często czasem
    jednak chociaż ponieważ drewno kamień żelazo stal plastik bawełna wełna jedwab skóra metal ogon skrzydło
    pióro pióra łapa łapy
    jabłko banan cytryna mango brzoskwinia gruszka śliwka wiśnia winogrono truskawka pomidor ziemniak cebula czosnek marchew pieprz fasola orzech miód czekolada śmietana mąka makaron pizza sałatka owoc warzywa
    jako oraz również gdy aby żeby więc bo lub albo jeśli jeżeli około ponad wśród podczas według dzięki zamiast mimo
    właśnie chyba
    rys rysy orka`,
  ru: `и в не на я быть он с что а по это она этот к но они мы как из у который то за свой весь год от так о
    для ты же все тот мочь вы человек такой его сказать только или ещё бы себя один как уже до время если сам
    когда другой вот говорить наш мой знать стать при чтобы дело жизнь кто первый очень два день её новый рука
    даже во со раз где там под можно ну какой после их работа без самый потом надо хотеть ли слово идти большой
    должен место иметь ничто то сейчас тоже стоять друг дом сторона теперь можно здесь нет да сегодня завтра
    вчера всегда никогда иногда часто тут туда сюда потому почему зачем много мало больше меньше хорошо плохо
    есть был была было были будет будут делать сделать видеть смотреть думать взять дать купить продать
    продаю продам продаётся платить открыть закрыть есть пить спать читать писать играть искать найти помочь
    жить сидеть лежать любить ждать понимать просить знаю хочу могу месяц неделя час минута утро вечер ночь
    понедельник вторник среда четверг пятница суббота воскресенье январь февраль март апрель май июнь июль
    август сентябрь октябрь ноябрь декабрь весна лето осень зима три четыре пять шесть семь восемь девять
    десять двадцать сто тысяча миллион последний квартира комната кухня ванная дверь окно стена крыша сад стол
    стул кровать шкаф диван лампа коробка сумка чашка стакан тарелка нож вилка ложка сковорода кастрюля
    духовка бутылка ключ телефон компьютер экран клавиатура мышь программа файл страница сайт ссылка почта
    пароль скачать версия кнопка бесплатно цена цены скидка продажа покупка заказ деньги наличные карта банк
    магазин рынок марка модель размер цвет чёрный черный белый красный синий зелёный зеленый жёлтый коричневый
    серый розовый фиолетовый оранжевый золото золотой серебро светлый тёмный машина автомобиль автобус поезд
    самолёт велосипед дорога улица вокзал парк город деревня страна мир вода огонь воздух земля еда хлеб молоко
    масло сыр яйцо яйца мясо рис сахар соль чай кофе вино пиво сок торт суп соус обед ужин завтрак рецепт
    горячий холодный тёплый маленький длинный короткий высокий низкий старый молодой хороший лучший плохой
    красивый правда лёгкий трудный быстрый медленный полный пустой открытый закрытый чистый грязный
    счастливый готовый важный возможный общий мужчина женщина ребёнок дети сын дочь брат сестра отец мать семья
    мальчик девочка здоровье врач школа ученик учитель книга бумага ручка письмо новости история фильм музыка
    песня игра игрок команда клуб спорт футбол мяч матч гол выиграть голова лицо глаз глаза ухо нос рот руки
    нога ноги спина тело сердце волосы кожа палец зуб шея плечо колено кровь имя часть место точка случай номер
    группа проблема вопрос идея вещь услуга система правительство компания власть война закон уровень линия
    что-то кто-то никто ничего кусок верх низ перед зад середина внутри снаружи близко далеко спасибо
    пожалуйста привет здравствуйте господин госпожа достаточно вместе только действительно почти однако хотя
    дерево камень железо сталь пластик хлопок шерсть шёлк кожа металл хвост крыло перо перья лапа лапы
    яблоко банан лимон манго персик груша слива вишня виноград клубника помидор картофель лук чеснок морковь перец фасоль орех мёд шоколад сливки мука макароны пицца салат фрукты овощи`,
};

/**
 * Brands, products, titles and place names named like a listed animal or plant: on a page they are the likelier
 * sense, so such a name needs wildlife context in every language. Authored for Spoor (issue 13, 2026-12-02) from
 * well-known car, sportswear, software, cosmetics, food, fashion and hardware names and common place names. The last
 * line (branch checklist15): given names and places of the world that the 2017 Checklist's genera or names spell
 * and Debian's lists of European names leave out (Chitra, Clelia, Aspasia, Cintia; Morelia, Oroya, Odisha, Chita),
 * and Napoleon, after whom Spanish and French name the humphead wrasse. Branch checklist26: Anas, an Arabic given name
 * frequent in all eight languages' countries, which the checklist gives as a Spanish name (of Conepatus humboldtii).
 * Branch checklist27: the checklist's genera that name something else more often on a page: Cantharellus, the
 * chanterelle's genus on menus (a fungus; the checklist's is a coral), the brain's hippocampus, a book's colophon,
 * Condor the airline, Otis the lift maker, pitta the bread, and Nestor, Elvira and Penelope, given names.
 * Branch checklist28: Salvator (a given name, Salvator Mundi, a Munich doppelbock) and Constantia (a given name, the
 * Cape wine and a Windows typeface), Calypso (the nymph, the music, Cousteau's ship), Pleione (a star of the
 * Pleiades and a given name), Smaug (Tolkien's dragon), Jabiru (an aircraft maker) and Opuntia (the prickly pear
 * and nopal of menus, whose fruit the listing exempts).
 */
export const NAME_COLLISIONS = `jaguar puma lynx python anaconda cobra kobra кобра viper mamba boa panda impala ocelot
  ozelot lama vanilla vanille vaniglia vainilla aloe tiger cougar cayman gecko colibri leon apollo merlin
  chitra clelia aspasia cintia lesbia topaza luisia morelia oroya odisha chita napoleon jako anas
  cantharellus hippocampus colophon condor otis pitta nestor elvira penelope
  salvator constantia calypso pleione smaug jabiru opuntia`;

/**
 * Everyday phrases of several words that a listed animal's common name spells: a tabby cat is a "gato atigrado" in
 * Spanish, the checklist's Spanish name of the oncilla. Such a name needs wildlife context like a single everyday
 * word. Authored for Spoor (issue 13) from general knowledge, as the lists above.
 */
export const EVERYDAY_PHRASES: Partial<Record<CommonNameLang, string[]>> = {
  en: ['tabby cat'],
  es: ['gato atigrado', 'gato tigre'],
  it: ['gatto tigrato', 'gatto soriano'],
  pl: ['kot pręgowany'],
  ru: ['полосатый кот'],
};

/**
 * Frequent given names of the eight languages, folded (lower case, no accents, ё as е): a surname spelled like an
 * animal ("Adler", "Falco", "Соколов") beside one is a person's ("Karl Adler", "Adler, Karl"). Written for Spoor from
 * the names national statistics rank most given over the last decades (see docs/DICTIONARY.md), not copied from any
 * list. No name here is also an animal's in any of the languages ("Leone", "Лев", "Wolf" stay out): the rule reads the
 * word beside a match as a name, never the match itself.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // English
    'james john robert michael william david richard thomas mark paul peter george daniel andrew simon stephen steve',
    'mary patricia linda susan sarah karen helen margaret anne ann jane emily emma olivia sophie grace lucy chloe',
    'jack harry oliver noah charlie ethan liam ruth joan kate amy alice tom ben sam joe luke dave gary kevin',
    // German
    'karl hans klaus jurgen wolfgang uwe dieter werner heinz gunter horst manfred stefan andreas thomas michael',
    'markus tobias jonas lukas finn felix tim nico maximilian paul ursula monika petra sabine gisela karin ingrid',
    'renate brigitte claudia anja julia lena mia hannah marie anna maria katharina',
    // Dutch
    'jan pieter kees henk wim joris bram thijs daan sem ruud gert piet dirk harm jesse lars luuk milan',
    'anouk sanne lotte femke marieke truus ria tess noor fleur eva',
    // French
    'jean pierre jacques michel philippe nicolas julien antoine hugo lucas louis gabriel arthur theo enzo nathan',
    'maxime luc marc francoise isabelle nathalie sylvie camille manon chloe lea ines jade claire julie jeanne',
    // Spanish
    'jose juan antonio manuel francisco javier pablo sergio alejandro carlos jorge alvaro mario raul ivan marcos',
    'dani ramon pedro luis maria carmen lucia laura ana marta elena pilar rosa sara paula martina ines',
    // Italian
    'giuseppe giovanni francesco alessandro andrea matteo luca marco paolo roberto davide mattia tommaso simone',
    'fabio pietro luigi giorgio carlo aldo giulia chiara sofia francesca elena alice aurora martina anna',
    // Polish
    'jan piotr krzysztof andrzej tomasz pawel marek michal kamil jerzy stanislaw adam marcin lukasz szymon filip',
    'katarzyna malgorzata agnieszka zofia ewa halina ewelina maja hania lena julia',
    // Russian
    'иван алексей сергей дмитрий андрей михаил николай павел петр антон максим никита илья кирилл георгий',
    'ольга анна елена наталья татьяна мария галина ксения софья',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A synthetic marketplace results page: N listing cards in the markup shape of
 * real classifieds sites (title link, price, location, seller, excerpt), in
 * eight languages, with species names, trade terms and decoys in about a third
 * of them. Deterministic: the same N gives the same page.
 */

const listings = [
  ['Biete Graupapagei, handzahm, mit CITES-Papieren', '850 €', 'Berlin', 'Papageienzucht Nord'],
  ['Sprzedam papugę żako, młoda samica', '3 500 zł', 'Kraków', 'ptasiarz'],
  ['Продам попугая жако, документы есть', '90 000 ₽', 'Москва', 'Аркадий'],
  ["Vends tortue d'Hermann née en captivité", '120 €', 'Lyon', 'reptiles69'],
  ['Te koop: Griekse landschildpad, met papieren', '95 €', 'Utrecht', 'schildpaddenhuis'],
  ['Vendo pappagallo cenerino svezzato a mano', '900 €', 'Milano', 'allevamento'],
  ['Se vende loro gris africano con anilla', '800 €', 'Madrid', 'aves'],
  ['Antique carved ivory figure, pre-1947', '£450', 'London', 'antiques_uk'],
  ['Elfenbeinschnitzerei, alt, Nachlass', '300 €', 'München', 'nachlass'],
  ['Резная фигурка из слоновой кости', '25 000 ₽', 'Санкт-Петербург', 'антиквар'],
  ['Royal python (Python regius) female, CB 2024', '£120', 'Leeds', 'scales'],
  ['Panther chameleon Furcifer pardalis male', '$250', 'Miami', 'chamreptiles'],
  ['Ivory white wedding dress, size 10', '£200', 'Bristol', 'bridal'],
  ['Jaguar XF 2.0d Portfolio, full history', '£8,995', 'Leeds', 'motors'],
  ['Leopard print faux fur coat', '45 €', 'Paris', 'vintage'],
  ['Python programming book, 3rd edition', '£15', 'Cambridge', 'books'],
  ['Sofa 3-Sitzer, grau, wie neu', '250 €', 'Hamburg', 'moebel'],
  ['Kinderfahrrad 20 Zoll', '80 €', 'Köln', 'familie'],
  ['Велосипед горный, почти новый', '12 000 ₽', 'Казань', 'Игорь'],
  ['Rower dziecięcy 16 cali', '150 zł', 'Gdańsk', 'anna'],
  ['Lampe de chevet en laiton', '30 €', 'Nantes', 'brocante'],
  ['Eettafel eiken, 6 personen', '300 €', 'Gent', 'meubels'],
  ['Mesa de comedor extensible', '180 €', 'Sevilla', 'casa'],
  ['Divano in pelle, tre posti', '400 €', 'Roma', 'arredo'],
] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** One listing card; `i` picks the listing and makes ids unique. */
export function listingCard(i: number): string {
  const [title, price, location, seller] = listings[i % listings.length]!;
  return `<article class="listing" data-id="${i}">
  <a class="listing-title" href="/ad/${i}"><h3>${escapeHtml(title)}</h3></a>
  <div class="listing-price"><span>${escapeHtml(price)}</span></div>
  <div class="listing-meta"><span class="loc">${escapeHtml(location)}</span> · <span class="seller">${escapeHtml(seller)}</span></div>
  <p class="listing-excerpt">Anzeige ${i}. ${escapeHtml(title)}. Abholung in ${escapeHtml(location)}, Versand möglich.</p>
</article>`;
}

/**
 * The texts the scanner reads from `listingCard(i)`, block by block (the card itself holds only white space and
 * breaks): for measuring the matcher alone, without a browser.
 */
export function listingBlockTexts(i: number): string[] {
  const [title, price, location, seller] = listings[i % listings.length]!;
  return [
    '\n  \n\n\n',
    title,
    price,
    `${location} · ${seller}`,
    `Anzeige ${i}. ${title}. Abholung in ${location}, Versand möglich.`,
  ];
}

/** The whole page with `count` listings and a script hook to append more. */
export function listingPage(count: number): string {
  const cards = Array.from({ length: count }, (_, i) => listingCard(i)).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kleinanzeigen: ${count} Ergebnisse</title>
<style>.listing{border:1px solid #ddd;margin:8px;padding:8px;font-family:sans-serif}</style></head>
<body><header><h1>${count} Ergebnisse</h1></header><main id="results">${cards}</main></body></html>`;
}

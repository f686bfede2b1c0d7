import { describe, expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

describe("a part named by the animal's adjective", () => {
  it.each([
    ['Продаю медвежий череп, крупный, с нижней челюстью.', 'медвежий череп', 'ursidae'],
    ['Ожерелье из медвежьих клыков ручной работы.', 'медвежьих клыков', 'ursidae'],
    ['Кисточка из слоновьего волоса для браслета.', 'слоновьего волоса', 'elephantidae'],
    ['Старый слоновий бивень, 40 см, без трещин.', 'слоновий бивень', 'elephantidae'],
    ['Куплю носорожий рог, дорого.', 'носорожий рог', 'rhinocerotidae'],
    ['Тигровая шкура с головой, привезена из Индии.', 'Тигровая шкура', 'panthera-tigris'],
    ['Амулет из тигриного клыка на шнурке.', 'тигриного клыка', 'panthera-tigris'],
    ['Ремень из крокодиловой кожи, натуральный.', 'крокодиловой кожи', 'crocodylia'],
    ['Коготь рысий, оправлен в серебро.', 'Коготь рысий', 'lynx-lynx'],
    ['Моржовый клык с резьбой, северный промысел.', 'Моржовый клык', 'odobenus-rosmarus'],
    ['Рога сайгачьи, пара, цена за штуку.', 'Рога сайгачьи', 'saiga-tatarica'],
    ['Sprzedam niedźwiedzią skórę z głową, stara.', 'niedźwiedzią skórę', 'ursidae'],
    ['Naszyjnik z tygrysimi pazurami, rękodzieło.', 'tygrysimi pazurami', 'panthera-tigris'],
    ['Słoniowy kieł, długość 60 cm, do negocjacji.', 'Słoniowy kieł', 'elephantidae'],
    ['Pasek ze skóry krokodylowej, oryginalny.', 'skóry krokodylowej', 'crocodylia'],
    ['Czaszka lwia na postumencie, stara kolekcja.', 'Czaszka lwia', 'panthera-leo'],
  ] as const)('finds %j', (text, words, taxon) => {
    expect(taxaFound(text)).toContainEqual(expect.arrayContaining([words, taxon]));
  });

  it.each([
    'Оказал мне медвежью услугу, теперь переделываю.',
    'Дача в медвежьем углу, до станции 20 км.',
    'Тигровые креветки, 1 кг, замороженные.',
    'Луковицы: тигровая лилия, 5 штук.',
    'Котёнок тигрового окраса ищет дом.',
    'Плед под тигровую шкуру, 150×200.',
    'Сумка под крокодиловую кожу, искусственная.',
    'Słoniowa noga na parasole, ceramiczna.',
    'Torebka ze sztucznej skóry krokodylowej, nowa.',
  ])('leaves an idiom, a colour or an imitation alone: %s', (text) => {
    expect(taxaFound(text)).toEqual([]);
  });
});

/**
 * The words German and Dutch sellers put before an animal's name in one compound to say how it was bred or how old
 * it is ("Nachzuchtkönigspythons", "Handaufzuchtgraupapagei", "Zuchtkakadus", "Babykaimane", "nakweekkoningspython",
 * "kweekkoningspythons", "babyara"), at the start of a folded word with three letters or more after it ("ara",
 * "boa"). A regular expression, not a list and a loop: the first stage carries it (issue 14's script budget).
 *
 * @example
 * 'nachzuchtkönigspythons'.replace(BREEDER_PREFIX, '') // 'königspythons'
 * 'babys'.replace(BREEDER_PREFIX, '') // 'babys': nothing long enough after it
 */
export const BREEDER_PREFIX = /^(?:(?:handauf|nach)?zucht|(?:na)?kweek|baby)(?=...)/;

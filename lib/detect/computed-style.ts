import { oncePerTask } from './once-per-task';

/**
 * An element's computed style, asked once per task: the rendering check reads the style of a match's element for its
 * fill, for the backgrounds behind it and for its clipping (blends-in.ts, unshown.ts), and each `getComputedStyle`
 * call makes a new declaration object. The object is live, so one task's reads of it see what a new one would.
 * @example computedStyle(paragraph).color // 'rgb(0, 0, 0)'
 */
export const computedStyle = oncePerTask((element: Element) => getComputedStyle(element));

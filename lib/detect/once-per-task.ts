/**
 * Answers a question about an element (or the window) once per task: the matches of a block all ask about its element
 * and its ancestors (and a long paragraph holds many), while nothing can change the page between two calls of one task
 * (its scripts run in tasks of their own, and the scan changes no style). Forgotten in a microtask, which runs once the
 * task's code returns. An answer of undefined is remembered too.
 * @example const drawsNothing = oncePerTask((element: Element) => !element.checkVisibility());
 */
export function oncePerTask<Asked extends object, Answer>(ask: (asked: Asked) => Answer): (asked: Asked) => Answer {
  let answers: Map<Asked, Answer> | undefined;
  return (asked) => {
    if (!answers) {
      answers = new Map();
      queueMicrotask(() => (answers = undefined));
    }
    let answer = answers.get(asked);
    if (answer === undefined && !answers.has(asked)) answers.set(asked, (answer = ask(asked)));
    return answer as Answer;
  };
}

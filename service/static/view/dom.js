/* Elements made with their text as text: nothing from an article or an answer is ever parsed
 * as HTML. */

export function node(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  return element;
}

export function button(className, onClick) {
  const element = node("button", "item " + (className || ""));
  element.type = "button";
  element.addEventListener("click", onClick);
  return element;
}

export function item(child) {
  const entry = node("li");
  entry.append(child);
  return entry;
}

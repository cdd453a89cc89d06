// A Copy button on every code block of a note or a workflow's note, made here: without JavaScript there is no
// clipboard to reach, so a reader without it sees no button that does nothing. The block keeps its own scroll
// and tab stop; the button follows it in the tab order and says what it did to screen readers.
const blocks = document.querySelectorAll<HTMLPreElement>('.prose pre');
const DONE_FOR = 2000;

/** One polite status for every button: "Copied" is heard once, where the reader is. */
function announcer(): HTMLElement {
  let live = document.getElementById('copy-status');
  if (!live) {
    live = document.createElement('p');
    live.id = 'copy-status';
    live.className = 'sr-only';
    live.setAttribute('role', 'status');
    document.body.append(live);
  }
  return live;
}

/** Without the clipboard (an insecure origin, a refused permission) the code is selected, for the reader's own copy. */
function selectCode(block: HTMLPreElement): void {
  const range = document.createRange();
  range.selectNodeContents(block);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

async function copyCode(block: HTMLPreElement, button: HTMLButtonElement): Promise<void> {
  const text = (block.querySelector('code') ?? block).textContent ?? '';
  let said: string;
  try {
    await navigator.clipboard.writeText(text);
    said = 'Copied';
  } catch {
    selectCode(block);
    said = 'Selected: press Ctrl+C to copy';
  }
  button.textContent = said === 'Copied' ? 'Copied' : 'Selected';
  announcer().textContent = said;
  setTimeout(() => {
    button.textContent = 'Copy';
    announcer().textContent = '';
  }, DONE_FOR);
}

for (const block of blocks) {
  const holder = document.createElement('div');
  holder.className = 'code-block';
  block.replaceWith(holder);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy ${(block.getAttribute('aria-label') ?? 'code').toLowerCase()}`);
  button.addEventListener('click', () => void copyCode(block, button));
  holder.append(block, button);
}

export {};

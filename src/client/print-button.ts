/**
 * Buttons marked `data-print` open the browser's print dialog. The buttons stay hidden
 * (`hidden`) until this script runs, so nobody sees a button that does nothing.
 */
export function setupPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

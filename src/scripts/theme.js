// Inline in <head>, before the page paints, so a saved theme never flashes the other one (the toggle: theme-toggle.ts).
try {
  const saved = localStorage.getItem('theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch {
  // Storage blocked: the theme follows the system.
}

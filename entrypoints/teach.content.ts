import { h, render } from 'preact';
import { TEACH_CSS, TeachOverlay } from '../components/teach/TeachOverlay';
import { putRecipe } from '../lib/recipes/store';

// Injected on the user's "Teach this site" click (activeTab + scripting); never registered for all sites. Shows the
// teaching overlay in its own Shadow DOM and keeps the recipe in browser.storage.local, where capture reads it.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const TAG = 'lead-archive-teach';
    if (document.querySelector(TAG)) return;
    const host = document.createElement(TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = TEACH_CSS;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    const close = () => {
      render(null, mount);
      host.remove();
    };
    render(
      h(TeachOverlay, { host: location.hostname.toLowerCase(), self: host, save: (r) => putRecipe(r), close }),
      mount,
    );
  },
});

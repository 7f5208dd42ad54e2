// Injected on a click (activeTab + scripting); never registered for all sites.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return { url: location.href, title: document.title, leads: [], ms: 0 };
  },
});

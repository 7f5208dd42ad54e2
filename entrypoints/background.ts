export default defineBackground(() => {
  // Filled by the data-layer work: message router, context menus, capture.
});

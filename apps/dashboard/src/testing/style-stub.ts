// Stylesheets mean nothing to jsdom; imports of them resolve here in component tests.
export default {};

// Side-effect imports of the stylesheet (`import 'agentboard/styles.css'`, `../src/styles/index.css`)
// in stories, tests and examples: bundlers handle them; TypeScript only needs to know they exist.
declare module '*.css';

// Stylesheets are imported for their side effect; Vite bundles them. (Harmless beside vite/client's own declaration.)
declare module '*.css';

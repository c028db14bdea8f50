/// <reference types="vite/client" />
declare module 'agentboard/styles.css';

/** Registers every `pb-*` tag of the library (the CDN bundle's entry). */
import './pb-config.js';

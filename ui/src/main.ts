/** Entry point of the PRO.ONE web interface: defines <pro-app>, which runs everything else. */
import './components/app-shell/app-shell.js';

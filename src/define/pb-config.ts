import { PbConfig } from '../config/pb-config/pb-config.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-config', PbConfig);

declare global {
  interface HTMLElementTagNameMap {
    'pb-config': PbConfig;
  }
}

import { expect } from '@open-wc/testing';
import { defineElement } from '../define.js';
import { PbConfig } from '../../config/pb-config/pb-config.js';
import { VERSION } from '../../version.js';
import '../../define/all.js';

describe('registration', () => {
  it('one import registers the tags', () => {
    expect(customElements.get('pb-config')).to.equal(PbConfig);
  });

  it('a second copy registering the same tags warns once, naming both versions, and throws nothing', () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      // What a second copy of the library (another version) does on load.
      class OtherConfig extends HTMLElement {
        static readonly pbVersion = '9.9.9';
      }
      class OtherWidget extends HTMLElement {}
      customElements.define('pb-other-copy', class extends HTMLElement { static readonly pbVersion = '9.9.9'; });
      expect(() => defineElement('pb-other-copy', OtherWidget)).not.to.throw();
      expect(() => defineElement('pb-config', OtherConfig)).not.to.throw();
      expect(() => defineElement('pb-config', PbConfig)).not.to.throw();
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<pb-other-copy> is already defined by version 9.9.9');
    expect(warnings[0]).to.contain(`this copy (version ${VERSION})`);
    expect(customElements.get('pb-config')).to.equal(PbConfig);
  });
});

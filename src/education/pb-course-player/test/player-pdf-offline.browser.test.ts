import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, mountPlayer, realClick, text, until } from '../../test/helpers.js';
import { course, documentLesson, studyBackend } from '../../test/support.js';

// A file of its own: its page must never have loaded the PDF viewer before.
describe('<pb-course-player>: a PDF lesson opened offline before the viewer ever loaded', function () {
  this.timeout(20_000);
  it('says the connection is the problem, with a retry that asks again, keeps the download, and counts no reading', async () => {
    await executeServerCommand('fail-requests', '**/pdf-viewer.lazy.ts*');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const study = studyBackend(course([documentLesson()]));
      const player = await mountPlayer(study);
      await until(() => $(player, '.stage [part~="error"]'), 'no error state for the viewer that could not load');
      expect(text(player)).to.contain('网络连接不可用');
      expect($(player, '[part="document"] a[download]')).to.exist;
      expect($(player, '.reading-status')!.dataset['on']).to.equal('false');
      const error = $(player, '.stage [part~="error"]');
      await realClick(error!.querySelector('button')!);
      await until(() => $(player, '.stage [part~="error"]') && $(player, '.stage [part~="error"]') !== error, 'the retry did not ask again');
      expect(study.sent.every((s) => s.batch.activeSeconds === 0)).to.equal(true);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { Certificate } from '../../../api/types.js';
import { ProblemError } from '../../../api/errors.js';
import { $, mountPlayer, text, until } from '../../test/helpers.js';
import { articleLesson, course, studyBackend, videoLesson } from '../../test/support.js';

const done = { l1: { completed: true, furthestSeconds: 24, creditedSeconds: 24 }, l2: { completed: true, creditedSeconds: 45 } };

function certificateOf(courseId: string): Certificate {
  return { code: 'K7Q2-9MZX-4R8P', kind: 'course', holderName: '张建国', title: '党章学习', hours: 2, completedOn: '2026-09-10', issuedAt: '2026-09-15T02:00:00.000Z', courseId, year: null };
}

const words = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const button = (player: HTMLElement, name: string) => [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

describe('<pb-course-player>: the certificate of a completed course', function () {
  this.timeout(30_000);

  it('a completed course offers its certificate: holder, course, 学时, date and the verification code; print and close', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2')]);
    const study = studyBackend(c, done);
    let asked = 0;
    study.backend.getCourseCertificate = async (courseId) => (asked++, certificateOf(courseId));
    const player = await mountPlayer(study);
    expect(text(player)).to.contain('获得 2 学时');
    button(player, '查看结业证书')!.click();
    await until(() => $(player, '[part="certificate"]'), 'no certificate');
    const shown = words($(player, '[part="certificate"]')!);
    expect(shown).to.contain('结业证书');
    expect(shown).to.contain('张建国 同志完成《党章学习》课程学习');
    expect(shown).to.contain('计 2 学时');
    expect(shown).to.contain('2026年9月10日');
    expect(shown).to.contain('K7Q2-9MZX-4R8P');
    expect(player.hasAttribute('data-certificate'), 'the print stylesheet keeps only the certificate').to.equal(true);
    await expect(player).shadowDom.to.be.accessible();

    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button(player, '打印证书')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    button(player, '关闭证书')!.click();
    await until(() => !$(player, '[part="certificate"]'), 'the certificate stayed');
    expect(player.hasAttribute('data-certificate')).to.equal(false);
    expect(asked).to.equal(1);
  });

  it('in English; a refusal shows an error with a retry that gets it', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2')]);
    const study = studyBackend(c, done);
    let fail = true;
    study.backend.getCourseCertificate = async (courseId) => {
      if (fail) throw new ProblemError({ type: '/problems/unavailable', title: `Service unavailable (${courseId})`, status: 503 });
      return certificateOf(courseId);
    };
    const player = await mountPlayer(study, { locale: 'en' });
    button(player, 'View certificate')!.click();
    await until(() => $(player, '[part="retry"]'), 'no error with retry');
    fail = false;
    ($(player, '[part="retry"]') as HTMLButtonElement).click();
    await until(() => $(player, '[part="certificate"]'), 'no certificate after retry');
    expect(words($(player, '[part="certificate"]')!)).to.contain('This certifies that 张建国 has completed the course “党章学习”.');
    expect(words($(player, '[part="certificate"]')!)).to.contain('2 credit hours');
  });

  it('a course not completed offers no certificate', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2')]);
    const player = await mountPlayer(studyBackend(c, { l1: done.l1 }));
    expect(button(player, '查看结业证书')).to.equal(undefined);
  });

  it('a site that does not offer certificates (endpoints: { getCourseCertificate: false }) shows none', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2')]);
    const study = studyBackend(c, done);
    const wrapper = await fixture<HTMLElement>(html`<pb-config .backend=${study.backend} .endpoints=${{ getCourseCertificate: false }}>
      <pb-course-player course-id=${study.courseId}></pb-course-player>
    </pb-config>`);
    const player = wrapper.querySelector('pb-course-player')!;
    await until(() => text(player).includes('获得 2 学时'), 'no completed course');
    expect(button(player, '查看结业证书')).to.equal(undefined);
  });
});

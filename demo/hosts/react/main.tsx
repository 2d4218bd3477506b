/**
 * A React 19 app using the widgets the way React 19 allows: object properties
 * (`backend`, `definition`), `on<event-name>` listeners for `pb-*` events, and an element
 * whose tag is defined only after React rendered it. Typings: src/frameworks/react.ts,
 * generated from custom-elements.json.
 */
import 'party-building-widgets/define/pb-config.js';
import 'party-building-widgets/define/pb-leaderboard.js';
import 'party-building-widgets/define/pb-stat-chart.js';
import type {} from 'party-building-widgets/frameworks/react';
import type { PbQuestionnaire } from 'party-building-widgets';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { hostBackend, signUpDefinition } from '../../../fixtures/host-pages';

/**
 * The sign-up form's definition, given through a ref. React 19 sets a property only when
 * the element already has it at commit time; before the tag is defined an object prop
 * would become an "[object Object]" attribute. A property set on the element before its
 * upgrade is kept by Lit, so a ref works whenever the tag gets defined.
 */
function withSignUpDefinition(element: PbQuestionnaire | null): void {
  if (element) element.definition = signUpDefinition;
}

function App() {
  const [locale, setLocale] = useState<'zh-CN' | 'en'>('zh-CN');
  const [period, setPeriod] = useState('month');
  const [answers, setAnswers] = useState<string | null>(null);

  return (
    <main id="react-host" className="host">
      <header className="host-bar">
        <h1>React 19 宿主页</h1>
        <button type="button" id="toggle-locale" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {locale === 'en' ? '中文' : 'English'}
        </button>
      </header>
      <pb-config api-base="/api/v1" locale={locale} backend={hostBackend}>
        <section className="host-card">
          <h2>支部积分排行</h2>
          <pb-leaderboard metric="points" scope="branches" period="month" limit={5} controls="period" onpb-leaderboard-change={(event) => setPeriod(event.detail.period)} />
          <p>
            React 收到的周期：<output id="period">{period}</output>
          </p>
        </section>
        <section className="host-card">
          <h2>党费交纳率（宿主提供的数据）</h2>
          <pb-stat-chart metric="dues-rate" group-by="branch" view="table" />
        </section>
      </pb-config>
      <section className="host-card">
        <h2>主题党日报名（定义由页面提供，标签稍后定义）</h2>
        <button type="button" id="load-sign-up" onClick={() => void import('party-building-widgets/define/pb-questionnaire.js')}>
          加载报名表
        </button>
        <pb-questionnaire locale={locale} ref={withSignUpDefinition} onpb-questionnaire-submit={(event) => setAnswers(JSON.stringify(event.detail.answers))} />
        <p>
          React 收到的答案：<output id="answers">{answers ?? '（未提交）'}</output>
        </p>
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

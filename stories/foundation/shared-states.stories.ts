import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { exampleCourse, handlers, states } from '../mocks/handlers.js';
import '../../fixtures/pb-example.js';

/**
 * The states every widget shares, shown through `<pb-example>`, a minimal widget built on
 * the same base, data controller and templates as the real ones. Switch locale and theme
 * in the toolbar.
 */
const meta: Meta = {
  title: 'Foundation/Shared states',
  render: () => html`<pb-example course-id="c-charter"></pb-example>`,
};
export default meta;

type Story = StoryObj;
const path = '/courses/:courseId';

export const Data: Story = {};

export const Loading: Story = {
  parameters: { msw: [states.loading(path), ...handlers] },
};

export const Empty: Story = {
  parameters: { msw: [states.json(path, { ...exampleCourse, lessons: [] }), ...handlers] },
};

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  // Without retries, so the story shows the error at once instead of after the backoff.
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-example course-id="c-charter"></pb-example></pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Offline: Story = {
  name: 'Error (offline)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-example course-id="c-charter"></pb-example></pb-config>`,
  parameters: { msw: [states.offline(path), ...handlers] },
};

export const Forbidden: Story = {
  name: 'Error (no permission)',
  parameters: { msw: [states.problem(path, 403, 'Forbidden', '该课程仅对本支部党员开放。'), ...handlers] },
};

export const SessionEnded: Story = {
  name: 'Error (session ended, with login-href)',
  // `{return}` becomes this page's address, so the portal can bring the member back.
  render: () => html`<pb-config login-href="/login.html?next={return}"><pb-example course-id="c-charter"></pb-example></pb-config>`,
  parameters: { msw: [states.problem(path, 401, 'Unauthorized'), ...handlers] },
};

export const WrongShape: Story = {
  name: 'Error (backend sends the wrong shape)',
  parameters: { msw: [states.json(path, { ...exampleCourse, lessons: [{ ...exampleCourse.lessons[0], durationSeconds: '21 分钟' }] }), ...handlers] },
};

export const Misconfigured: Story = {
  name: 'Error (misconfigured: unknown locale)',
  render: () => html`<pb-example course-id="c-charter" locale="fr"></pb-example>`,
};

const sync = (state: Partial<import('../../src/outbox/outbox.js').OutboxState>) => () =>
  html`<pb-example-sync .state=${{ pending: 0, offline: false, signedOut: false, storageError: undefined, ...state }}></pb-example-sync>`;

export const SyncPendingOffline: Story = {
  name: 'Sync note (offline, writes waiting)',
  render: sync({ pending: 3, offline: true }),
};

export const SyncSignedOut: Story = {
  name: 'Sync note (session expired)',
  render: sync({ pending: 1, signedOut: true }),
};

export const SyncSignedOutWithLogin: Story = {
  name: 'Sync note (session expired, with login-href)',
  render: () =>
    html`<pb-config login-href="/login.html?next={return}">${sync({ pending: 1, signedOut: true })()}</pb-config>`,
};

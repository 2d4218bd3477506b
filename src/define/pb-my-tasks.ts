import { PbMyTasks } from '../member/pb-my-tasks/pb-my-tasks.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-my-tasks', PbMyTasks);

declare global {
  interface HTMLElementTagNameMap {
    'pb-my-tasks': PbMyTasks;
  }
}

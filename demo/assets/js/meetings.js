// 组织生活: the secretary also sees the branch's meetings, cadence and the live check-in code.
import { me } from './portal.js';

me.then((member) => {
  if (member?.roles.includes('secretary')) {
    document.querySelector('pb-meetings[view="branch"]').setAttribute('branch-id', member.branchId);
  }
});

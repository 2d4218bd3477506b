// 党费缴纳: the secretary also sees the branch summary. Back from the payment page,
// <pb-dues-status> itself says how the payment ended.
import { me } from './portal.js';

me.then((member) => {
  if (member?.roles.includes('secretary')) {
    document.querySelector('pb-dues-summary').setAttribute('branch-id', member.branchId);
  }
});

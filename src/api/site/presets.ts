import type { Settings } from '../../config/settings.js';

/**
 * Named starting points for the systems 党建 sites are most often built on. A preset sits
 * under the site's own settings: anything the site sets wins, key by key for `maps`,
 * `endpoints` and `values`. Paths are the site's own, so presets name only what every
 * installation of that system shares: the envelope, where the token is, who the member is.
 */
export const presets: Record<string, Settings> = {
  /** RuoYi-Vue: AjaxResult / TableDataInfo, `Authorization: Bearer` from the `Admin-Token` cookie, `GET /getInfo`. */
  ruoyi: {
    envelope: 'code-msg-data',
    successCodes: [200],
    auth: { tokenFrom: 'cookie:Admin-Token', header: 'Authorization', prefix: 'Bearer ' },
    endpoints: { me: '/getInfo' },
    maps: {
      me: {
        data: '$',
        fields: {
          id: { from: 'user.userId', type: 'string' },
          name: 'user.nickName',
          branchId: { from: 'user.deptId', type: 'string' },
          branchName: 'user.dept.deptName',
          roles: { from: 'roles', values: { admin: 'admin', secretary: 'secretary' }, default: 'member' },
        },
      },
    },
  },
  /**
   * JeecgBoot: `Result {success, message, code, result}`, `X-Access-Token` (its Vue 2 front end
   * keeps the token as `{"value": …}` under `pro__Access-Token`), `GET /sys/user/getUserInfo`.
   */
  jeecg: {
    envelope: 'success-data',
    auth: { tokenFrom: 'localStorage:pro__Access-Token#value', header: 'X-Access-Token' },
    endpoints: { me: '/sys/user/getUserInfo' },
    maps: {
      me: {
        data: 'userInfo',
        fields: { id: 'id', name: 'realname', branchId: { from: 'orgCode', type: 'string' }, branchName: { from: 'orgCodeTxt', default: '' }, roles: { value: ['member'] } },
      },
    },
  },
  /** Sa-Token: the token in a `satoken` header, no prefix; `{code: 200, msg, data}` answers. */
  'sa-token': {
    envelope: 'code-msg-data',
    successCodes: [200, '200'],
    auth: { tokenFrom: 'localStorage:satoken', header: 'satoken' },
  },
};

// The portal's own text in English, keyed by the Chinese it replaces (prefs.js applies it).
// The widgets bring their own English (locale="en" on <pb-config>); names of people,
// branches and courses that come from the server stay as they are.
self.portalEnglish = {
  // every page
  '青山镇党建网': 'Qingshan Town Party Portal',
  '欢迎访问青山镇党建网': 'Welcome to the Qingshan Town Party Portal',
  '党员教育 · 管理 · 服务一体化平台': 'Education · Management · Services for Party members',
  '阅读设置': 'Reading settings',
  '大字版': 'Large text',
  '您好，': 'Hello, ',
  '党员同志': 'comrade',
  '（': ' (',
  '）': ')',
  '退出登录': 'Sign out',
  '主导航': 'Main menu',
  '首页': 'Home',
  '远程教育': 'Distance learning',
  '问卷调查': 'Questionnaires',
  '党费缴纳': 'Party dues',
  '组织生活': 'Organisational life',
  '通知公告': 'Notices',
  '党务公开': 'Party affairs',
  '要闻动态': 'News',
  '待办提醒': 'My to-do list',
  '更多': 'More',
  '当前位置：': 'You are here: ',
  '> 远程教育': '> Distance learning',
  '> 问卷调查': '> Questionnaires',
  '> 党费缴纳': '> Party dues',
  '> 组织生活': '> Organisational life',
  '我的组织生活': 'My meetings',
  '三会一课、主题党日：回复、请假、签到': 'Branch meetings and theme days: reply, ask for leave, check in',
  '本支部组织生活': "The branch's meetings",
  '各支部参会率': 'Attendance by branch',
  '> 要闻动态': '> News',
  '> 通知公告': '> Notices',
  '> 党务公开': '> Party affairs',
  '快捷入口': 'Quick links',
  '在线学习': 'Study online',
  '视频 · 音频 · 文档': 'video · audio · documents',
  '党章知识测验': 'Party Constitution quiz',
  '限时10分钟': '10 minutes',
  '党费查询与缴纳': 'Check and pay dues',
  '在线支付': 'pay online',
  '主办：中共青山镇委员会　承办：青山镇党建办公室': 'Run by the CPC Qingshan Town Committee · Operated by the Qingshan Town Party Building Office',
  '本站为 party-building-widgets 演示站点，所列人员与数据均为虚构。': 'A demo site of party-building-widgets: all people and data are fictitious.',
  '青山镇党委': 'Qingshan Town Party Committee',

  // home
  '青山村党支部带领村民发展设施蔬菜产业': 'Qingshan Village branch leads villagers into greenhouse vegetables',
  '镇党委召开第四季度党建工作推进会': 'Town Party Committee reviews the fourth quarter’s party work',
  '流动党员党支部开展“线上组织生活”': 'Migrant members’ branch holds its meetings online',
  '支部学习积分排行': 'Branch study points',
  '本月': 'this month',
  '党员学习之星': 'Study stars',
  '本月学时': 'hours this month',
  '学习情况统计': 'Study statistics',
  '近12个月学时': 'hours, last 12 months',
  '各支部党费按时交纳率': 'Dues paid on time, by branch',
  '本年度': 'this year',
  '关于开展2026年度民主评议党员工作的通知': 'Notice: the 2026 democratic evaluation of members',
  '党员学习需求调查问卷发布': 'New questionnaire: what members want to learn',
  '关于按时足额交纳党费的提醒': 'Reminder: pay your dues in full and on time',
  '第四季度党章专题学习安排': 'Fourth-quarter study of the Party Constitution',

  // study
  '课程学习': 'Course',
  '学时按实际观看时长记录': 'study time counts as you actually watch',
  '课程目录': 'Courses',
  '更多课程': 'More courses',
  '学习须知': 'How study is counted',
  '视频、音频课件观看达到90%即记为完成': 'A video or audio lesson is complete once 90% of it is watched',
  '文档和图文课件按阅读时长记录': 'Documents and articles count the time spent reading',
  '网络不好时可切换“仅音频”收听': 'On a poor connection, switch to “audio only”',
  '每名党员每年学习不少于32学时': 'Every member studies at least 32 hours a year',
  '本月学习之星': 'Study stars this month',
  '点单学习': 'Courses on request',
  '想学什么，告诉支部': 'tell the branch what you want to learn',
  '本支部点单需求': 'Course requests in my branch',

  // questionnaires
  '问卷列表': 'Questionnaires',
  '2026年党员学习需求调查': '2026 learning needs survey',
  '2026年度民主评议党员': '2026 democratic evaluation',
  '党员服务满意度调查': 'Member services satisfaction survey',
  '在线填写': 'Answer online',
  '填写说明': 'Good to know',
  '答案自动保存为草稿，可随时继续': 'Answers are saved as a draft: continue any time',
  '离线时提交的答卷会在联网后自动发送': 'Answers submitted offline are sent once you are back online',
  '民主评议匿名进行，只记录是否参加': 'The democratic evaluation is anonymous: only taking part is recorded',
  '本支部问卷结果': 'Results in my branch',

  // dues
  '我的党费': 'My dues',
  '按月交纳，可在线支付': 'paid monthly, online',
  '本支部党费收缴情况': 'Dues in my branch',
  '本支部学习计划完成情况': 'Study plans in my branch',
  '支部书记可见': 'for the branch secretary',
  '交纳标准': 'How much to pay',
  '月收入3000元以下（含）': 'Monthly income up to ¥3,000',
  '3000～5000元（含）': '¥3,000–5,000',
  '5000～10000元（含）': '¥5,000–10,000',
  '10000元以上': 'Over ¥10,000',
  '离退休：5000元以下（含）0.5%，以上1%': 'Retired: 0.5% up to ¥5,000, 1% above',
  '农民党员每月0.2～1元；学生、下岗失业、低保党员每月0.2元': 'Farmers ¥0.2–1 a month; students, the unemployed and members on basic allowance ¥0.2 a month',
  '依据《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）。': 'Under the Regulations on the Collection, Use and Management of Party Dues (2008, No. 3).',
  '下载收缴规范（PDF）': 'Download the regulations (PDF, Chinese)',
  '各支部交纳率排行': 'Branches by dues paid on time',

  // certificate check (verify.html; what the check answers stays in Chinese, as the server words it)
  '证书查验': 'Check a certificate',
  '> 证书查验': '> Check a certificate',
  '证书查验无需登录': 'No sign-in needed to check a certificate',
  '验证码': 'Verification code',
  '查 验': 'Check',

  // sign in
  '登录': 'Sign in',
  '请登录后使用党员服务': 'Sign in to use the member services',
  '党员登录': 'Member sign-in',
  '用户名或密码错误，请重新输入。': 'Wrong user name or password. Please try again.',
  '用户名': 'User name',
  '密码': 'Password',
  '登 录': 'Sign in',
  '演示账号（密码均为': 'Demo accounts (the password is',
  '）：': ' for both):',
  '第一党支部 普通党员': 'Branch 1, member',
  '第一党支部 书记': 'Branch 1, secretary',

  // news
  '青山村党支部把设施蔬菜作为村集体经济的主导产业，党员带头试种、分户指导，今年新建大棚46个，带动83户村民参与。':
    'The Qingshan Village branch made greenhouse vegetables the mainstay of the village’s collective economy: members grew the first trial plots and coached households one by one. 46 new greenhouses this year involve 83 households.',
  '支部在“远程教育”栏目开设了设施农业专题课程，党员和村民可以在手机上随时学习。':
    'The branch added a greenhouse farming course to Distance learning, which members and villagers can study on their phones at any time.',
  '学习“现代农业实用技术”课程': 'Study the course “Modern farming techniques”',
  '11月18日，镇党委召开第四季度党建工作推进会，各党支部书记汇报了学习教育、党费收缴和民主评议准备情况。':
    'On 18 November the Town Party Committee met the branch secretaries, who reported on study, dues collection and the preparations for the democratic evaluation.',
  '会议要求各支部年底前完成全年学习学时，按时足额收缴党费，认真组织民主评议党员。':
    'Every branch is to complete the year’s study hours by year end, collect dues in full and on time, and hold the democratic evaluation with care.',
  '查看各支部党费按时交纳率': 'See each branch’s dues paid on time',
  '流动党员党支部的党员在多个城市务工。支部通过手机开展“线上组织生活”，党员在线学习、参加问卷、交纳党费。':
    'Members of the migrant members’ branch work in many cities. The branch meets online: members study, answer questionnaires and pay dues on their phones.',
  '网络不好时，课程可以切换为“仅音频”收听，学习记录在恢复网络后自动同步。':
    'On a poor connection a course can play as audio only, and study records sync once the connection returns.',
  '进入远程教育': 'Go to Distance learning',

  // notices
  '各党支部：根据年度工作安排，现开展2026年度民主评议党员工作。请全体党员于12月20日前在本站完成评议。评议匿名进行，只记录是否参加。':
    'To all branches: the 2026 democratic evaluation of members begins. Every member is asked to take part on this site by 20 December. It is anonymous: only taking part is recorded.',
  '参加民主评议': 'Take part in the evaluation',
  '为安排好明年的课程，请党员填写学习需求调查问卷，约需5分钟。答案自动保存为草稿，可以分几次完成。':
    'To plan next year’s courses, please answer the learning needs questionnaire (about 5 minutes). Answers are saved as a draft, so it can be done in several sittings.',
  '填写问卷': 'Answer the questionnaire',
  '请党员按月交纳党费。未交的月份可以在“党费缴纳”栏目在线补交，从最早的月份交起。':
    'Please pay your dues every month. Unpaid months can be paid online under Party dues, oldest first.',
  '查询和交纳党费': 'Check and pay dues',
  '第四季度集中学习党章。请党员学完“党章学习”课程，再参加党章知识测验。':
    'This quarter members study the Party Constitution: complete the course “Studying the Party Constitution”, then take the quiz.',
  '开始学习“党章学习”': 'Start “Studying the Party Constitution”',
  '关于开展党员满意度调查的通知': 'Notice: member services satisfaction survey',
  '请对镇党委和各支部的党员服务工作提出意见和建议。': 'Tell the Town Party Committee and the branches what you think of their services to members.',
  '填写满意度调查': 'Answer the satisfaction survey',

  // party affairs
  '组织概况': 'Organisation',
  '中共青山镇委员会下设6个党支部：第一党支部、第二党支部、社区党支部、离退休干部党支部、青山村党支部和流动党员党支部。':
    'The CPC Qingshan Town Committee has 6 branches: Branch 1, Branch 2, the Community branch, the Retired Cadres branch, the Qingshan Village branch and the Migrant Members branch.',
  '党费收缴情况': 'Dues collection',
  '党费按照《关于中国共产党党费收缴、使用和管理的规定》收缴。各支部本年度按时交纳率如下，每月更新。':
    'Dues are collected under the 2008 Regulations on Party Dues. Each branch’s share paid on time this year, updated monthly:',
  '民主评议党员': 'Democratic evaluation of members',
  '每年开展一次：党员个人自评，党员互评（匿名进行），支部综合评定，结果报镇党委审核。':
    'Once a year: members assess themselves, then each other (anonymously); the branch weighs both and reports to the Town Party Committee.',
  '参加2026年度民主评议': 'Take part in the 2026 evaluation',
};

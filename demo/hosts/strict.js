/*
 * The only script of the strict page besides the bundle: a questionnaire definition whose
 * descriptions carry markup, so DOMPurify runs under Trusted Types.
 */
const definition = {
  id: 'strict-markup',
  title: '学习心得征集',
  description: '<p>请结合<strong>党章学习</strong>谈体会，参考<a href="https://www.12371.cn/">共产党员网</a>。</p><ul><li>联系本职工作</li><li>写出具体做法</li></ul>',
  mode: 'survey',
  status: 'open',
  opensAt: null,
  closesAt: null,
  allowRetake: false,
  anonymous: false,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  totalPoints: null,
  mine: { submitted: false, canSubmit: true },
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        { id: 'feeling', type: 'longtext', title: '学习体会', description: '<em>不少于</em>十个字', required: true, minLength: 10, maxLength: 500 },
      ],
    },
  ],
};

// Set before the bundle defines the tag (this script runs first); the element keeps it when it upgrades.
const element = document.getElementById('page-definition');
if (element) element.definition = definition;

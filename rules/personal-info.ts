import { defineRule, type Node } from '../src/engine/rule.js';
import { findPersonalData } from '../src/model/personal-info.js';

export default defineRule<'document'>({
  meta: {
    id: 'personal-info',
    description: { 'zh-CN': '公开文件中含有个人信息（手机号码、身份证号码）', en: 'Personal data (a mobile or ID number) in a document meant for publication' },
    severity: 'error',
    scope: 'document',
    recommended: true,
    messages: {
      mobile: {
        'zh-CN': '含有手机号码 {masked}：绩效目标表要向社会公开，不应包含个人手机号码。请删除，或改为单位的办公电话',
        en: 'Contains a mobile number, {masked}: performance-target tables are published, and must not carry a personal mobile number. Delete it, or give the office\'s landline instead',
      },
      id: {
        'zh-CN': '含有身份证号码 {masked}：绩效目标表要向社会公开，不应包含身份证号码。请删除',
        en: 'Contains an ID card number, {masked}: performance-target tables are published, and must not carry ID numbers. Delete it',
      },
    },
  },
  check(doc, context) {
    const scan = (node: Node, field: string, text: string | null | undefined) => {
      for (const found of findPersonalData(text)) {
        context.report({ node, field, messageId: found.kind, data: { masked: found.masked } });
      }
    };
    scan(doc, 'title', doc.document.title);
    scan(doc, 'unit', doc.document.unit);
    for (const node of doc.forms) {
      const { form } = node;
      // Not the project code: a code is a string of digits and letters, never a person's number.
      for (const field of ['title', 'name', 'purpose', 'goals'] as const) scan(node, field, form[field]);
      (form.fields ?? []).forEach((extra, i) => scan(node, `fields/${i}/value`, extra.value));
      for (const row of node.indicators) {
        const { name, description, value, longTermValue, basis } = row.indicator;
        scan(row, 'name', name);
        scan(row, 'description', description);
        scan(row, 'value', value?.text);
        scan(row, 'longTermValue', longTermValue?.text);
        scan(row, 'basis', basis);
      }
    }
  },
});

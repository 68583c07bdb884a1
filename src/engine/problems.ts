// The findings that are no rule's: a file that cannot be read or is not a form, a broken config, a rule that
// failed on a file. They have no rule page, are never baselined, and are errors; what reports say of each.
import type { Localized } from './i18n.js';

export const PROBLEMS: Readonly<Record<string, { title: Localized; why: Localized }>> = {
  'read-error': {
    title: { 'zh-CN': '文件无法读取', en: 'A file cannot be read' },
    why: {
      'zh-CN': '文件打不开、过大或已损坏，其中的表单都没有检查。请确认文件完整，重新导出或另存后再提交。',
      en: 'The file cannot be opened, is too large or is damaged, so none of its forms were checked. Check the file, export or save it again and resubmit.',
    },
  },
  'parse-error': {
    title: { 'zh-CN': '文件无法识别为绩效目标表', en: 'A file cannot be parsed as a performance-target form' },
    why: {
      'zh-CN': '文件中找不到可识别的绩效目标表（表头或指标表缺失、格式被改动），表中的内容都没有检查。请按统一模板填写后再提交。',
      en: 'No performance-target form could be recognised in the file (its header or indicator table is missing or reshaped), so nothing in it was checked. Fill in the standard template and resubmit.',
    },
  },
  'config-error': {
    title: { 'zh-CN': '配置文件有错误', en: 'A config file is wrong' },
    why: {
      'zh-CN': '检查所用的配置文件（.ptlintrc）有误，受影响文件的检查结果可能不完整。这是检查方的问题，请联系发出报告的部门。',
      en: 'The config file (.ptlintrc) used for the check is wrong, so results for the files it covers may be incomplete. This is for whoever ran the check to fix.',
    },
  },
  'rule-error': {
    title: { 'zh-CN': '规则运行出错', en: 'A rule failed on a file' },
    why: {
      'zh-CN': '一条规则在此文件上出错（ptlint 或插件的缺陷），这条规则对此文件的检查不完整，其他规则照常检查。请把消息报告给 ptlint 或插件的维护者。',
      en: 'A rule failed on this file (a defect in ptlint or in a plugin), so its check of the file is incomplete; the other rules checked it as usual. Report the message to the maintainers of ptlint or of the plugin.',
    },
  },
};

/** Whether a finding is one of these, not a rule's. */
export const isProblem = (ruleId: string): boolean => Object.hasOwn(PROBLEMS, ruleId);

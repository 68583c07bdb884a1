// Messages of configuration problems, by id, in both languages.
import type { Localized } from './i18n.js';

export const CONFIG_MESSAGES = {
  unreadable: { 'zh-CN': '无法读取配置文件：{detail}', en: 'Cannot read the configuration file: {detail}' },
  syntax: { 'zh-CN': '配置文件语法错误：{detail}', en: 'Syntax error in the configuration file: {detail}' },
  invalid: { 'zh-CN': '配置项 {path} 无效：{detail}', en: 'Invalid setting {path}: {detail}' },
  'unknown-rule': {
    'zh-CN': '未知规则「{rule}」：运行 ptlint rules 查看全部规则',
    en: 'Unknown rule "{rule}": run `ptlint rules` to list every rule',
  },
  'bad-options': {
    'zh-CN': '规则「{rule}」的选项无效：{detail}',
    en: 'Invalid options for rule "{rule}": {detail}',
  },
  'unknown-extends': {
    'zh-CN': '无法继承「{name}」：预设有 {presets}，或写配置文件的相对路径',
    en: 'Cannot extend "{name}": the presets are {presets}, or give a relative path to a config file',
  },
  'extends-cycle': { 'zh-CN': '配置文件循环继承：{name}', en: 'Configuration extends itself in a cycle: {name}' },
  plugin: { 'zh-CN': '无法加载插件「{name}」：{detail}', en: 'Cannot load plugin "{name}": {detail}' },
} satisfies Record<string, Localized>;

export type ConfigMessageId = keyof typeof CONFIG_MESSAGES;

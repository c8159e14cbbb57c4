// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;

// The language of the user interface (docs/translations.md). WarmShell's strings come from
// :/i18n/warmshell_LANG.qm (translations/*.ts), Qt's own dialog buttons from Qt's qtbase_LANG.qm
// where the system has it (Debian: qt6-translations-l10n). Files, exports and the CLI never
// depend on the language or the locale.
namespace warmshell::ui::language {

// What the user picked under View → Language; System follows QLocale::system().
enum class Choice { System, English, SimplifiedChinese };

// Every choice, in menu order.
QList<Choice> choices();
// The name stored in QSettings and taken by `warmshell --lang`: "system", "en", "zh_CN".
QString code(Choice choice);
// The choice named `code` ("system", "en", "zh_CN"; "zh" is "zh_CN"), or nothing.
std::optional<Choice> fromCode(const QString &code);
// How the menu names a choice, each in its own language ("简体中文"), System translated.
QString displayName(Choice choice);

// The choice stored in QSettings ("language"); System when none or an unknown one is stored.
Choice savedChoice();
void saveChoice(Choice choice);

// The locale a choice stands for: QLocale::system() for System, en_US, zh_CN.
QLocale localeOf(Choice choice);

// Makes `locale` the language of `app`: removes the translators an earlier call installed,
// sets QLocale's default to `locale` (numbers and dates in the UI follow it) and installs
// WarmShell's translation for its language and Qt's qtbase translation when one exists.
// Returns true when WarmShell has a translation of that language (English counts: its file
// holds the plural forms). Call on the GUI thread before the windows are built; widgets made
// earlier keep their texts.
bool apply(QCoreApplication &app, const QLocale &locale);

} // namespace warmshell::ui::language

// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace warmshell::ui::language {

namespace {

const char *const kSettingsKey = "language";
// Marks the translators apply() installs, so the next call finds and removes them.
const char *const kTranslatorName = "warmshell-language";

void removeInstalledTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(QLatin1String(kTranslatorName));
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Loads `baseName` for `locale` from `folder` into a translator owned by `app`; false when no
// file matches the locale's languages.
bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &baseName, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (!translator->load(locale, baseName, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QList<Choice> choices()
{
    return { Choice::System, Choice::English, Choice::SimplifiedChinese };
}

QString code(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QStringLiteral("en");
    case Choice::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Choice> fromCode(const QString &name)
{
    for (Choice choice : choices()) {
        if (name == code(choice))
            return choice;
    }
    if (name == QLatin1String("zh"))
        return Choice::SimplifiedChinese;
    return std::nullopt;
}

QString displayName(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QStringLiteral("English");
    case Choice::SimplifiedChinese:
        return QStringLiteral("简体中文");
    case Choice::System:
        break;
    }
    return QCoreApplication::translate("warmshell::ui::language", "System Language");
}

Choice savedChoice()
{
    return fromCode(QSettings().value(QLatin1String(kSettingsKey)).toString()).value_or(Choice::System);
}

void saveChoice(Choice choice)
{
    QSettings().setValue(QLatin1String(kSettingsKey), code(choice));
}

QLocale localeOf(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case Choice::System:
        break;
    }
    return QLocale::system();
}

bool apply(QCoreApplication &app, const QLocale &locale)
{
    removeInstalledTranslators(app);
    QLocale::setDefault(locale);
    installTranslator(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installTranslator(app, locale, QStringLiteral("warmshell"), QStringLiteral(":/i18n"));
}

} // namespace warmshell::ui::language

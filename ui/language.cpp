// The user interface language: the saved choice, and loading the translations at start.
#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mct::ui {

namespace {

const QString kLanguageKey = QStringLiteral("language");

QStringList translationDirectories()
{
    return {QStringLiteral(":/i18n"),
            QDir(QCoreApplication::applicationDirPath())
                    .absoluteFilePath(QStringLiteral("../share/mctester/translations"))};
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, code);
    }
}

void installEnglishPluralForms(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    for (const QString &dir : translationDirectories()) {
        if (translator->load(QStringLiteral("mctester_en"), dir)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
    }
    delete translator; // not found: the messages show "packet(s)", still readable
}

QString installTranslators(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        installEnglishPluralForms(app);
        return QStringLiteral("en");
    }
    auto *translator = new QTranslator(&app);
    bool loaded = false;
    for (const QString &dir : translationDirectories()) {
        if (translator->load(locale, QStringLiteral("mctester"), QStringLiteral("_"), dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete translator;
        installEnglishPluralForms(app);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own strings (standard buttons, context menus), when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return translator->language();
}

} // namespace mct::ui

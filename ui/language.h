// The user interface language: the saved choice, and loading the translations at start.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mct::ui {

// Codes the program has translations for ("en" is the source language).
[[nodiscard]] QStringList availableLanguages();
// The language saved from the Language menu; empty to follow the system.
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString &code);
// Installs the program's and Qt's translators for `code` (empty: the system's languages). The
// program's come from the embedded :/i18n, else from the installed share/mctester/translations.
// Returns the language that was loaded, or "en" when none was needed or found.
QString installTranslators(QCoreApplication &app, const QString &code);
// English plural forms ("1 packet", "2 packets"): the source messages say "packet(s)". The window
// in English and the command line install this.
void installEnglishPluralForms(QCoreApplication &app);

} // namespace mct::ui

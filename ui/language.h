// The user interface language: the saved choice, loading the translations, and changing them live.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QWidget;

namespace mct::ui {

// Codes the program has translations for ("en" is the source language).
[[nodiscard]] QStringList availableLanguages();
// The language saved from the Language menu; empty to follow the system.
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString &code);
// Installs the program's and Qt's translators for `code` (empty: the system's languages), in place
// of those installed before: every widget then gets QEvent::LanguageChange. The program's come from
// the embedded :/i18n, else from the installed share/mctester/translations.
// Returns the language that was loaded, or "en" when none was needed or found.
QString installTranslators(QCoreApplication &app, const QString &code);
// Where installTranslators() looks first (tests: the build tree, whose .qm files are not embedded).
void addTranslationDirectory(const QString &dir);
// Puts the language installed now into the texts a translation made in root and everything in it:
// widgets' and actions' texts, titles, tool tips, placeholders and accessible names, tab and combo
// box items. The panes set their texts once, in their constructors, from tr(): rather than a
// retranslate function per widget that each new text must remember to join, the translator records
// which source text each translation came from (installTranslators), and this looks them up. A text
// made with arguments ("Sent: 5") is not a translation as such: its owner makes it again on
// LanguageChange or at its next update. Item models translate in data() and only need a repaint.
void retranslateWidgets(QWidget *root);
// English plural forms ("1 packet", "2 packets"): the source messages say "packet(s)". The window
// in English and the command line install this.
void installEnglishPluralForms(QCoreApplication &app);

} // namespace mct::ui

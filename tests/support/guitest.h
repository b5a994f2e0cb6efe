// Small helpers shared by the GUI tests: settings of their own, and typing into a field as a user does.
#pragma once

#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace mct::test {

// The window's settings in dir (a QTemporaryDir's), never the user's, starting empty.
inline void useSettingsIn(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mctester"));
    QCoreApplication::setApplicationName(QStringLiteral("mctester"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

// Replaces the field's text key by key, as typing does (validators and textEdited included).
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace mct::test

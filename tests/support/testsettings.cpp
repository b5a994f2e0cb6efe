// For window tests: settings read and written in a folder of the test's own, never the user's.
#include "testsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace mct::test {

void useSettingsIn(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mctester"));
    QCoreApplication::setApplicationName(QStringLiteral("mctester"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

} // namespace mct::test

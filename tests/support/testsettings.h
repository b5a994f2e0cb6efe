// For window tests: settings read and written in a folder of the test's own, never the user's.
#pragma once

#include <QString>

namespace mct::test {

// The application's names as the program sets them, QStandardPaths' test mode, and INI settings
// under `dir` (a QTemporaryDir the test keeps).
void useSettingsIn(const QString &dir);

} // namespace mct::test

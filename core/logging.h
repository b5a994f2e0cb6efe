// Logging categories of the engine (enable with QT_LOGGING_RULES="mct.*.debug=true").
#pragma once

#include <QLoggingCategory>

namespace mct::core {
Q_DECLARE_LOGGING_CATEGORY(lcReceiver)
Q_DECLARE_LOGGING_CATEGORY(lcSender)
} // namespace mct::core

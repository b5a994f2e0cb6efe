// Logging categories of the engine (enable with QT_LOGGING_RULES="mct.*.debug=true").
#include "logging.h"

namespace mct::core {
Q_LOGGING_CATEGORY(lcReceiver, "mct.receiver", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSender, "mct.sender", QtWarningMsg)
} // namespace mct::core

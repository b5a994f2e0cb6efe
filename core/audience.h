// Whom a message speaks to: the command line's flags (-i, -s, -t) or the window's fields.
#pragma once

#include <QString>

namespace mct::core {

enum class Audience : quint8 {
    CommandLine,
    Window
};

// The same advice in the words of whoever asked.
[[nodiscard]] inline QString forAudience(Audience audience, const QString &window, const QString &commandLine)
{
    return audience == Audience::Window ? window : commandLine;
}

} // namespace mct::core

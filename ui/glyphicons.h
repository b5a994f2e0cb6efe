// Small vector icons drawn in the palette's text colour, for desktops without an icon theme.
#pragma once

#include <QIcon>

namespace mct::ui {

enum class Glyph {
    Play,
    Pause,
    Stop,
    Send,
    Add,
    Remove,
    Clear
};

// The theme's icon when the desktop has one, else the glyph: sharp at any scale, and it follows the
// palette when painted, so it stays visible on dark themes (unlike QStyle's fixed-colour pixmaps).
[[nodiscard]] QIcon themedIcon(const QString &themeName, Glyph fallback);

} // namespace mct::ui

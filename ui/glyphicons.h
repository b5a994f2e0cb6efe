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
    Clear,
    Record, // a red dot
    Help,   // a question mark in a circle
    Pass,   // the status glyphs carry their own colours, readable on light and dark palettes
    Warn,
    Fail
};

// The theme's icon when the desktop has one, else the glyph: sharp at any scale, and it follows the
// palette when painted, so it stays visible on dark themes (unlike QStyle's fixed-colour pixmaps).
[[nodiscard]] QIcon themedIcon(const QString &themeName, Glyph fallback);
// The glyph itself, whatever the theme offers.
[[nodiscard]] QIcon glyphIcon(Glyph glyph);

} // namespace mct::ui

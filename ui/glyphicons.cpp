// Small vector icons drawn in the palette's text colour, for desktops without an icon theme.
#include "glyphicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace mct::ui {

namespace {

class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph)
        : m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                      QPalette::ButtonText);
        if (mode == QIcon::Selected) {
            colour = palette.color(QPalette::HighlightedText);
        }
        // Drawn on a 16-unit grid, scaled to the rectangle.
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        QPen line(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (m_glyph) {
        case Glyph::Play: {
            QPainterPath path;
            path.moveTo(4.5, 2.5);
            path.lineTo(13, 8);
            path.lineTo(4.5, 13.5);
            path.closeSubpath();
            painter->drawPath(path);
            break;
        }
        case Glyph::Pause:
            painter->drawRoundedRect(QRectF(3.5, 2.5, 3, 11), 0.6, 0.6);
            painter->drawRoundedRect(QRectF(9.5, 2.5, 3, 11), 0.6, 0.6);
            break;
        case Glyph::Stop:
            painter->drawRoundedRect(QRectF(3, 3, 10, 10), 1.2, 1.2);
            break;
        case Glyph::Send: {
            // A paper plane.
            QPainterPath path;
            path.moveTo(1.5, 7.2);
            path.lineTo(14.5, 2);
            path.lineTo(10, 14.5);
            path.lineTo(7.6, 9.2);
            path.closeSubpath();
            painter->drawPath(path);
            break;
        }
        case Glyph::Add:
            painter->setPen(line);
            painter->drawLine(QPointF(8, 3), QPointF(8, 13));
            painter->drawLine(QPointF(3, 8), QPointF(13, 8));
            break;
        case Glyph::Remove:
            painter->setPen(line);
            painter->drawLine(QPointF(3, 8), QPointF(13, 8));
            break;
        case Glyph::Clear: {
            // A waste bin.
            painter->setPen(line);
            painter->setBrush(Qt::NoBrush);
            painter->drawLine(QPointF(2.5, 4), QPointF(13.5, 4));
            painter->drawLine(QPointF(6.5, 2), QPointF(9.5, 2));
            QPainterPath bin;
            bin.moveTo(4, 4);
            bin.lineTo(4.8, 14);
            bin.lineTo(11.2, 14);
            bin.lineTo(12, 4);
            painter->drawPath(bin);
            painter->drawLine(QPointF(6.8, 6.5), QPointF(6.8, 11.5));
            painter->drawLine(QPointF(9.2, 6.5), QPointF(9.2, 11.5));
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon themedIcon(const QString &themeName, Glyph fallback)
{
    if (QIcon::hasThemeIcon(themeName)) {
        return QIcon::fromTheme(themeName);
    }
    return QIcon(new GlyphEngine(fallback));
}

} // namespace mct::ui

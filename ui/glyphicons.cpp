// Small vector icons drawn in the palette's text colour, for desktops without an icon theme.
#include "glyphicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace mct::ui {

namespace {

// Mid-tone status colours: white or black marks on them stay legible on any window colour.
const QColor kPassColour(22, 150, 70);
const QColor kWarnColour(240, 170, 20);
const QColor kFailColour(214, 45, 45);

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
        case Glyph::Record:
            painter->setBrush(mode == QIcon::Disabled ? colour : kFailColour);
            painter->drawEllipse(QPointF(8, 8), 5, 5);
            break;
        case Glyph::Help: {
            painter->setPen(line);
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(QPointF(8, 8), 6.4, 6.4);
            QPainterPath hook;
            hook.moveTo(6, 6.3);
            hook.cubicTo(6, 3.8, 10.2, 3.8, 10.2, 6.2);
            hook.cubicTo(10.2, 7.8, 8, 7.9, 8, 9.6);
            painter->drawPath(hook);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawEllipse(QPointF(8, 11.9), 0.95, 0.95);
            break;
        }
        case Glyph::Pass: {
            painter->setBrush(kPassColour);
            painter->drawEllipse(QPointF(8, 8), 7, 7);
            painter->setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            QPainterPath tick;
            tick.moveTo(4.6, 8.3);
            tick.lineTo(7, 10.6);
            tick.lineTo(11.5, 5.6);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
            break;
        }
        case Glyph::Warn: {
            QPainterPath triangle;
            triangle.moveTo(8, 1);
            triangle.lineTo(15.2, 14.5);
            triangle.lineTo(0.8, 14.5);
            triangle.closeSubpath();
            painter->setBrush(kWarnColour);
            painter->drawPath(triangle);
            painter->setPen(QPen(Qt::black, 1.8, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(8, 5.6), QPointF(8, 9.6));
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::black);
            painter->drawEllipse(QPointF(8, 12.1), 1, 1);
            break;
        }
        case Glyph::Fail:
            painter->setBrush(kFailColour);
            painter->drawEllipse(QPointF(8, 8), 7, 7);
            painter->setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
            painter->drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
            break;
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

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

} // namespace mct::ui

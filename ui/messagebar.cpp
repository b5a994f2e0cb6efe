// A dismissable in-window message strip (like KMessageWidget): network errors never open a dialog.
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace mct::ui {

namespace {

constexpr int kAutoHideMs = 10'000;

// Tints over the window colour: translucent, so they read on light and dark palettes alike.
QColor tint(MessageBar::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case MessageBar::Kind::Error:
        return QColor(220, 38, 38);
    case MessageBar::Kind::Warning:
        return QColor(234, 150, 0);
    case MessageBar::Kind::Information:
        break;
    }
    return palette.color(QPalette::Highlight);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Messages"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText); // errors quote network data and interface names
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide->setSingleShot(true);
    m_autoHide->setInterval(kAutoHideMs);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    if (isVisible() && kind == m_kind && text == m_message) {
        ++m_repeats;
        m_text->setText(tr("%1 (\u00d7%2)").arg(text).arg(m_repeats));
    } else {
        m_kind = kind;
        m_message = text;
        m_repeats = 1;
        m_text->setText(text);
        updateIcon();
    }
    setAccessibleDescription(text);
    if (kind == Kind::Information) {
        m_autoHide->start();
    } else {
        m_autoHide->stop();
    }
    show();
    update();
}

void MessageBar::dismiss()
{
    m_autoHide->stop();
    if (isVisible()) {
        hide();
        m_message.clear();
        m_repeats = 0;
        Q_EMIT dismissed();
    }
}

QString MessageBar::text() const
{
    return m_message;
}

void MessageBar::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
    } else if (m_kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size, QIcon::Normal));
}

void paintTintedPanel(QWidget *widget, QColor colour, int fillAlpha, int borderAlpha)
{
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = colour;
    QColor border = colour;
    fill.setAlpha(fillAlpha);
    border.setAlpha(borderAlpha);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(widget->rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    paintTintedPanel(this, tint(m_kind, palette()), 48, 170);
}

} // namespace mct::ui

// A dismissable in-window message strip (like KMessageWidget): network errors never open a dialog.
#pragma once

#include <QColor>
#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace mct::ui {

// The look of the window's banners (messages, the recording indicator): a rounded panel tinted with
// colour over the window's own background, so it reads on light and dark palettes alike.
void paintTintedPanel(QWidget *widget, QColor colour, int fillAlpha, int borderAlpha);

class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    // Replaces what is shown; the same text again only counts up. Information hides by itself.
    void showMessage(mct::ui::MessageBar::Kind kind, const QString &text);
    void dismiss();

    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] int repeats() const { return m_repeats; }

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_autoHide = nullptr;
    Kind m_kind = Kind::Information;
    QString m_message;
    int m_repeats = 0;
};

} // namespace mct::ui

// Edits what the sender puts in each datagram: text with placeholders, hex bytes, or a file.
#pragma once

#include "payload.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QStackedWidget;

namespace mct::ui {

class FieldHint;

class PayloadEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadEditor)

public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    [[nodiscard]] core::PayloadSpec spec() const;
    // Empty when the payload can be sent.
    [[nodiscard]] QString problem() const { return m_problem; }

    void setMode(core::PayloadMode mode);
    [[nodiscard]] core::PayloadMode mode() const;
    void setText(const QString &text);
    void setHex(const QString &hex);
    void setFilePath(const QString &path);
    // These exact bytes: as text when they are printable UTF-8 without placeholders, else as hex.
    void setPayload(const QByteArray &bytes);

    // The mode selector, for the form's label column.
    [[nodiscard]] QComboBox *modeBox() const { return m_mode; }
    // The payload's size, placeholders or problem: the sender pane shows it where its other messages go.
    [[nodiscard]] FieldHint *hint() const { return m_hint; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void changed();

private:
    void validate();
    void chooseFile();

    QComboBox *m_mode = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    QLineEdit *m_file = nullptr;
    FieldHint *m_hint = nullptr;
    QString m_problem;
};

} // namespace mct::ui

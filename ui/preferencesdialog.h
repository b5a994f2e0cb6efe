// Preferences: what the packet table keeps, the socket buffer, and whether joined groups come back at start.
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace mct::ui {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setCapacity(qsizetype rows);
    [[nodiscard]] qsizetype capacity() const;
    void setPayloadBudget(qint64 bytes);
    [[nodiscard]] qint64 payloadBudget() const;
    void setReceiveBufferBytes(int bytes);
    [[nodiscard]] int receiveBufferBytes() const;
    void setRejoinAtStart(bool rejoin);
    [[nodiscard]] bool rejoinAtStart() const;

private:
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_budget = nullptr; // MiB
    QSpinBox *m_buffer = nullptr; // MiB
    QCheckBox *m_rejoin = nullptr;
};

} // namespace mct::ui

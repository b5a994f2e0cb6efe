// Preferences: how many rows the packet table keeps, and whether joined groups come back at start.
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
    void setRejoinAtStart(bool rejoin);
    [[nodiscard]] bool rejoinAtStart() const;

private:
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_rejoin = nullptr;
};

} // namespace mct::ui
